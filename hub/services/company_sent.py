"""When a later file put right a partly refused company form: for the company's list of forms sent.

A company whose form was partly accepted fills in the refused interns again and sends a new file; the
list still showed the first file as "Delvist godkendt" with its problems, and nothing said they had
been dealt with (stop 48). The refused interns are read again from the first file's kept extraction
(their items' participant ids: no column keeps them), and the first is put right once a later file of
the same agreement, the same kind and the same period (its own printed `periode`) has stored a record
for every one of them. Reads only; nothing here is shown but a file name and a moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.adapters.language.config_paths import REFERENCE
from hub.adapters.mapping.items import scopes
from hub.adapters.readers.base import Extraction
from hub.exports.company_form_model import PERIOD_SELECTORS
from hub.models import Document, Placement, Record, Submission, SubmissionItem
from hub.services.registry import company_adapter

STORED = ("accepted", "unchanged")  # an item that made (or repeated) a record


@dataclass(frozen=True)
class PutRight:
    """The later file that brought the last of a partly refused form's refused interns, and when."""

    by: Submission
    sent_at: datetime


@dataclass(frozen=True)
class _Read:
    form_type: str
    period: str | None
    participants: dict[int, str]  # item position -> the participant id printed there


def put_right(session: Session, rows: list[Submission]) -> dict[int, PutRight]:
    """For each partly refused company form among `rows` (a page of the sent list) that later files put
    right: the one among them sent last, by the form's submission id."""
    found: dict[int, PutRight] = {}
    for row in rows:
        if row.status == "partial" and row.agreement_id is not None:
            fixed = _put_right(session, row)
            if fixed is not None:
                found[row.id] = fixed
    return found


def _put_right(session: Session, row: Submission) -> PutRight | None:
    refused = [i.position for i in row.items if i.status == "rejected"]
    own = _read(session, row, set(refused))
    if own is None or not refused or any(p not in own.participants for p in refused):
        return None  # an item without a readable id cannot be said to be put right
    wanted = {own.participants[p] for p in refused}
    later = session.execute(
        select(Placement.participant_id, Submission)
        .join(SubmissionItem, SubmissionItem.submission_id == Submission.id)
        .join(Record, Record.id == SubmissionItem.record_id)
        .join(Placement, Placement.id == Record.placement_id)
        .where(
            Submission.agreement_id == row.agreement_id,
            Submission.created_at > row.created_at,
            SubmissionItem.status.in_(STORED),
            Record.form_type == own.form_type,
            Placement.participant_id.in_(wanted),
        )
        .order_by(Submission.created_at, Submission.id)
    ).all()
    first: dict[str, Submission] = {}
    periods: dict[int, str | None] = {}
    for participant, sent in later:
        if participant in first:
            continue
        if sent.id not in periods:
            read = _read(session, sent)
            periods[sent.id] = read.period if read is not None else None
        if periods[sent.id] == own.period:
            first[participant] = sent
    if set(first) != wanted:
        return None
    last = max(first.values(), key=lambda s: (s.created_at, s.id))
    return PutRight(last, last.created_at)


def _read(session: Session, row: Submission, positions: set[int] | None = None) -> _Read | None:
    """The kind, the printed period and the participant id of each item at `positions` of a company
    form, from its kept extraction; None when it has none or its form is not (any more) one of the
    company adapter's."""
    kept = session.scalar(select(Document.extraction).where(Document.sha256 == row.document_sha256))
    if kept is None or row.form_id is None:
        return None
    try:
        form = company_adapter().form(row.form_id)
    except KeyError:
        return None
    index = form.index(Extraction.from_dict(kept))
    period = index.resolve(PERIOD_SELECTORS.get(form.format, ""))
    source = next((r.source for r in form.fields if r.path == REFERENCE and r.source), None)
    found = scopes(index, form)
    participants: dict[int, str] = {}
    wanted = positions or set()
    if source is not None and wanted and not isinstance(found, tuple):
        for scope in found:
            if scope.position not in wanted:
                continue
            value = scope.resolve(source)
            if value is not None and (value.value or "").strip():
                participants[scope.position] = str(value.value).strip().upper()
            if len(participants) == len(wanted):
                break  # a PDF form has room for 2,000 blocks: no need to look past the last wanted
    return _Read(form.form_type, (period.value or "").strip() if period else None, participants)
