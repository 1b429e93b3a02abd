"""A record's current version is the one from the form received last, whatever order they were stored in.

Two workers store their batches side by side, a job is run again after a worker died, a document waits
for its placement: a form received before a correction can be stored after it. Stored as it came, the
older form would become the current version and undo the correction (decision 0030, "Stop 49"). So
the older form is stored as the version it is, and the later-received version's content is stored
again on top of it, with its provenance (reason `reapplied`): version numbers still count up, the
current version is the highest, and the history says what happened (decision 0067).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import Select, insert, literal, select, union_all
from sqlalchemy.orm import Session

from hub.models import Provenance, Record, RecordVersion, Submission, SubmissionItem
from hub.models.base import table_of
from hub.services import audit, bulk, record_hashes, record_rows

REAPPLIED = "reapplied"
_PROVENANCE = table_of(Provenance)
_COPIED = [c for c in _PROVENANCE.c if c.name not in ("id", "record_version_id")]
V = TypeVar("V")


def received_later(
    record: Record, submission: Submission, repeated: tuple[int, int] | None = None
) -> RecordVersion | None:
    """The record's version from the submission received last, when that came after `submission`
    (submission ids count in the order received); `repeated`: the newest submission that repeated one of
    its versions unchanged, and that version (`newest_repeat`), which counts as that submission's."""
    if not record.versions:
        return None
    # The submission's newest version of the record: one read again by `hub reprocess`, or stored
    # again here before, is the content it stands for now, not its first.
    latest = max(record.versions, key=lambda v: (v.submission_id, v.version))
    if repeated is not None and repeated[0] > max(latest.submission_id, submission.id):
        # Received after both, it made no version of its own (its content was the current one's): the
        # version it repeated is its content, and stays current.
        return next((v for v in record.versions if v.version == repeated[1]), latest)
    return latest if latest.submission_id > submission.id else None


def newest_repeat(session: Session, record_id: int) -> tuple[int, int] | None:
    """The newest submission that repeated a version of the record unchanged, and that version; None
    when none did. A row of a document of several keeps an item row (`unchanged`), a form of one record
    only `submissions.unchanged_version_id`: neither stores a version, so without them an older form
    stored after it would take the record over, though received before it. The batch's own item rows,
    flushed by this query, count; its forms' outcomes are written before a document that waited is
    stored (`processing`), and the batch's others come in the order received."""
    items = select(SubmissionItem.submission_id.label("submission"), SubmissionItem.version.label("version"))
    items = items.where(SubmissionItem.record_id == record_id, SubmissionItem.status == "unchanged")
    forms = _repeating_forms(Submission.id.label("submission"), RecordVersion.version.label("version"))
    either = union_all(items, forms.where(RecordVersion.record_id == record_id)).subquery()
    newest = select(either.c.submission, either.c.version).order_by(either.c.submission.desc()).limit(1)
    found = session.execute(newest).first()
    return None if found is None or found[1] is None else (int(found[0]), int(found[1]))


def _repeating_forms(*columns: Any) -> Select[Any]:
    """`columns` of the forms of one record that repeated a version unchanged, joined to that version
    (by the partial index of migration 0020, which holds only those forms)."""
    repeated = Submission.unchanged_version_id
    return select(*columns).join(RecordVersion, RecordVersion.id == repeated).where(repeated.is_not(None))


def placed_since(session: Session, placement_id: int, received: int) -> bool:
    """Whether the placement's placement record holds a version from a submission received after
    `received`, or that repeated one of its versions unchanged (`newest_repeat`): then its
    dates are that form's, and an older placement form leaves them (`linking`). The batch's own
    versions, written on the same connection, count."""
    of_it = (Record.placement_id == placement_id) & (Record.form_type == "placement")
    later = (
        select(RecordVersion.id)
        .join(Record, Record.id == RecordVersion.record_id)
        .where(of_it, RecordVersion.submission_id > received)
    )
    repeated = (
        select(SubmissionItem.id)
        .join(Record, Record.id == SubmissionItem.record_id)
        .where(of_it, SubmissionItem.status == "unchanged", SubmissionItem.submission_id > received)
    )
    form = _repeating_forms(Submission.id).join(Record, Record.id == RecordVersion.record_id)
    form = form.where(of_it, Submission.id > received)
    return bool(session.scalar(select(later.exists() | repeated.exists() | form.exists())))


def reapply(
    session: Session, record_id: int, number: int, later: RecordVersion, actor: str, detail: dict[str, Any]
) -> int:
    """Store `later`'s content again as version `number`, the record's current one, with its provenance;
    the new version's id. No commit. (A placement's dates stayed the later form's: `linking.link`.)"""
    row = {
        "submission_id": later.submission_id,
        "reason": REAPPLIED,
        "data": later.data,
        "read_with": later.read_with,
        "mapped_with": later.mapped_with,
    }
    version_id = record_rows.new_version(session.connection(), record_id, number, row)
    # Its provenance is in the table, or (stored earlier in this transaction) still held for the
    # commit's one statement (`bulk`): one of the two is empty, so both are copied.
    held = bulk.held_rows(session, _PROVENANCE, lambda r: r["record_version_id"] == later.id)
    bulk.insert_at_commit(session, _PROVENANCE, [{**r, "record_version_id": version_id} for r in held])
    copied = select(literal(version_id), *_COPIED).where(_PROVENANCE.c.record_version_id == later.id)
    names = ["record_version_id", *(c.name for c in _COPIED)]
    session.execute(insert(_PROVENANCE).from_select(names, copied))
    stored = session.execute(select(*_COPIED).where(_PROVENANCE.c.record_version_id == later.id))
    provenance = [*held, *(dict(row) for row in stored.mappings())]
    audit.append_at_commit(
        session,
        actor,
        f"record.{REAPPLIED}",
        f"record:{record_id}",
        {
            **detail,
            "version": number,
            "submission": later.submission_id,
            "from_version": later.version,
            **record_hashes.traced_data(later.data),
            **record_hashes.provenance_hashes(provenance),
        },
    )
    return version_id


def as_listed(versions: Iterable[V], key: Callable[[V], tuple[int, int, str]]) -> list[V]:
    """A submission's versions as its lists name them (`key`: a version's submission, record and reason;
    `versions` in the order stored): a `reapplied` version in the place of the version of the same
    submission and record it stored again, so that the record is listed once, at the version in force,
    not as two records, the first of them since undone by an older form."""
    return list(dict.fromkeys(listed_for(versions, key).values()))


def listed_for(versions: Iterable[V], key: Callable[[V], tuple[int, int, str]]) -> dict[V, V]:
    """Each of `versions` (in the order stored; `key` as `as_listed`) with the version listed in its place:
    the `reapplied` one that stored it again, or itself. An item row names the version its item stored,
    which a reapply leaves as it was (decision 0067): this says it as the submission's records do."""
    places: list[list[V]] = []
    at: dict[tuple[int, int], list[V]] = {}
    for version in versions:
        submission, record, reason = key(version)
        place = at.get((submission, record)) if reason == REAPPLIED else None
        if place is None:
            place = at[(submission, record)] = []
            places.append(place)
        place.append(version)
    return {version: place[-1] for place in places for version in place}
