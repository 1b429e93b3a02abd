"""The audit bundle's completeness report (`hub.services.bundles`): one pass over the period's
placements writes the report as CSV and PDF and notes the placements and records the rest of the bundle
covers."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import IO, Any

from sqlalchemy.orm import Session

from hub.exports import completeness_report
from hub.exports.bundle_zip import BundleZip, file_chunks
from hub.exports.completeness import PlacementCheck
from hub.exports.evidence import period_sources
from hub.periods import Period
from hub.services import completeness
from hub.services.bundle_contents import Contents


def write(session: Session, scope: completeness.AuditScope, bundle: BundleZip, contents: Contents) -> None:
    """One pass over the placements: the report as CSV and PDF (kept in temporary files until both are
    done, since a zip takes one file at a time), and the placements the rest of the bundle covers."""
    rules = scope.config.audit

    def rows() -> Iterator[tuple[str, Any]]:
        for agreement, checked in completeness.checks(session, scope):
            contents.placements.append(checked.facts.placement_id)
            _rests_on(contents, checked, scope.period)
            contents.agreements.setdefault(agreement.id, agreement.data)
            yield agreement.id, checked

    title = f"{scope.config.name}: revisionens krav, {scope.period.describe('da')}"
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as csv_file,
        tempfile.TemporaryFile() as pdf,
    ):
        completeness_report.write_pdf(
            title, [scope.config.jobcentre], _tee(rows(), csv_file, rules), rules, pdf
        )
        csv_file.seek(0)
        bundle.add("completeness/report.csv", (line.encode() for line in csv_file))
        pdf.seek(0)
        bundle.add("completeness/report.pdf", file_chunks(pdf))


def _rests_on(contents: Contents, checked: PlacementCheck, period: Period) -> None:
    """Note the records the period's claim and checks rest on: those `period_sources` names and every
    document a check cites (the same, but the report must never cite what the bundle lacks)."""
    cited = (source for check in checked.checks for source in check.documents)
    for source in chain(period_sources(checked.facts, period), cited):
        contents.period_records.add(checked.facts.placement_id, source.record_id, source.version)


def _tee(rows: Iterable[tuple[str, Any]], csv_file: IO[str], rules: Any) -> Iterator[tuple[str, Any]]:
    """Write the CSV as the rows pass on to the PDF."""
    writer = completeness_report.CsvWriter(csv_file, rules)
    for row in rows:
        writer.row(*row)
        yield row
