"""The seeds' 81 citizens as placement plans that reproduce seed 002's published results exactly.

Every plan is one place (`slot`) of one agreement during 2026; the plans of one slot follow each other
without overlap, so an agreement never has more interns at once than places. "Days" of an ended placement
are counted inclusively, `(ended_on - start).days + 1`, and the 60 ended add up to exactly 6000 (100 on
average). The planned period covers whole weeks: `end = start + 7 * weeks - 1` (Monday to Sunday).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from hub.demo.people import NOT_STATED, PURPOSES, Person, draw_people
from hub.demo.plan_records import site_of, to_end_record, to_placement_record

__all__ = ["CitizenPlan", "build_population", "site_of", "to_end_record", "to_placement_record"]

FIRST_START = date(2026, 1, 5)  # a Monday
LAST_START = date(2026, 11, 16)  # the last Monday on or before 2026-11-20
LAST_ENDED_ON = date(2026, 11, 20)
TODAY = date(2026, 11, 22)
AUGUST_DAY = date(2026, 8, 15)
_COMPLETED = frozenset(
    "ordinary_job education flexjob rehabilitation_team other_municipal_offer "
    "internship_other_company".split()
)


@dataclass(frozen=True)
class _Layout:
    agreement_id: str
    slots: tuple[str, ...]  # the municipality whose citizens fill each place
    sites: tuple[int, ...]  # the site index of each place, per the agreement files' site order
    ended: int
    in_progress: int
    ended_days: int  # inclusive days of this agreement's ended placements
    mentors: tuple[str, ...]


# Falck Hovedstaden's ten places turn over fastest: its ended interns average 80 days, the others more.
LAYOUTS = (
    _Layout(
        "falck-hovedstaden",
        tuple(m for m in ("gladsaxe", "ballerup", "herlev", "hoeje-taastrup", "furesoe") for _ in (0, 1)),
        (0, 0, 1, 1, 0, 1, 2, 2, 3, 3),  # Søborg 3, Ballerup 3, Taastrup 2, Farum 2
        32,
        8,
        2560,
        ("Jesper Kragh",),
    ),
    _Layout(
        "brfkredit", ("gentofte",) * 3 + ("lyngby-taarbaek",) * 3, (0,) * 6, 12, 5, 1392, ("Mette Skov",)
    ),
    _Layout(
        "danfoss",
        ("soenderborg",) * 6,
        (0, 0, 0, 0, 1, 1),
        9,
        5,
        1296,
        ("Bente Lauritsen", "Henrik Thygesen"),
    ),
    _Layout("falck-randers", ("randers",) * 4, (0,) * 4, 7, 3, 752, ("Ole Kjærgaard",)),
)


@dataclass(frozen=True)
class CitizenPlan:
    """One citizen's placement: who, where, when, on which benefit, and how it ended (if it has)."""

    agreement_id: str
    municipality: str
    slot: int
    site_index: int
    cpr: str
    name: str
    start: date
    end: date
    ended_on: date | None
    outcome: str | None
    benefit: str
    visitation: str | None
    hours_per_week: str
    mentor: str
    purpose: str

    def days(self) -> int | None:
        """Inclusive days from start to ended_on, or None while in progress."""
        return None if self.ended_on is None else (self.ended_on - self.start).days + 1


def _monday_on_or_after(day: date) -> date:
    """The first Monday on or after a day."""
    return day + timedelta(days=(7 - day.weekday()) % 7)


def _durations(rng: random.Random, outcomes: list[str], total: int) -> list[tuple[int, int]]:
    """(inclusive days, planned weeks) per ended placement, adding up to exactly `total` days."""
    weeks = [rng.choice((13, 13, 13, 17, 20, 26)) for _ in outcomes]
    while 7 * sum(weeks) < total * 6 // 5:  # room to spare: lengthen a random short placement
        i = rng.randrange(len(weeks))
        weeks[i] = min(26, weeks[i] + 4)
    days = [
        rng.randint(7 * w * 3 // 5, 7 * w) if o in _COMPLETED else rng.randint(14, 7 * w * 7 // 10)
        for o, w in zip(outcomes, weeks, strict=True)
    ]
    while (gap := total - sum(days)) != 0:
        i = rng.randrange(len(days))
        step = 1 if gap > 0 else -1
        if 14 <= days[i] + step <= 7 * weeks[i]:
            days[i] += step
    return list(zip(days, weeks, strict=True))


def _schedule(rng: random.Random, layout: _Layout, people: list[Person]) -> list[CitizenPlan] | None:
    """Lay one agreement's people into its places, or None when this draw does not fit the year."""
    ended, running = people[: layout.ended], people[layout.ended :]
    spans = _durations(rng, [p.outcome or "" for p in ended], layout.ended_days)
    free = [FIRST_START + timedelta(weeks=rng.choice((0, 0, 1, 2))) for _ in layout.slots]
    plans: list[CitizenPlan] = []

    def plan(person: Person, slot: int, start: date, weeks: int, ended_on: date | None) -> CitizenPlan:
        municipality = layout.slots[slot]
        return CitizenPlan(
            layout.agreement_id,
            municipality,
            slot,
            layout.sites[slot],
            person.cpr_for(start),
            person.name,
            start,
            start + timedelta(days=7 * weeks - 1),
            ended_on,
            person.outcome if ended_on and person.outcome != NOT_STATED else None,
            person.benefit,
            person.visitation,
            person.hours,
            layout.mentors[slot % len(layout.mentors)],
            PURPOSES[person.visitation or person.benefit],
        )

    for person, (days, weeks) in zip(ended, spans, strict=True):
        slot = min(range(len(free)), key=lambda k: (free[k], k))
        ended_on = free[slot] + timedelta(days=days - 1)
        if ended_on > LAST_ENDED_ON:
            return None
        plans.append(plan(person, slot, free[slot], weeks, ended_on))
        free[slot] = _monday_on_or_after(ended_on + timedelta(days=1 + rng.choice((0, 0, 0, 7))))
    for person in running:
        slot = min(range(len(free)), key=lambda k: (free[k], k))
        weeks = rng.randint(13, 26)
        earliest = max(free[slot], _monday_on_or_after(TODAY - timedelta(days=7 * weeks - 2)))
        start = earliest + timedelta(weeks=rng.choice((0, 1, 2, 3)))
        if start > LAST_START:
            return None
        plans.append(plan(person, slot, start, weeks, None))
        free[slot] = date.max
    return plans


def _covers_august(plans: list[CitizenPlan]) -> bool:
    """Each municipality has an intern active on 2026-08-15."""
    active = {p.municipality for p in plans if p.start <= AUGUST_DAY <= (p.ended_on or p.end)}
    return active == {m for layout in LAYOUTS for m in layout.slots}


def build_population(seed: int = 2015) -> list[CitizenPlan]:
    """The 81 citizens of seed 002 as placement plans; the same seed gives the same plans."""
    rng = random.Random(seed)
    for _attempt in range(10_000):
        people = draw_people(rng)
        ended = [p for p in people if p.outcome]
        running = [p for p in people if not p.outcome]
        plans: list[CitizenPlan] = []
        for layout in LAYOUTS:
            mine = ended[: layout.ended] + running[: layout.in_progress]
            ended, running = ended[layout.ended :], running[layout.in_progress :]
            laid = _schedule(rng, layout, mine)
            if laid is None:
                break
            plans.extend(laid)
        else:
            if _covers_august(plans):
                return plans
    raise RuntimeError(f"seed {seed} found no population that fits 2026")
