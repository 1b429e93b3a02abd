"""A notice for whoever sent a placement that takes its site past the places the agreement gives it.

The hub keeps such a placement: the agreement's places are what was agreed, not a limit on what
happened (an intern may start before another's end form came in, a site may take one more for a
while). But the sender should hear it when it happens, not find it later on the dashboard: the
submission's status carries a notice, in English and Danish, naming the site, the most interns it has
at once within the placement's days, and its places. It is worked out when the status is read, so it
says how things stand now (an end form that came in since may have taken it away).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.datewords import days_da
from hub.exports.facts import PlacementFacts
from hub.models import Placement, Record, RecordVersion, Site
from hub.services.facts import facts_of_many
from hub.words import INTERNS, PLACES, counted

Notice = dict[str, str]  # code, message (English), message_da


def overbooked(session: Session, version_ids: Sequence[int]) -> list[Notice]:
    """A notice for each site one of these record versions' placements overbooks (none for a version
    of another form type: only a placement form adds an intern to a site)."""
    placements = session.execute(
        select(Placement)
        .join(Record, Record.placement_id == Placement.id)
        .join(RecordVersion, RecordVersion.record_id == Record.id)
        .where(RecordVersion.id.in_(version_ids), Record.form_type == "placement")
        .order_by(Placement.id)
    ).scalars()
    notices: dict[tuple[str, str], Notice] = {}
    for placement in placements:
        site = session.scalar(
            select(Site).where(
                Site.agreement_id == placement.agreement_id, Site.p_number == placement.p_number
            )
        )
        key = (placement.agreement_id, placement.p_number)
        if site is None or key in notices:
            continue
        notice = _notice(session, placement, site)
        if notice is not None:
            notices[key] = notice
    return list(notices.values())


def _notice(session: Session, placement: Placement, site: Site) -> Notice | None:
    neighbours = session.scalars(
        select(Placement.id).where(
            Placement.agreement_id == placement.agreement_id,
            Placement.p_number == placement.p_number,
            Placement.start <= placement.end,
            Placement.end >= placement.start,
        )
    ).all()
    facts = {f.placement_id: f for f in facts_of_many(session, list(neighbours))}
    own = facts.get(placement.id)
    if own is None:
        return None
    most, first, last = peak(list(facts.values()), own.start, own.last_day)
    if most <= site.places:
        return None
    return said(site.name or site.p_number, site.p_number, most, (first, last), site.places)


def said(name: str, p_number: str, most: int, days: tuple[date, date], places: int) -> Notice:
    """The notice in both languages: one intern and one place said as one ("1 plads", "1 place"), and
    every count grouped as its reader groups it (decision 0062)."""
    first, last = days
    interns_en, interns_da = counted(most, *INTERNS)
    places_en, places_da = counted(places, *PLACES)
    return {
        "code": "site_overbooked",
        "message": (
            f"{name} (P-number {p_number}) has {interns_en} at once from {first.isoformat()} to "
            f"{last.isoformat()}, and {places_en} in the agreement. The placement is kept; "
            "if it is a mistake, correct the placement or the agreement."
        ),
        "message_da": (
            f"{name} (P-nummer {p_number}) har {interns_da} på samme tid "
            f"{days_da(first, last)}, og {places_da} i aftalen. Praktikken er gemt; "
            "er det en fejl, så ret praktikken eller aftalen."
        ),
    }


def peak(placements: Sequence[PlacementFacts], first: date, last: date) -> tuple[int, date, date]:
    """The most placements running on one day of `first..last`, and the first stretch of days with
    that many (an end form's day ends a placement; a placement with no day in the span counts for none;
    one ending the day before another starts leaves the count as it was)."""
    changes: dict[date, int] = {}
    for facts in placements:
        start, stop = max(facts.start, first), min(facts.last_day, last)
        if start <= stop:
            changes[start] = changes.get(start, 0) + 1
            changes[stop + timedelta(days=1)] = changes.get(stop + timedelta(days=1), 0) - 1
    counts: list[tuple[date, int]] = []
    for day in sorted(day for day, change in changes.items() if change):
        counts.append((day, (counts[-1][1] if counts else 0) + changes[day]))
    most = max((count for _, count in counts), default=0)
    for n, (day, count) in enumerate(counts):
        if count == most and most:
            # The stretch runs until the count next changes (the last change always brings it to 0).
            return most, day, min(counts[n + 1][0] - timedelta(days=1), last)
    return 0, first, last
