"""Link a canonical record to its placement, and give it the identity that versions hang on.

A `placement` record creates a placement, or corrects the one of the same citizen at the same site whose
period overlaps it. Every other form names its placement by CPR and P-number and must fall inside
exactly one placement's period: none or several is a rejection, never a guess.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.errors import FieldProblem, Rejection
from hub.models import Placement
from hub.pseudonyms import cpr_key, participant_id
from hub.services.agreements import agreements_for_site


def _reject(en: str, da: str, field: str) -> Rejection:
    return Rejection([FieldProblem(en, da, field=field)])


def _form_dates(record: dict[str, Any]) -> tuple[date, date]:
    """The first and last day the record speaks of."""
    kind = record["form_type"]
    if kind == "mentor_support":
        return date.fromisoformat(record["period"]["start"]), date.fromisoformat(record["period"]["end"])
    if kind == "mentor_hours":
        weeks = [date.fromisoformat(e["week"] + "-1") for e in record["entries"]]
        return min(weeks), max(weeks) + timedelta(days=6)
    if kind == "progress_report":
        day = date.fromisoformat(record["measured_on"])
    else:
        day = date.fromisoformat(record["ended_on"])
    return day, day


def _identity(record: dict[str, Any], placement: Placement) -> str:
    kind = record["form_type"]
    if kind in ("placement", "placement_end"):
        return str(placement.id)
    if kind == "mentor_support":
        return f"{placement.id}:{record['period']['start']}"
    if kind == "mentor_hours":
        return f"{placement.id}:{min(e['week'] for e in record['entries'])}"
    return f"{placement.id}:{record['measured_on']}"


def link(session: Session, record: dict[str, Any], secret: str) -> tuple[Placement, str]:
    """Find or create the record's placement; return it with the record's identity."""
    key = cpr_key(secret, record["citizen"]["cpr"])
    p_number = record["site"]["p_number"]
    candidates = select(Placement).where(Placement.cpr_key == key, Placement.p_number == p_number)
    if record["form_type"] == "placement":
        placement = _place(session, record, key, secret, list(session.scalars(candidates)))
        return placement, _identity(record, placement)
    first, last = _form_dates(record)
    # mentor_hours weeks may start before or end after the placement: a week counts if it overlaps.
    overlapping = record["form_type"] == "mentor_hours"
    found = [
        p
        for p in session.scalars(candidates)
        if (p.start <= last and first <= p.end if overlapping else p.start <= first and last <= p.end)
    ]
    if not found:
        span = f"{first.isoformat()}–{last.isoformat()}"
        raise _reject(
            f"no placement of this citizen at site {p_number} covers {span}",
            f"ingen praktik for borgeren på P-nummer {p_number} dækker {span}",
            "site.p_number",
        )
    if len(found) > 1:
        raise _reject(
            f"{len(found)} placements of this citizen at site {p_number} cover these dates; which is meant "
            "cannot be told",
            f"{len(found)} praktikker for borgeren på P-nummer {p_number} dækker datoerne; det kan ikke "
            "afgøres, hvilken der menes",
            "site.p_number",
        )
    if found[0].municipality_code != record["municipality_code"]:
        raise _reject(
            "the placement belongs to another municipality's citizen",
            "praktikken hører til en anden kommunes borger",
            "municipality_code",
        )
    return found[0], _identity(record, found[0])


def _place(
    session: Session, record: dict[str, Any], key: str, secret: str, existing: list[Placement]
) -> Placement:
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
        placement.start, placement.end = start, end
    else:
        placement = Placement(
            agreement_id=agreement.id,
            municipality_code=municipality,
            cpr_key=key,
            participant_id=participant_id(secret, record["citizen"]["cpr"], p_number, start.isoformat()),
            p_number=p_number,
            start=start,
            end=end,
        )
        session.add(placement)
    session.flush()
    return placement
