"""The completeness report for people to read: the text `hub audit check` prints and the PDF table the
audit bundle holds, a placement at a time with its rules, gaps marked. The machine-readable forms (JSON,
CSV) are in `completeness_report`, which also offers these two to its callers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from hub.adapters.language.config_model import AuditRules
from hub.exports.completeness import PlacementCheck, rule_name
from hub.exports.completeness_terms import STATUS, document_name, summary
from hub.exports.danish import date_range
from hub.exports.pdf_table import Column, Row, TablePdf
from hub.exports.text import table
from hub.pseudonyms import show_cpr

HEAD = {"da": ("regel", "status", "hvorfor", "dokumenter"), "en": ("rule", "status", "why", "documents")}


def write_text(
    title: str, rows: Iterable[tuple[str, PlacementCheck]], rules: AuditRules, out: IO[str], lang: str = "da"
) -> None:
    """Per placement, a line per rule: status, why, and the documents looked at."""
    out.write(title + "\n")
    count = bad = 0
    for agreement_id, checked in rows:
        count += 1
        bad += not checked.complete
        facts = checked.facts
        mark = "✓" if checked.complete else "✗"
        cpr = show_cpr(facts.cpr, rules.cpr_in_bundles)
        # Danish dates in Danish, as the reasons beside them write them.
        first, last = checked.first_day, checked.last_day
        span = date_range(first, last) if lang == "da" else f"{first}–{last}"
        where = f"{agreement_id}, {facts.site_name}, {span}"
        out.write(f"\n{mark} {facts.participant_id}  {cpr}  {facts.name}  ({where})\n")
        cells = [
            (
                rule_name(c.rule, rules, lang),
                STATUS[lang][c.status],
                c.detail_da if lang == "da" else c.detail_en,
                ", ".join(document_name(s, rules.cpr_in_bundles) for s in c.documents) or "—",
            )
            for c in checked.checks
        ]
        out.write("\n".join("    " + line for line in table(HEAD[lang], cells).splitlines()) + "\n")
    out.write(f"\n{summary(count, bad, lang)}\n")


# The participant id and the CPR number are what an auditor looks a row up by: wide enough for an id
# ("P-4E2B6PVPPUZ") and a masked CPR ("071064-XXXX") at the table's size, and never cut. Nor is the
# rule: its number is what the auditor's rules say ("en ophørsblanket senest 30 d…" hid the days). The
# reasons and the documents may be cut: the CSV beside the PDF keeps every word.
PDF_COLUMNS = (
    Column("Deltager", 12, whole=True),
    Column("CPR", 9, whole=True),
    Column("Navn", 12),
    Column("Arbejdssted", 11),
    Column("Periode", 13),
    Column("Regel", 23, whole=True),
    Column("Status", 6),
    Column("Hvorfor", 26),
    Column("Dokumenter", 18),
)


def write_pdf(
    title: str,
    lines: list[str],
    rows: Iterable[tuple[str, PlacementCheck]],
    rules: AuditRules,
    out: IO[bytes],
) -> None:
    """The report as a landscape table in Danish, a line per placement and rule, gaps in red."""
    pdf = TablePdf(out, title, lines, PDF_COLUMNS, title)
    count = bad = 0
    for count, (_, checked) in enumerate(rows, start=1):
        bad += not checked.complete
        facts = checked.facts
        for check in checked.checks:
            pdf.row(
                Row(
                    (
                        facts.participant_id,
                        show_cpr(facts.cpr, rules.cpr_in_bundles),
                        facts.name,
                        facts.site_name,
                        date_range(checked.first_day, checked.last_day),
                        rule_name(check.rule, rules, "da"),
                        STATUS["da"][check.status],
                        check.detail_da,
                        ", ".join(document_name(s, rules.cpr_in_bundles) for s in check.documents) or "—",
                    ),
                    group=count,
                    mark=check.status != "ok",
                )
            )
    pdf.finish([f"{summary(count, bad, 'da')}."])
