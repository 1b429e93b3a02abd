"""Seed 002's results table (in progress, outcomes, benefits, sex, age, days) from canonical records.

Counts are per placement (the seed has one placement per citizen). Sex and age come from the CPR number:
an odd last digit is a man; "under 30" is the whole years of age on `period.start`, so a citizen whose
30th birthday is the start day is 30. The days of an ended placement are counted inclusively,
`(ended_on - start).days + 1`; their average is rounded half-up to one decimal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from hub.datewords import day_da, day_text
from hub.exports.outcome_table import format_table
from hub.schemas.cpr import cpr_born_and_male
from hub.schemas.records import OUTCOMES

__all__ = [
    "BENEFIT_ROWS",
    "OutcomeConflict",
    "OutcomeReport",
    "age_on",
    "benefit_row",
    "compute_outcomes",
    "format_table",
]

# The seed's nine benefit rows, in its order: "benefit/visitation", or the benefit alone without one.
BENEFIT_ROWS = (
    "kontanthjaelp/aktivitetsparat",
    "uddannelseshjaelp/uddannelsesparat",
    "kontanthjaelp/jobparat",
    "uddannelseshjaelp/aktivitetsparat",
    "sygedagpenge",
    "ledighedsydelse",
    "ressourceforloebsydelse",
    "selvforsoergende",
    "unknown",
)


@dataclass(frozen=True)
class OutcomeReport:
    """The results table: counts per status, outcome, benefit row and sex, and the ended's average days."""

    in_progress: int
    ended: int
    outcomes: Mapping[str, int]
    benefits: Mapping[str, int]
    male: int
    female: int
    under_30: int
    average_days_ended: Decimal | None  # None when nothing has ended

    @property
    def total(self) -> int:
        """All placements, in progress or ended."""
        return self.in_progress + self.ended

    @property
    def unstated(self) -> int:
        """The ended placements whose end form left the outcome blank (counted as ended only)."""
        return self.ended - sum(self.outcomes.values())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; the average is an int when whole (100), else a float with one decimal (100.5)."""
        average: int | float | None = None
        if self.average_days_ended is not None:
            whole = self.average_days_ended == self.average_days_ended.to_integral_value()
            average = int(self.average_days_ended) if whole else float(self.average_days_ended)
        return {
            "in_progress": self.in_progress,
            "ended": self.ended,
            "outcomes": dict(self.outcomes),
            "benefits": dict(self.benefits),
            "sex": {"male": self.male, "female": self.female},
            "under_30": self.under_30,
            "average_days_ended": average,
        }


class OutcomeConflict(ValueError):
    """Stored records the table cannot count as they stand (a corrected placement no longer holds its
    end's date, two ends of one placement). The text names the end by its site and date, never by the
    citizen's CPR number: it reaches the caseworker's terminal. English in `args[0]`, Danish in `da`."""

    def __init__(self, en: str, da: str) -> None:
        super().__init__(en)
        self.da = da


def age_on(birth: date, day: date) -> int:
    """Whole years of age on a day (someone born 29 February turns a year older on 1 March)."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def benefit_row(placement: Mapping[str, Any]) -> str:
    """The benefit row of a placement: "benefit/visitation", or the benefit alone where it has none."""
    visitation = placement.get("visitation")
    return f"{placement['benefit']}/{visitation}" if visitation else str(placement["benefit"])


def _link(placements: list[Mapping[str, Any]], end: Mapping[str, Any]) -> int:
    """The index of the one placement an end names (same CPR and P-number, period covering ended_on)."""
    cpr, p_number, ended_on = end["citizen"]["cpr"], end["site"]["p_number"], end["ended_on"]
    matches = [
        i
        for i, p in enumerate(placements)
        if p["citizen"]["cpr"] == cpr
        and p["site"]["p_number"] == p_number
        and p["period"]["start"] <= ended_on <= p["period"]["end"]
    ]
    if len(matches) != 1:
        day = date.fromisoformat(ended_on)
        en_day, da_day = day_text(day, "en"), day_da(day)
        if not matches:
            raise OutcomeConflict(
                f"the end form of a placement at P-number {p_number} ended {en_day}: no placement of its"
                " citizen there holds that date (was the placement corrected?)",
                f"afslutningsskemaet for en praktik på P-nummer {p_number} afsluttet {da_day}: ingen praktik"
                " for borgeren dér omfatter den dato (er praktikken blevet rettet?)",
            )
        raise OutcomeConflict(
            f"the end form of a placement at P-number {p_number} ended {en_day}: {len(matches)}"
            " placements of its citizen there hold that date",
            f"afslutningsskemaet for en praktik på P-nummer {p_number} afsluttet {da_day}:"
            f" {len(matches)} praktikker for borgeren dér omfatter den dato",
        )
    return matches[0]


def compute_outcomes(
    placements: Iterable[Mapping[str, Any]], ends: Iterable[Mapping[str, Any]]
) -> OutcomeReport:
    """The results table from one current record per placement and per placement_end."""
    placed = list(placements)
    ended_by: dict[int, Mapping[str, Any]] = {}
    for end in ends:
        index = _link(placed, end)
        if index in ended_by:
            p_number = end["site"]["p_number"]
            raise OutcomeConflict(
                f"a placement at P-number {p_number} has more than one end form",
                f"en praktik på P-nummer {p_number} har mere end ét afslutningsskema",
            )
        if end["outcome"] is not None and end["outcome"] not in OUTCOMES:
            raise ValueError(f"unknown outcome {end['outcome']!r}")
        ended_by[index] = end
    outcomes = dict.fromkeys(OUTCOMES, 0)
    benefits = dict.fromkeys(BENEFIT_ROWS, 0)
    male = under_30 = days = 0
    for index, placement in enumerate(placed):
        cpr, start = placement["citizen"]["cpr"], date.fromisoformat(placement["period"]["start"])
        born, is_male = cpr_born_and_male(cpr)
        male += is_male
        under_30 += age_on(born, start) < 30
        row = benefit_row(placement)
        benefits[row] = benefits.get(row, 0) + 1
        if (closing := ended_by.get(index)) is not None:
            if closing["outcome"] is not None:  # an end whose outcome was left blank counts as ended only
                outcomes[closing["outcome"]] += 1
            days += (date.fromisoformat(closing["ended_on"]) - start).days + 1
    extra = sorted(set(benefits) - set(BENEFIT_ROWS))
    average = None
    if ended_by:
        average = (Decimal(days) / len(ended_by)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return OutcomeReport(
        in_progress=len(placed) - len(ended_by),
        ended=len(ended_by),
        outcomes=outcomes,
        benefits={row: benefits[row] for row in (*BENEFIT_ROWS, *extra)},
        male=male,
        female=len(placed) - male,
        under_30=under_30,
        average_days_ended=average,
    )
