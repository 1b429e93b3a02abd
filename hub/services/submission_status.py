"""A submission as its sender follows it: the status, and once processed the items, the record versions
it made and every problem at its locator. Reads only; the caller has applied the user's party."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from hub.models import FINAL_STATES, Placement, Record, RecordVersion, Submission
from hub.services import stored_notices
from hub.services.awaiting import WAITS_IN
from hub.services.received_order import as_listed, listed_for


def page_of(
    session: Session, clause: ColumnElement[bool], page: int, per_page: int
) -> tuple[list[Submission], int]:
    """One page of the submissions matching `clause`, newest first by when each came in (the moment the
    lists show as received; the number breaks a tie), and how many match in all. Not by number alone: a
    form can be dated when it came in rather than when it was stored (`hub demo` sends its past months'
    forms so, placements first), and a list by number then jumps between days."""
    total = session.scalar(select(func.count()).select_from(Submission).where(clause)) or 0
    newest = (Submission.created_at.desc(), Submission.id.desc())
    query = select(Submission).where(clause).order_by(*newest)
    rows = session.scalars(query.offset((page - 1) * per_page).limit(per_page))
    return list(rows), int(total)


def place_of(session: Session, clause: ColumnElement[bool], row: Submission) -> int:
    """The 0-based place of `row` in the submissions matching `clause`, ordered as `page_of` orders
    them (newest first by when each came in, the number breaking a tie): how many come before it."""
    newer = or_(
        Submission.created_at > row.created_at,
        and_(Submission.created_at == row.created_at, Submission.id > row.id),
    )
    return int(session.scalar(select(func.count()).select_from(Submission).where(clause, newer)) or 0)


def newest_id(session: Session, clause: ColumnElement[bool]) -> int | None:
    """The highest number among the submissions matching `clause` (None when there are none): a list
    pinned to it (`Submission.id <= it`) stays as it was while new submissions come in."""
    return session.scalar(select(func.max(Submission.id)).where(clause))


def result_of(session: Session, row: Submission) -> dict[str, Any]:
    """The submission's status and result as plain data (problems as `FieldProblem` dicts)."""
    stored = session.execute(
        select(
            RecordVersion.id,
            RecordVersion.record_id,
            RecordVersion.version,
            RecordVersion.id == row.unchanged_version_id,
            RecordVersion.submission_id,
            RecordVersion.reason,
        )
        .where((RecordVersion.submission_id == row.id) | (RecordVersion.id == row.unchanged_version_id))
        .order_by(RecordVersion.id)
    )
    versions = as_listed(stored, lambda v: (v[4], v[1], v[5]))
    # A repeat names the version in force of what it repeated: stored again on top (`reapplied`) after
    # an older form, that is the one its sender's content stands in, as the repeated form's lists say.
    in_force = _items_versions(session, [v[1] for v in versions if v[3]])
    return {
        "id": row.id,
        "filename": row.filename,
        "status": row.status,
        "final": row.status in FINAL_STATES,
        # Held for a placement another submission may still bring (`awaiting.hold`): said apart from a
        # file waiting its turn, which a live row would otherwise show for up to an hour.
        "waiting_since": row.waiting_since if row.status in WAITS_IN else None,
        "channel": row.channel,
        "municipality": row.municipality_code,
        "agreement": row.agreement_id,
        "form_id": row.form_id,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "problems": list(row.problems or []),
        "items": items_of(session, row),
        # The versions it made; or, its content the same as a version stored before, that one.
        "records": [
            {"record_id": v[1], "version": in_force.get((v[1], v[2]), v[2]), "unchanged": bool(v[3])}
            for v in versions
        ],
        # What the sender should know of what was stored (a site past its places, a timesheet unsigned).
        "notices": stored_notices.of_versions(session, [i for i, *_ in versions]),
    }


def items_of(session: Session, row: Submission) -> list[dict[str, Any]]:
    """The submission's items (the records of a document of several) as plain data, each with its
    problems (`FieldProblem` dicts) and its participant once stored."""
    # Each stored item's participant: the pseudonymous id every party that may follow the submission may
    # see (never CPR), and that a caseworker or a company knows an intern by, where "group 3" says little.
    record_ids = [i.record_id for i in row.items if i.record_id is not None]
    found = session.execute(
        select(Record.id, Placement.participant_id)
        .join(Placement, Placement.id == Record.placement_id)
        .where(Record.id.in_(record_ids))
    )
    participants: dict[int, str] = {record_id: participant for record_id, participant in found}
    in_force = _items_versions(session, record_ids)
    return [
        {
            "position": i.position,
            "label": i.label,
            "label_da": i.label_da,
            "status": i.status,
            "problems": list(i.problems or []),
            "record_id": i.record_id,
            "version": in_force.get((i.record_id, i.version), i.version),
            "participant": participants.get(i.record_id) if i.record_id is not None else None,
        }
        for i in row.items
    ]


def _items_versions(session: Session, record_ids: list[int]) -> dict[tuple[int | None, int | None], int]:
    """Each version of these records, as `(record, version)`, with the number the submissions' records
    name it by (`received_order.listed_for`): an item whose version a later form's reapply stored again
    names the version in force, as the submission's `records` do, not the one an older form undid."""
    if not record_ids:
        return {}
    stored = session.execute(
        select(
            RecordVersion.submission_id, RecordVersion.record_id, RecordVersion.reason, RecordVersion.version
        )
        .where(RecordVersion.record_id.in_(record_ids))
        .order_by(RecordVersion.id)
    )
    listed = listed_for(stored, lambda v: (v[0], v[1], v[2]))
    return {(v[1], v[3]): shown[3] for v, shown in listed.items() if shown is not v}


def records_of(
    session: Session, rows: list[Submission], readable: ColumnElement[bool]
) -> dict[int, list[tuple[int, int]]]:
    """The record versions each listed submission made (or repeated, its content unchanged), as
    `(record_id, version)`, only of the placements `readable` (the user's `scope.placement_clause`)
    lets the user open: one statement for a page of submissions."""
    if not rows:
        return {}
    repeated: dict[int, list[int]] = {}
    for row in rows:
        if row.unchanged_version_id is not None:
            repeated.setdefault(row.unchanged_version_id, []).append(row.id)
    listed = {row.id for row in rows}
    made = session.execute(
        select(
            RecordVersion.id,
            RecordVersion.submission_id,
            RecordVersion.record_id,
            RecordVersion.version,
            RecordVersion.reason,
        )
        .join(Record, Record.id == RecordVersion.record_id)
        .join(Placement, Placement.id == Record.placement_id)
        .where(
            RecordVersion.submission_id.in_(listed) | RecordVersion.id.in_(list(repeated)),
            readable,
        )
        .order_by(RecordVersion.record_id, RecordVersion.version)
    )
    found: dict[int, list[tuple[int, int, int, str]]] = {}
    for version_id, submission_id, record_id, version, reason in made:
        # A version is its own submission's, and also that of each listed file that repeated it.
        for shown in ({submission_id} & listed) | set(repeated.get(version_id, [])):
            found.setdefault(shown, []).append((submission_id, record_id, version, reason))
    # A repeat names the version in force of what it repeated (as `result_of`).
    repeats = {r for shown, made in found.items() for s, r, _, _ in made if s != shown}
    in_force = _items_versions(session, sorted(repeats))
    return {
        shown: [
            (r, in_force.get((r, v), v) if s != shown else v)
            for s, r, v, _ in as_listed(made, lambda m: (m[0], m[1], m[3]))
        ]
        for shown, made in found.items()
    }
