"""A placement form's placement: the one it creates (`NewPlacement`, inserted by the caller and then made
the session's, `placed`), or the one of the same citizen at the same site whose period it overlaps,
corrected as long as the corrected period still holds the forms already linked to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session, make_transient_to_detached

from hub.datewords import days_da
from hub.models import Placement
from hub.pseudonyms import participant_id
from hub.services import coverage, link_ahead, received_order, records_ahead
from hub.services.agreements import agreements_for_site
from hub.services.linking_words import reject
from hub.words import STORED_FORMS, counted

# The forms a rejected correction names; more are counted, not listed (a placement has dozens of weeks).
_LISTED = 5


@dataclass(frozen=True)
class NewPlacement:
    """A placement a placement form creates, not inserted yet (`link` with `insert` false): its row goes
    to the database with the form's record and first version (`record_rows.new_placement_record`), one
    statement on PostgreSQL where the placement's INSERT was a round trip of its own a form; `placed`
    then makes it the session's. Its record's identity is its id, which only that statement knows."""

    row: dict[str, Any]
    pair: tuple[str, str]

    @property
    def participant_id(self) -> str:
        """The placement's participant id (the audit entry's), known before it is inserted."""
        return str(self.row["participant_id"])


def place(
    session: Session,
    record: dict[str, Any],
    key: str,
    secret: str,
    existing: list[Placement],
    received: int | None,
) -> tuple[Placement | NewPlacement, bool]:
    municipality = record["municipality_code"]
    p_number = record["site"]["p_number"]
    agreements = agreements_for_site(session, p_number, municipality)
    if not agreements:
        raise reject(
            f"site {p_number} is not a site of any agreement that municipality {municipality} is part of",
            f"P-nummer {p_number} er ikke et arbejdssted i nogen aftale, som kommune {municipality} er med i",
            "site.p_number",
        )
    if len(agreements) > 1:
        names = ", ".join(a.id for a in agreements)
        raise reject(
            f"site {p_number} is in several agreements ({names})",
            f"P-nummer {p_number} indgår i flere aftaler ({names})",
            "site.p_number",
        )
    agreement = agreements[0]
    if record["company"]["cvr"] != agreement.company_cvr:
        raise reject(
            f"CVR {record['company']['cvr']} is not the company of agreement {agreement.id} "
            f"({agreement.company_cvr})",
            f"CVR {record['company']['cvr']} er ikke virksomheden i aftalen {agreement.id} "
            f"({agreement.company_cvr})",
            "company.cvr",
        )
    start = date.fromisoformat(record["period"]["start"])
    end = date.fromisoformat(record["period"]["end"])
    overlapping = [p for p in existing if p.start <= end and start <= p.end]
    if len(overlapping) > 1:
        raise reject(
            "the period overlaps several placements of this citizen at this site",
            "perioden overlapper flere praktikker for borgeren på dette arbejdssted",
            "period",
        )
    if overlapping:
        # Same citizen, same site, overlapping period: a correction of that placement.
        placement = overlapping[0]
        if placement.municipality_code != municipality:
            raise reject(
                "the placement belongs to another municipality's citizen",
                "praktikken hører til en anden kommunes borger",
                "municipality_code",
            )
        if received is not None and received_order.placed_since(session, placement.id, received):
            # Stored after a placement form received after it (decision 0067): the later one's dates
            # stand and it is stored again on top; checked against them, an older form accepted in
            # the order received would be refused out of it.
            return placement, False
        _check_still_holds(session, placement, start, end)
        placement.start, placement.end = start, end
        session.flush()
        return placement, False
    row = {
        "agreement_id": agreement.id,
        "municipality_code": municipality,
        "cpr_key": key,
        "participant_id": participant_id(secret, record["citizen"]["cpr"], p_number, start.isoformat()),
        "p_number": p_number,
        "start": start,
        "end": end,
    }
    return NewPlacement(row, (key, p_number)), True


def placed(session: Session, new: NewPlacement, new_id: int) -> Placement:
    """A new placement inserted under `new_id` (by a statement: a flush of the unit of work per new
    placement cost a batch more than the INSERT itself, decision 0034), added to the session as
    already stored, and known to the batch's next forms of its citizen (`link_ahead`)."""
    stale = session.identity_map.get(session.identity_key(Placement, new_id))
    if stale is not None:
        # A placement rolled back with its document's savepoint had this id (SQLite hands it out again);
        # the object may still be held in memory, but its row is gone.
        session.expunge(stale)
    placement = Placement(id=new_id, **new.row)
    make_transient_to_detached(placement)
    session.add(placement)
    link_ahead.created(session, new.pair, placement)
    return placement


def _check_still_holds(session: Session, placement: Placement, start: date, end: date) -> None:
    """A corrected period must still hold every form already linked to the placement."""
    outside = [
        data
        for r in records_ahead.of_placement(session, placement.id)
        if r.form_type in coverage.FORMS_OF_A_PLACEMENT and not coverage.fits(data := r.data, start, end)
    ]
    if outside:
        shown, more = outside[:_LISTED], len(outside) - _LISTED
        listed = "; ".join(coverage.describe(data) for data in shown) + (
            f"; and {more} more" if more > 0 else ""
        )
        listed_da = "; ".join(coverage.describe(data, "da") for data in shown) + (
            f"; og {more} mere" if more > 0 else ""
        )
        # "1 form", "1 allerede gemt blanket": "form(s)" and "blanket(ter)" read as a form to fill in.
        forms_en, forms_da = counted(len(outside), *STORED_FORMS)
        raise reject(
            f"the corrected period {start.isoformat()}–{end.isoformat()} would leave {forms_en} "
            f"already stored outside it: {listed}. If the placement ended early, send an end of placement "
            "form instead",
            f"den rettede periode {days_da(start, end)} ville efterlade {forms_da} uden for den: "
            f"{listed_da}. Er praktikken slut før tid, så send en ophørsblanket i stedet",
            "period",
        )
