"""The parts every audit check is made of (`completeness`, `completeness_hours`): a check's result, and the
documents it cites."""

from __future__ import annotations

from dataclasses import dataclass

from hub.exports.facts import Source


@dataclass(frozen=True)
class Check:
    """One rule applied to one placement: `ok`, `missing` or `wrong`, why, and what it looked at."""

    rule: str
    status: str
    detail_en: str
    detail_da: str
    documents: tuple[Source, ...] = ()


TIMESHEETS = (("timesheet", "timesheets"), ("timeseddel", "timesedler"))


def ok(rule: str, en: str, da: str, documents: tuple[Source, ...] = ()) -> Check:
    """A rule whose evidence is there and right."""
    return Check(rule, "ok", en, da, documents)


def problem(rule: str, status: str, en: str, da: str, documents: tuple[Source, ...] = ()) -> Check:
    """A rule whose evidence is `missing` or `wrong`."""
    return Check(rule, status, en, da, documents)


def sources(*groups: object) -> tuple[Source, ...]:
    """The sources of the given facts, in order, without gaps."""
    found: list[Source] = []
    for group in groups:
        for fact in group:  # type: ignore[attr-defined]
            if fact.source is not None:
                found.append(fact.source)
    return tuple(found)
