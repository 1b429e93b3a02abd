"""The completeness report written out: JSON with canonical names, CSV for spreadsheets, text for people.

CPR numbers appear as the municipality's `cpr_in_bundles` rule says (full or masked); documents are named
by file name and the first twelve digits of their SHA-256, which is how the bundle names them too.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from hub.adapters.language.config_model import AuditRules
from hub.exports.completeness import PlacementCheck, rule_name
from hub.exports.danish import date_range
from hub.exports.facts import Source
from hub.exports.pdf_table import Column, Row, TablePdf
from hub.exports.text import table
from hub.pseudonyms import show_cpr
from hub.quantities import number_text
from hub.words import PLACEMENTS, counted

STATUS = {
    "da": {"ok": "ok", "missing": "mangler", "wrong": "forkert"},
    "en": {"ok": "ok", "missing": "missing", "wrong": "wrong"},
}


def document_name(source: Source) -> str:
    """How a report names a stored document: its file name and the start of its hash."""
    return f"{source.filename} ({source.document_sha256[:12]})"


def check_dict(agreement_id: str, checked: PlacementCheck, rules: AuditRules) -> dict[str, Any]:
    """One placement's checks with the canonical names."""
    facts = checked.facts
    return {
        "agreement_id": agreement_id,
        "participant_id": facts.participant_id,
        "citizen": {"cpr": show_cpr(facts.cpr, rules.cpr_in_bundles), "name": facts.name},
        "site": {"p_number": facts.p_number, "name": facts.site_name},
        "period": {"start": checked.first_day.isoformat(), "end": checked.last_day.isoformat()},
        "complete": checked.complete,
        "checks": [
            {
                "rule": check.rule,
                "rule_en": rule_name(check.rule, rules, "en"),
                "rule_da": rule_name(check.rule, rules, "da"),
                "status": check.status,
                "detail_en": check.detail_en,
                "detail_da": check.detail_da,
                "documents": [
                    {"filename": s.filename, "sha256": s.document_sha256, "record_id": s.record_id}
                    for s in check.documents
                ],
            }
            for check in checked.checks
        ],
    }


def write_json(
    header: dict[str, Any], rows: Iterable[tuple[str, PlacementCheck]], rules: AuditRules, out: IO[str]
) -> None:
    """Stream `{...header, "placements": [...], "complete": n, "incomplete": n}`."""
    out.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "placements": [')
    complete = incomplete = 0
    for n, (agreement_id, checked) in enumerate(rows):
        out.write(
            (",\n  " if n else "\n  ")
            + json.dumps(check_dict(agreement_id, checked, rules), ensure_ascii=False)
        )
        complete += checked.complete
        incomplete += not checked.complete
    out.write(f'],\n "complete": {complete}, "incomplete": {incomplete}}}\n')


HEAD = {"da": ("regel", "status", "hvorfor", "dokumenter"), "en": ("rule", "status", "why", "documents")}
CSV_HEAD = (
    "aftale",
    "deltager_id",
    "cpr",
    "navn",
    "p_nummer",
    "arbejdssted",
    "fra",
    "til",
    "regel",
    "status",
    "detalje",
    "detail",
    "dokumenter",
)


class CsvWriter:
    """The report as CSV, a row at a time: semicolons and UTF-8 with BOM, as Danish Excel opens them."""

    def __init__(self, out: IO[str], rules: AuditRules) -> None:
        self.writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        self.rules = rules
        out.write("\ufeff")
        self.writer.writerow(CSV_HEAD)

    def row(self, agreement_id: str, checked: PlacementCheck) -> None:
        """The lines of one placement: one per rule."""
        facts, rules = checked.facts, self.rules
        for check in checked.checks:
            documents = " | ".join(document_name(s) for s in check.documents)
            self.writer.writerow(
                (
                    agreement_id,
                    facts.participant_id,
                    show_cpr(facts.cpr, rules.cpr_in_bundles),
                    facts.name,
                    facts.p_number,
                    facts.site_name,
                    checked.first_day,
                    checked.last_day,
                    rule_name(check.rule, rules, "da"),
                    STATUS["da"][check.status],
                    check.detail_da,
                    check.detail_en,
                    documents,
                )
            )


def write_csv(rows: Iterable[tuple[str, PlacementCheck]], rules: AuditRules, out: IO[str]) -> None:
    """The whole report as CSV."""
    writer = CsvWriter(out, rules)
    for agreement_id, checked in rows:
        writer.row(agreement_id, checked)


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
                ", ".join(document_name(s) for s in c.documents) or "—",
            )
            for c in checked.checks
        ]
        head = (
            ("regel", "status", "hvorfor", "dokumenter")
            if lang == "da"
            else ("rule", "status", "why", "documents")
        )
        out.write("\n".join("    " + line for line in table(head, cells).splitlines()) + "\n")
    out.write(f"\n{summary(count, bad, lang)}\n")


def summary(count: int, bad: int, lang: str) -> str:
    """The report's last line: "1.234 praktikker, 1.200 komplette, 34 med mangler" ("1 praktik, 1
    komplet"), each count grouped as the reader groups it (decision 0062)."""
    good = count - bad
    placements_en, placements_da = counted(count, *PLACEMENTS)
    if lang == "da":
        complete = "komplet" if good == 1 else "komplette"  # agrees with "praktik", as "1 praktik" does
        return f"{placements_da}, {number_text(good, 'da')} {complete}, {number_text(bad, 'da')} med mangler"
    return f"{placements_en}, {number_text(good, 'en')} complete, {number_text(bad, 'en')} incomplete"


# The participant id and the CPR number are what an auditor looks a row up by: wide enough for an id
# ("P-4E2B6PVPPUZ") and a masked CPR ("071064-XXXX") at the table's size, and never cut. The reasons
# and the documents may be cut: the CSV beside the PDF keeps every word.
PDF_COLUMNS = (
    Column("Deltager", 12, whole=True),
    Column("CPR", 9, whole=True),
    Column("Navn", 12),
    Column("Arbejdssted", 11),
    Column("Periode", 13),
    Column("Regel", 19),
    Column("Status", 6),
    Column("Hvorfor", 28),
    Column("Dokumenter", 20),
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
                        ", ".join(document_name(s) for s in check.documents) or "—",
                    ),
                    group=count,
                    mark=check.status != "ok",
                )
            )
    pdf.finish([f"{summary(count, bad, 'da')}."])
