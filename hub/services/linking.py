"""Link a canonical record to its placement, and give it the identity that versions hang on.

A `placement` record creates a placement, or corrects the one of the same citizen at the same site whose
period overlaps it (as long as the corrected period still holds the forms already linked to it). Every
other form names its placement by CPR and P-number and must fall inside exactly one placement's period:
none or several is a rejection, never a guess. A form that is "the same thing" as one stored before
(see `coverage.same_thing`) is a correction of it and becomes its next version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session, make_transient_to_detached

from hub.datewords import days_da
from hub.errors import FieldProblem, Rejection
from hub.models import Placement, Record
from hub.models.base import table_of
from hub.pseudonyms import participant_id
from hub.services import coverage, link_ahead, linking_words, received_order, records_ahead
from hub.services.agreements import agreements_for_site
from hub.words import STORED_FORMS, counted

# The forms a rejected correction names; more are counted, not listed (a placement has dozens of weeks).
_LISTED = 5
_NEW_PLACEMENT = insert(table_of(Placement)).returning(table_of(Placement).c.id)


def _reject(en: str, da: str, field: str, awaits_submission: bool = False) -> Rejection:
    # Every reason here compares the record with what the hub holds (agreements, placements, records),
    # not with the document: once the hub holds what was missing, the same bytes may pass. Only a
    # placement not held yet is something another submission of the sender may bring (`awaiting`):
    # an agreement is the operator's to load, a choice between placements or records the hub holds is
    # not made by more of them, and a correction that would strand stored forms is the sender's to
    # send otherwise (an end form).
    problem = FieldProblem(en, da, field=field, outside_document=True, awaits_submission=awaits_submission)
    return Rejection([problem])


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


def link(
    session: Session, record: dict[str, Any], secret: str, received: int | None = None, insert: bool = True
) -> tuple[Placement | NewPlacement, bool]:
    """Find the record's placement (or, for a placement form, create or correct it); and whether this
    form created it (then no record is linked to it yet). `received`: the submission of a form as sent
    (not read again), whose placement form leaves the placement's dates to one received after it.
    `insert` false: a placement to create is given back as a `NewPlacement`, for the caller to insert."""
    key, p_number = pair = link_ahead.pair_of(record, secret)
    # Under the citizen's lock: two workers taking two forms of one citizen at once must not both
    # create a placement.
    candidates = link_ahead.placements(session, pair)
    if record["form_type"] == "placement":
        placement, created = _place(session, record, key, secret, candidates, received)
        if insert and isinstance(placement, NewPlacement):
            new_id = session.connection().execute(_NEW_PLACEMENT, placement.row).scalar_one()
            return placed(session, placement, new_id), True
        return placement, created
    # Only the sender's own citizens' placements: one another municipality keeps for the same CPR number
    # is not there for it, and no rejection may say it exists (a partner sees only the others' counts;
    # otherwise any CPR number could be tried against the agreement).
    own = [p for p in candidates if p.municipality_code == record["municipality_code"]]
    found = [p for p in own if coverage.fits(record, p.start, p.end)]
    if not found:
        what, what_da = coverage.describe(record), coverage.describe(record, "da")
        todo_en, todo_da = linking_words.what_to_send(own)
        raise _reject(
            f"no placement of this citizen at site {p_number} holds every date of this form ({what}); "
            + todo_en,
            f"ingen praktik for borgeren på P-nummer {p_number} rummer alle blankettens datoer ({what_da}); "
            + todo_da,
            "site.p_number",
            # Its placement, or the correction that moves the period over these dates, may be in a
            # submission of the sender's not yet read.
            awaits_submission=True,
        )
    if len(found) > 1:
        raise _reject(
            f"{len(found)} placements of this citizen at site {p_number} cover these dates; which is meant "
            "cannot be told",
            f"{len(found)} praktikker for borgeren på P-nummer {p_number} dækker datoerne; det kan ikke "
            "afgøres, hvilken der menes",
            "site.p_number",
        )
    return found[0], False


def find_record(
    session: Session, placement: Placement | NewPlacement, new: dict[str, Any], created: bool = False
) -> tuple[Record | None, str]:
    """The record `new` corrects (or None when it is a new one), and the identity a new one gets ("" for
    a `NewPlacement`'s: the statement that inserts both gives it). `created`: the placement was created by
    this form, so it has no records to look for."""
    kind = new["form_type"]
    if isinstance(placement, NewPlacement):
        return None, ""
    # A citizen's first form creates the placement: a SELECT that could find nothing was a statement a
    # form.
    records = [] if created else records_ahead.of_placement(session, placement.id, kind)
    same = [r for r in records if coverage.same_thing(r.data, new)]
    if len(same) > 1:
        listed = ", ".join(coverage.describe(r.data) for r in same)
        listed_da = ", ".join(coverage.describe(r.data, "da") for r in same)
        raise _reject(
            f"this form would correct {len(same)} earlier ones at once ({listed}); "
            "which is meant cannot be told",
            f"blanketten ville rette {len(same)} tidligere på én gang ({listed_da}); "
            "det kan ikke afgøres, hvilken der menes",
            "form_type",
        )
    first, _ = coverage.span(new)
    identity = str(placement.id) if kind in ("placement", "placement_end") else f"{placement.id}:{first}"
    return (session.get(Record, same[0].id) if same else None), identity


def _place(
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
        raise _reject(
            f"site {p_number} is not a site of any agreement that municipality {municipality} is part of",
            f"P-nummer {p_number} er ikke et arbejdssted i nogen aftale, som kommune {municipality} er med i",
            "site.p_number",
        )
    if len(agreements) > 1:
        names = ", ".join(a.id for a in agreements)
        raise _reject(
            f"site {p_number} is in several agreements ({names})",
            f"P-nummer {p_number} indgår i flere aftaler ({names})",
            "site.p_number",
        )
    agreement = agreements[0]
    if record["company"]["cvr"] != agreement.company_cvr:
        raise _reject(
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
        raise _reject(
            "the period overlaps several placements of this citizen at this site",
            "perioden overlapper flere praktikker for borgeren på dette arbejdssted",
            "period",
        )
    if overlapping:
        # Same citizen, same site, overlapping period: a correction of that placement.
        placement = overlapping[0]
        if placement.municipality_code != municipality:
            raise _reject(
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
        raise _reject(
            f"the corrected period {start.isoformat()}–{end.isoformat()} would leave {forms_en} "
            f"already stored outside it: {listed}. If the placement ended early, send an end of placement "
            "form instead",
            f"den rettede periode {days_da(start, end)} ville efterlade {forms_da} uden for den: "
            f"{listed_da}. Er praktikken slut før tid, så send en ophørsblanket i stedet",
            "period",
        )
