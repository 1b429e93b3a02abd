"""The records an auditor's bundle holds: of the placements checked, the records the period's claim and
checks rest on (`evidence.period_sources`), each in every version up to the one they read, with its
provenance, and the documents they were read from, streamed in batches. A record that belongs only to
another period (last month's timesheet, a progress report of next quarter) stays out (decision 0012,
"Stop 39").

CPR numbers appear as the municipality's `cpr_in_bundles` rule says: with `masked`, the record's CPR
and every CPR-like text in its free text, a raw value, a locator or a file name become `DDMMYY-XXXX`,
and the originals, which cannot be masked and stay evidence, are listed in the manifest rather than
enclosed (decision 0055).
With `full` the originals go in unchanged (docs/decisions/0012-audit-bundle.md). All but the company's
forms: one of those
names the interns of every municipality of the agreement, so it stays with the lead, and the bundle
holds its SHA-256 and, in the provenance, the rows and cells read for this municipality's citizens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.exports.bundle_data import shown_data
from hub.exports.bundle_provenance import shown_row
from hub.models import Agreement, Placement, Provenance, Record, RecordVersion, Submission
from hub.pseudonyms import mask_cpr_like
from hub.schemas.municipalities import municipality_name
from hub.services import bundle_documents
from hub.services.bundle_contents import PeriodRecords

# The records come out in groups of BATCH placements (in the order given), each group ordered by
# placement id: the order records.jsonl has always had. Each group is read FETCH placements at a time:
# a whole group's rows, versions and provenance cost some 40 MB at once, a fifth of one no more than
# the bundle of 100 placements needs. Provenance is read BATCH versions at a time.
BATCH = 500
FETCH = 100


def _masked(data: dict[str, Any], rule: str) -> dict[str, Any]:
    """A version's data as the bundle shows it: where the rule masks CPR, the citizen's number and every
    CPR-like text in its free text (a note, a name with a number typed into it) as DDMMYY-XXXX, as the
    log's `data_sha256` is of it since stop 56 (`bundle_data.shown_data`)."""
    return data if rule == "full" else shown_data(data)


def _provenance(row: Provenance, rule: str) -> dict[str, Any]:
    """A provenance row as the bundle shows it: where the rule masks CPR, so are the raw value, the
    locator and the source key (they quote the document: a sheet named after the citizen), as the log's
    `provenance_sha256` is of them (`bundle_provenance.shown_row`)."""
    stored = {
        "path": row.path,
        "document_sha256": row.document_sha256,
        "locator": row.locator,
        "source_key": row.source_key,
        "raw_value": row.raw_value,
        "transforms": row.transforms,
    }
    return stored if rule == "full" else shown_row(stored, masked=False)


def _document(sha256: str, filename: str, from_company: str | None, lead: str, rule: str) -> dict[str, Any]:
    """The document a version was read from; a company's form names the lead that holds it. Where the
    rule masks CPR, so is the file name (caseworkers name files after the citizen), and no original is
    enclosed (decision 0055)."""
    if rule != "full":
        filename = mask_cpr_like(filename)
    found: dict[str, Any] = {"sha256": sha256, "filename": filename, "enclosed": from_company is None}
    if from_company is not None:
        found["held_by"] = {"municipality_code": lead, "municipality": municipality_name(lead)}
    elif not bundle_documents.carried(rule):
        # Listed in the manifest with its size and SHA-256, not carried: it holds full CPR numbers.
        found["enclosed"] = False
        found["withheld"] = bundle_documents.WITHHELD_CPR_MASKED
    return found


def versions(
    session: Session, placement_ids: Iterable[int], rule: str, period: PeriodRecords | None = None
) -> Iterator[dict[str, Any]]:
    """The versions of the placements' records, with provenance, in batches of placements: those the
    period rests on, up to the version it read (`period`), or, without it, every version of every record."""
    ids = list(placement_ids)
    for start in range(0, len(ids), BATCH):
        group = sorted(set(ids[start : start + BATCH]))
        for index in range(0, len(group), FETCH):
            chunk = group[index : index + FETCH]
            upto = None if period is None else period.upto(chunk)
            yield from _fetched(session, chunk, rule, upto)
            session.expunge_all()  # nothing of this batch is needed again: keep memory flat


def _fetched(
    session: Session, chunk: list[int], rule: str, upto: dict[int, int] | None
) -> Iterator[dict[str, Any]]:
    """The versions of these placements' records (of those in `upto`, up to the version it gives),
    ordered by placement, record and version."""
    rows = session.execute(
        select(
            Record,
            RecordVersion,
            Submission.filename,
            Submission.document_sha256,
            Submission.agreement_id,
            Placement.participant_id,
            Agreement.lead_municipality,
        )
        .join(RecordVersion, RecordVersion.record_id == Record.id)
        .join(Submission, Submission.id == RecordVersion.submission_id)
        .join(Placement, Placement.id == Record.placement_id)
        .join(Agreement, Agreement.id == Placement.agreement_id)
        .where(Record.placement_id.in_(chunk))
        .order_by(Record.placement_id, Record.id, RecordVersion.version)
    ).all()
    if upto is not None:
        rows = [row for row in rows if row[1].version <= upto.get(row[0].id, 0)]
    by_version: dict[int, list[dict[str, Any]]] = {}
    version_ids = [version.id for _, version, *_ in rows]
    for index in range(0, len(version_ids), BATCH):
        batch = version_ids[index : index + BATCH]
        query = select(Provenance).where(Provenance.record_version_id.in_(batch))
        for row in session.scalars(query.order_by(Provenance.id)):
            by_version.setdefault(row.record_version_id, []).append(_provenance(row, rule))
    for record, version, filename, sha256, from_company, participant, lead in rows:
        yield {
            "record_id": record.id,
            "form_type": record.form_type,
            "participant_id": participant,
            "version": version.version,
            "current": version.version == record.current_version,
            "reason": version.reason,
            "stored_at": version.created_at.isoformat(),
            "submission_id": version.submission_id,
            # Which hub read the document and which config and code mapped the record (decision 0023).
            "read_with": version.read_with,
            "mapped_with": version.mapped_with,
            "document": _document(sha256, filename, from_company, lead, rule),
            "record": _masked(version.data, rule),
            "provenance": by_version.pop(version.id, []),
        }
