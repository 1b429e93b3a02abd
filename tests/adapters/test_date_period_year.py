"""A list's day checked in a period its document states as a year alone (`periode="2027"`; decision 0068,
"Stop 70: review-118"): the calendar year, 1 January to 31 December, not the ISO week-year the same text
is to a list's weeks. 2 January 2027 is a Saturday of 2026-W53 and was refused on a report of 2027; 1
January 2028 is a Saturday of 2027-W52 and was read among 2027's visits.

Greve's mentor report (the fifty-seventh trial) names its period for its visits' days, `{ name = "date",
period = "/m:mentorbesoeg/@periode" }`; its seed states `periode="2027-03"`, here made `"2027"`."""

from __future__ import annotations

import pytest
from test_fuzz_forms_fuzz116 import WHAT_DA, WHAT_EN, _once, _read, _refused, _seed


def _report_of_2027(day: bytes) -> bytes:
    """Greve's seed stating the year 2027 alone, its first course's second visit (04-03-2027) on `day`,
    attested after the year's end (a visit after its attestation is refused, decision 0064, "Stop 72")."""
    seed = _once(_seed("greve", "mentorbesoeg.xml"), b' periode="2027-03"', b' periode="2027"')
    seed = _once(seed, b"<tidspunkt>2027-03-31T16:40:00+02:00<", b"<tidspunkt>2028-01-03T16:40:00+01:00<")
    return _once(seed, b"<dato>04-03-2027</dato>", b"<dato>" + day + b"</dato>")


@pytest.mark.parametrize(("day", "week"), [(b"02-01-2027", "2026-W53"), (b"31-12-2027", "2027-W52")])
def test_a_day_of_the_stated_year_is_read_in_whichever_week_year_it_lies(day: bytes, week: str) -> None:
    records = _read("greve", "mentorbesoeg.xml", _report_of_2027(day))
    assert isinstance(records, list)
    assert week in [e["week"] for r in records for e in r["entries"]]


@pytest.mark.parametrize(("day", "da"), [(b"01-01-2028", "1-01-2028"), (b"31-12-2026", "31-12-2026")])
def test_a_day_of_another_year_is_refused_naming_the_calendar_year(day: bytes, da: str) -> None:
    [problem] = _refused("greve", "mentorbesoeg.xml", _report_of_2027(day)).problems
    said = day.decode()
    assert problem.locator == "/mentorbesoeg/forloeb[1]/besoeg[2]/dato"
    assert problem.reason_en == (
        f"the day '{said}' lies outside the period the document states, 2027-01-01 to 2027-12-31: {WHAT_EN}"
    )
    assert problem.reason_da == (
        f"dagen '{said}' ligger uden for den periode, dokumentet angiver, 1-01-2027 til 31-12-2027: {WHAT_DA}"
    )
