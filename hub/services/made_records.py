"""The records a file sent made, named and grouped as the upload page's list shows them: the company's
monthly form made 11-13 records, shown as "Post 353 v1, Post 354 v1, …", which said nothing of whose
record each was or of which month (page-119's walk). Each is named by its intern as the file named it
(its item's label, "deltager 14 (Maja Larsen)") and its participant id, and grouped by form and month, so
that a caseworker finds one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from hub.models import Placement, Record, RecordVersion, SubmissionItem
from hub.services import coverage


@dataclass(frozen=True)
class MadeRecord:
    """One record version a file made (or repeated), as its row names it."""

    record_id: int
    version: int
    participant_id: str
    label: str = ""  # the file's own words for the intern ("deltager 14 (Maja Larsen)"), if it had items
    label_da: str = ""


@dataclass
class MadeGroup:
    """The records of one form and month a file made, in the file's order."""

    form_type: str
    month: str  # "2026-10": the month the record speaks of (`month_of`)
    records: list[MadeRecord] = field(default_factory=list)


def month_of(data: dict[str, object]) -> str:
    """The month a record speaks of, as "YYYY-MM": the month of its middle day. A monthly timesheet's
    weeks begin in the month before and end in the month after (31 Aug–4 Oct is September's); a grant or
    an agreement is the month its middle falls in, a report or an end form its day's."""
    first, last = coverage.span(data)
    middle = first + timedelta(days=(last - first).days // 2)
    return f"{middle.year}-{middle.month:02d}"


def grouped(session: Session, made: dict[int, list[tuple[int, int]]]) -> dict[int, list[MadeGroup]]:
    """`made` (`submission_status.records_of`: each listed submission's `(record_id, version)`) as each
    submission's groups by form and month, each record named: one statement for the versions and one for
    the items' labels, for a page of submissions."""
    pairs = sorted({pair for refs in made.values() for pair in refs})
    if not pairs:
        return {}
    found = session.execute(
        select(RecordVersion.record_id, RecordVersion.version, RecordVersion.data, Record.form_type)
        .add_columns(Placement.participant_id)
        .join(Record, Record.id == RecordVersion.record_id)
        .join(Placement, Placement.id == Record.placement_id)
        .where(tuple_(RecordVersion.record_id, RecordVersion.version).in_(pairs))
    )
    facts = {(r, v): (kind, month_of(data), pid) for r, v, data, kind, pid in found}
    labels = {
        (s, r): (en, da)
        for s, r, en, da in session.execute(
            select(SubmissionItem.submission_id, SubmissionItem.record_id, SubmissionItem.label)
            .add_columns(SubmissionItem.label_da)
            .where(SubmissionItem.submission_id.in_(list(made)), SubmissionItem.record_id.is_not(None))
        )
    }
    shown: dict[int, list[MadeGroup]] = {}
    for submission_id, refs in made.items():
        groups: dict[tuple[str, str], MadeGroup] = {}
        for record_id, version in refs:
            if (record_id, version) not in facts:
                continue
            kind, month, participant = facts[(record_id, version)]
            en, da = labels.get((submission_id, record_id), ("", ""))
            group = groups.setdefault((kind, month), MadeGroup(kind, month))
            group.records.append(MadeRecord(record_id, version, participant, en, da))
        shown[submission_id] = list(groups.values())
    return shown
