"""Whose citizens a read in the audit log covered, by municipality code (never CPR).

A municipality's auditor must find in its bundle every read of its citizens' personal data, also the
reads whose subject is not one of its records: a company's export, page or form (subject the agreement)
names several municipalities' citizens at once, by participant id. The codes are written into the read's
entry when it is logged (`noted`), so that the entry itself says whose it was; for entries logged before
that, the bundle works them out the same way from what the entry names (`reach`), one query a kind for a
chunk of entries (decision 0012, stop 49).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import Placement, Record, RecordVersion, Submission
from hub.services.id_lists import among

KEY = "municipalities"
# What a read names, by kind: participant ids, placement, record and submission ids. An agreement, the
# log itself or "placements" as subject say nothing of whose citizens on their own: the detail does.
_SUBJECTS = {"placement", "record", "submission"}
LISTS = {"participants": "participant", "placements": "placement", "submissions": "submission"}


def noted(session: Session, subject: str, detail: dict[str, Any]) -> dict[str, Any]:
    """`detail` with the municipalities whose citizens the read covered, when it covered any."""
    codes = reach(session, [(subject, detail)])[0]
    return {**detail, KEY: codes} if codes else detail


def reach(session: Session, entries: Sequence[tuple[str, dict[str, Any]]]) -> list[list[str]]:
    """For each (subject, detail) of a read, the sorted codes of the municipalities whose citizens it
    covered: those its detail names, else those of what it names (`_named`), a municipality as its
    subject and a claim's municipality."""
    wanted: dict[str, set[Any]] = {kind: set() for kind in (*_SUBJECTS, "participant")}
    for subject, detail in entries:
        if KEY not in detail:
            for kind, key in _named(subject, detail):
                wanted[kind].add(key)
    found = {kind: codes_of(session, kind, keys) for kind, keys in wanted.items()}
    reached = []
    for subject, detail in entries:
        if KEY in detail:
            reached.append(sorted(str(c) for c in detail[KEY]))
            continue
        codes = {code for kind, key in _named(subject, detail) for code in found[kind].get(key, ())}
        kind, _, ident = subject.partition(":")
        if kind == "municipality" and ident:
            codes.add(ident)
        if isinstance(detail.get("municipality"), str):
            codes.add(detail["municipality"])  # a claim's download names its municipality
        reached.append(sorted(codes))
    return reached


def _named(subject: str, detail: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """What a read names, as (kind, key): its subject and the lists in its detail."""
    kind, _, ident = subject.partition(":")
    if kind in _SUBJECTS and ident.isdigit():
        yield kind, int(ident)
    for name, of in LISTS.items():
        value = detail.get(name)
        if not isinstance(value, list):
            continue  # a count (`read.records`' "records": 3) is not a list of ids
        for item in value:
            if of == "participant":
                yield of, str(item)
            elif isinstance(item, int):
                yield of, item


def codes_of(session: Session, kind: str, keys: set[Any]) -> dict[Any, set[str]]:
    """The municipalities of each key's citizens: a participant's or placement's placement, a record's
    own; a submission's own when it has one, and those of the records read from it."""
    if not keys:
        return {}
    every: dict[str, list[Any]] = {
        "participant": [select(Placement.participant_id, Placement.municipality_code)],
        "placement": [select(Placement.id, Placement.municipality_code)],
        "record": [select(Record.id, Record.municipality_code)],
        "submission": [
            select(Submission.id, Submission.municipality_code),
            select(RecordVersion.submission_id, Record.municipality_code)
            .join(Record, Record.id == RecordVersion.record_id)
            .distinct(),
        ],
    }
    found: dict[Any, set[str]] = {}
    for query in every[kind]:
        column = query.selected_columns[0]
        for key, code in session.execute(query.where(among(session, column, sorted(keys)))).all():
            if code is not None:
                found.setdefault(key, set()).add(code)
    return found
