"""The completeness report written out: JSON with canonical names, CSV for spreadsheets, text and PDF
for people.

The machine-readable forms are here; the text and the PDF table are in `completeness_readable` (offered
from here too, so that a caller imports the report from one place) and the words every form shares in
`completeness_terms`. CPR numbers appear as the municipality's `cpr_in_bundles` rule says (full or masked);
documents are named by file name and the first twelve digits of their SHA-256, which is how the bundle
names them too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from hub.adapters.language.config_model import AuditRules
from hub.exports.completeness import PlacementCheck, rule_name
from hub.exports.completeness_readable import PDF_COLUMNS, write_pdf, write_text
from hub.exports.completeness_terms import STATUS, document_name, shown_filename
from hub.exports.csv_safe import safe_writer
from hub.pseudonyms import show_cpr

__all__ = [
    "CSV_HEAD",
    "PDF_COLUMNS",
    "STATUS",
    "CsvWriter",
    "check_dict",
    "write_json",
    "write_pdf",
    "write_text",
]


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
                    {
                        "filename": shown_filename(s.filename, rules.cpr_in_bundles),
                        "sha256": s.document_sha256,
                        "record_id": s.record_id,
                    }
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
        self.writer = safe_writer(out, delimiter=";", lineterminator="\r\n")
        self.rules = rules
        out.write("\ufeff")
        self.writer.writerow(CSV_HEAD)

    def row(self, agreement_id: str, checked: PlacementCheck) -> None:
        """The lines of one placement: one per rule."""
        facts, rules = checked.facts, self.rules
        for check in checked.checks:
            documents = " | ".join(document_name(s, rules.cpr_in_bundles) for s in check.documents)
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
