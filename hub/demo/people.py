"""The demo's fictitious people: the 81 citizens' traits in seed 002's proportions."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

# The seed's eight outcome rows add up to 59, not the 60 it says ended. The 60th ended without a stated
# outcome: its end form leaves the outcome blank (docs/decisions/0005-seed-outcomes.md).
NOT_STATED = "not_stated"
OUTCOME_COUNTS = (
    ("ordinary_job", 4),
    ("education", 4),
    ("flexjob", 7),
    ("rehabilitation_team", 4),
    ("other_municipal_offer", 10),
    ("internship_other_company", 7),
    ("long_term_sick", 5),
    ("stopped_other", 18),
    (NOT_STATED, 1),
)
IN_PROGRESS = 21
BENEFIT_COUNTS = (
    (("kontanthjaelp", "aktivitetsparat"), 23),
    (("uddannelseshjaelp", "uddannelsesparat"), 14),
    (("kontanthjaelp", "jobparat"), 6),
    (("uddannelseshjaelp", "aktivitetsparat"), 10),
    (("sygedagpenge", None), 16),
    (("ledighedsydelse", None), 6),
    (("ressourceforloebsydelse", None), 4),
    (("selvforsoergende", None), 1),
    (("unknown", None), 1),
)
MEN, WOMEN, UNDER_30 = 57, 24, 30

PURPOSES = {
    "jobparat": "Opkvalificering og vej mod ordinært job",
    "aktivitetsparat": "Afklaring af arbejdsevne og små skridt mod arbejdsmarkedet",
    "uddannelsesparat": "Afklaring af uddannelsesmål og arbejdsvaner",
    "sygedagpenge": "Gradvis tilbagevenden til arbejde efter sygemelding",
    "ledighedsydelse": "Afprøvning af skånehensyn med henblik på fleksjob",
    "ressourceforloebsydelse": "Del af ressourceforløbet: afprøvning af arbejdsevne",
    "selvforsoergende": "Afklaring af arbejdsevne og vej mod job",
    "unknown": "Afklaring af arbejdsevne",
}
_MEN = (
    "Anders Mads Rasmus Søren Mikkel Jonas Kasper Frederik Thomas Martin Nikolaj Emil Christian "
    "Jakob Mathias Morten Peter Simon Lasse Oliver"
).split()
_WOMEN = (
    "Anne Mette Camilla Louise Sofie Ida Julie Maria Katrine Line Cecilie Emma Signe Maja Nanna Stine"
).split()
_SURNAMES = (
    "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
    "Petersen Madsen Kristensen Olsen Thomsen Poulsen Johansen Møller Mortensen Knudsen Jakobsen "
    "Lauridsen Holm Bak Vestergaard"
).split()
_HOURS = ("15.0", "18.5", "20.0", "25.0", "30.0", "37.0")


def seventh_digits(year: int) -> str:
    """The CPR 7th digits that give a birth year its century (the CPR office's table)."""
    yy = year % 100
    if 1900 <= year <= 1999:
        return "0123" + ("49" if yy >= 37 else "")
    if 2000 <= year <= 2036:
        return "495678"
    if 1858 <= year <= 1899 or 2037 <= year <= 2057:
        return "5678"
    raise ValueError(f"no CPR number can hold the birth year {year}")


@dataclass(frozen=True)
class Person:
    """One citizen's traits; the CPR number follows from the age at the placement's start."""

    name: str
    male: bool
    age: int  # whole years at the start of the placement
    birthday_offset: int  # 0-364: days before the latest birth date that gives this age
    seventh_pick: int
    tail: str  # CPR digits 8-10, unique per person; the last digit's parity is the sex
    benefit: str
    visitation: str | None
    outcome: str | None
    hours: str

    def cpr_for(self, start: date) -> str:
        """The CPR number of someone exactly `age` years old on `start`."""
        birth = start.replace(year=start.year - self.age) - timedelta(days=self.birthday_offset)
        digits = seventh_digits(birth.year)
        return f"{birth:%d%m%y}{digits[self.seventh_pick % len(digits)]}{self.tail}"


def draw_people(rng: random.Random) -> list[Person]:
    """81 people in seed 002's proportions of outcome, benefit, sex and age, in a random order."""
    outcomes: list[str | None] = [o for o, n in OUTCOME_COUNTS for _ in range(n)] + [None] * IN_PROGRESS
    benefits = [pair for pair, n in BENEFIT_COUNTS for _ in range(n)]
    rng.shuffle(outcomes)
    rng.shuffle(benefits)
    # Uddannelseshjælp is for the young: all 24 are under 30, and six on kontanthjælp make up the 30.
    young_cash = set(
        rng.sample(
            [i for i, b in enumerate(benefits) if b[0] == "kontanthjaelp"],
            UNDER_30 - sum(b[0] == "uddannelseshjaelp" for b in benefits),
        )
    )
    males = [True] * MEN + [False] * WOMEN
    rng.shuffle(males)
    tails = iter(rng.sample(range(500), len(benefits)))
    names: set[str] = set()
    people = []
    for i, ((benefit, visitation), outcome, male) in enumerate(zip(benefits, outcomes, males, strict=True)):
        young = benefit == "uddannelseshjaelp" or i in young_cash
        while (name := f"{rng.choice(_MEN if male else _WOMEN)} {rng.choice(_SURNAMES)}") in names:
            pass
        names.add(name)
        hours = rng.choice(_HOURS[:3] if benefit == "sygedagpenge" else _HOURS)
        people.append(
            Person(
                name,
                male,
                rng.randint(18, 29) if young else rng.randint(30, 62),
                rng.randrange(365),
                rng.randrange(6),
                f"{2 * next(tails) + male:03d}",
                benefit,
                visitation,
                outcome,
                hours,
            )
        )
    return people
