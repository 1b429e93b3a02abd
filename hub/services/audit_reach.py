"""Whose citizens a read in the audit log covered, by municipality code (never CPR).

A municipality's auditor must find in its bundle every read of its citizens' personal data, also the
reads whose subject is not one of its records: a company's export, page or form (subject the agreement)
names several municipalities' citizens at once, by participant id. The codes are written into the read's
entry when it is logged (`noted`), so that the entry itself says whose it was; for entries logged before
that, the bundle works them out the same way from what the entry names (`reach`), one query a kind for a
chunk of entries (decision 0012, stop 49).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import Placement, Record
from hub.services.id_lists import among

KEY = "municipalities"
# The subjects that name one placement, record or municipality; the rest (an agreement, the log itself,
# "placements") say nothing of whose citizens on their own: the detail's participants or placements do.
_KINDS = ("placement", "record", "municipality")


def noted(session: Session, subject: str, detail: dict[str, Any]) -> dict[str, Any]:
    """`detail` with the municipalities whose citizens the read covered, when it covered any."""
    codes = reach(session, [(subject, detail)])[0]
    return {**detail, KEY: codes} if codes else detail


def reach(session: Session, entries: Sequence[tuple[str, dict[str, Any]]]) -> list[list[str]]:
    """For each (subject, detail) of a read, the sorted codes of the municipalities whose citizens it
    covered: those its detail names, else those of its participants, placements and subject."""
    participants: set[str] = set()
    placements: set[int] = set()
    records: set[int] = set()
    for subject, detail in entries:
        if KEY in detail:
            continue
        participants.update(str(p) for p in detail.get("participants") or ())
        placements.update(int(p) for p in _ids(detail.get("placements")))
        kind, _, ident = subject.partition(":")
        if kind == "placement" and ident.isdigit():
            placements.add(int(ident))
        elif kind == "record" and ident.isdigit():
            records.add(int(ident))
    by_participant = _codes(session, Placement.participant_id, participants)
    by_placement = _codes(session, Placement.id, placements)
    by_record = _codes(session, Record.id, records, Placement.id == Record.placement_id)
    found = []
    for subject, detail in entries:
        if KEY in detail:
            found.append(sorted(str(c) for c in detail[KEY]))
            continue
        codes = {by_participant[p] for p in map(str, detail.get("participants") or ()) if p in by_participant}
        codes |= {by_placement[p] for p in _ids(detail.get("placements")) if p in by_placement}
        if isinstance(detail.get("municipality"), str):
            codes.add(detail["municipality"])  # a claim's download names its municipality
        kind, _, ident = subject.partition(":")
        if kind in _KINDS and ident:
            table = {"placement": by_placement, "record": by_record}.get(kind)
            if table is None:
                codes.add(ident)  # the municipality itself
            elif ident.isdigit() and int(ident) in table:
                codes.add(table[int(ident)])
        found.append(sorted(codes))
    return found


def _ids(value: object) -> list[int]:
    """A detail's list of ids (`read.placements` names its page's placements); a count is not one."""
    return [int(i) for i in value if isinstance(i, int)] if isinstance(value, list) else []


def _codes(session: Session, column: Any, keys: set[Any], joined: Any = None) -> dict[Any, str]:
    """The municipality of each key's placement (through `joined` for a record)."""
    if not keys:
        return {}
    query = select(column, Placement.municipality_code)
    if joined is not None:
        query = query.join(Placement, joined)
    rows = session.execute(query.where(among(session, column, sorted(keys)))).all()
    return {key: code for key, code in rows}
