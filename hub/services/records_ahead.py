"""The records a batch's forms are compared with, each with its current version's content, read for
many placements at once.

A follow-up form is compared with the records of its kind its placement holds (`linking.find_record`):
a statement a form for the records, and a statement a record for its versions, most of a year's forms'
statements (decision 0030, "Stop 58: year-66"). Inside a batch (`link_ahead.knowing`) the first form
that asks reads the records of every placement the batch knows by then (`link_ahead.placements`) with
their current versions' content, in one statement.

A placement's records are handed out once: the form that asks for them goes on to store into that
placement, so the next form about it reads them again, as it would alone. Whatever the transaction
forgets (a commit, a savepoint rolled back: `link_ahead.Known.forget`) is read again too.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from hub.models import Record, RecordVersion
from hub.services import link_ahead
from hub.services.id_lists import among


class Current(NamedTuple):
    """A record (its id and form type) and its current version's content."""

    id: int
    form_type: str
    data: dict[str, Any]


_COLUMNS = (Record.id, Record.form_type, RecordVersion.data)
_CURRENT = (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version)
# Built once: a batch links hundreds of documents, and building these statements cost more than running
# them.
_OF_ONE = (
    select(*_COLUMNS)
    .join(RecordVersion, _CURRENT)
    .where(Record.placement_id == bindparam("placement_id"))
    .order_by(Record.id)
)
_OF_ONE_TYPE = _OF_ONE.where(Record.form_type == bindparam("form_type"))


def of_placement(session: Session, placement_id: int, form_type: str | None = None) -> list[Current]:
    """The placement's records (optionally of one form type) in id order, with their current content."""
    ahead = _ahead(session, placement_id)
    if ahead is not None:
        return [r for r in ahead if form_type is None or r.form_type == form_type]
    if form_type is None:
        found = session.execute(_OF_ONE, {"placement_id": placement_id})
    else:
        found = session.execute(_OF_ONE_TYPE, {"placement_id": placement_id, "form_type": form_type})
    return [Current(*row) for row in found]


def _ahead(session: Session, placement_id: int) -> list[Current] | None:
    """The placement's records as read ahead (taken: not handed out again); None when not known."""
    known: link_ahead.Known | None = session.info.get(link_ahead.KEY)
    if known is None:
        return None
    if placement_id not in known.records_read:
        ids = {p.id for listed in known.placements.values() for p in listed} - known.records_read
        ids.add(placement_id)
        known.records_read.update(ids)
        for record_id in ids:
            known.records[record_id] = []
        query = (
            select(Record.placement_id, *_COLUMNS)
            .join(RecordVersion, _CURRENT)
            .where(among(session, Record.placement_id, sorted(ids)))
            .order_by(Record.id)
        )
        for placement, *current in session.execute(query):
            known.records[placement].append(Current(*current))
    return known.records.pop(placement_id, None)
