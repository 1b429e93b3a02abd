"""Link a canonical record to its placement, and give it the identity that versions hang on.

A `placement` record creates a placement, or corrects the one of the same citizen at the same site whose
period overlaps it (as long as the corrected period still holds the forms already linked to it:
`placement_forms`). Every other form names its placement by CPR and P-number and must fall inside
exactly one placement's period: none or several is a rejection, never a guess. A form that is "the same
thing" as one stored before (see `coverage.same_thing`) is a correction of it and becomes its next
version.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from hub.models import Placement, Record
from hub.models.base import table_of
from hub.services import coverage, link_ahead, linking_words, records_ahead
from hub.services.linking_words import reject
from hub.services.placement_forms import NewPlacement, place, placed

_NEW_PLACEMENT = insert(table_of(Placement)).returning(table_of(Placement).c.id)


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
        placement, created = place(session, record, key, secret, candidates, received)
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
        # The date no placement holds, where the citizen has placements there, names its own row or cell;
        # with none, the site is what is at fault.
        first = coverage.outside(record, [(p.start, p.end) for p in own]) if own else None
        field, that_en, that_da = linking_words.first_outside(first)
        raise reject(
            f"no placement of this citizen at site {p_number} holds every date of this form ({what})"
            + f"{that_en}; {todo_en}",
            f"ingen praktik for borgeren på P-nummer {p_number} rummer alle blankettens datoer ({what_da})"
            + f"{that_da}; {todo_da}",
            field,
            # Its placement, or the correction that moves the period over these dates, may be in a
            # submission of the sender's not yet read.
            awaits_submission=True,
            # Where the hub holds placements of the citizen there, the words say to correct the form's
            # dates or the agreement: the form's own dates are as likely the fault (walk-110).
            may_be_in_document=bool(own),
        )
    if len(found) > 1:
        raise reject(
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
        raise reject(
            f"this form would correct {len(same)} earlier ones at once ({listed}); "
            "which is meant cannot be told",
            f"blanketten ville rette {len(same)} tidligere på én gang ({listed_da}); "
            "det kan ikke afgøres, hvilken der menes",
            "form_type",
        )
    first, _ = coverage.span(new)
    identity = str(placement.id) if kind in ("placement", "placement_end") else f"{placement.id}:{first}"
    return (session.get(Record, same[0].id) if same else None), identity
