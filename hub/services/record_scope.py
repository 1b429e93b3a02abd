"""Which record a user may open, which of its versions, and how its CPR numbers are shown to them.

The record page (`record_view.record_page`) and the download of a version's original document
(`record_view.original`) ask the same three questions first; a record outside the user's placements and a
version the record does not have are both `NotFound`.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.access import CprView, Principal
from hub.errors import NotFound, missing_or_not_yours
from hub.models import Agreement, Placement, Record, RecordVersion
from hub.services import scope
from hub.services.placement_reads import view_of


def scoped_record(session: Session, who: Principal, record_id: int) -> Record:
    """One record whose placement the user may read, or `NotFound`."""
    query = (
        select(Record)
        .join(Placement, Placement.id == Record.placement_id)
        .where(Record.id == record_id, scope.placement_clause(who))
    )
    found = session.scalar(query)
    if found is None:
        raise missing_or_not_yours("record", "Posten", record_id)
    return found


def view_of_placement(session: Session, who: Principal, placement: Placement) -> CprView:
    """How the placement's CPR numbers are shown to the user: in full, masked, or not at all."""
    agreement = session.get_one(Agreement, placement.agreement_id)
    return view_of(who, placement.municipality_code, agreement.lead_municipality)


def version_of(record: Record, version: int | None) -> RecordVersion:
    """The record's version `version` (None: the current one), or `NotFound` naming the versions there
    are: another version's values or file in its place would be read as the one asked for."""
    wanted = record.current_version if version is None else version
    chosen = next((v for v in record.versions if v.version == wanted), None)
    if chosen is None:
        there = ", ".join(str(v.version) for v in sorted(record.versions, key=lambda v: v.version))
        raise NotFound(
            f"record {record.id} has no version {wanted}; its versions are {there}",
            f"posten {record.id} har ingen version {wanted}; dens versioner er {there}",
        )
    return chosen
