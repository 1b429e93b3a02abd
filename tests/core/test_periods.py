"""Claim periods: parsed from what people type, named in both languages, counted in days."""

from __future__ import annotations

from datetime import date

import pytest

from hub.periods import Period, PeriodError, month_of, parse_period


@pytest.mark.parametrize(
    ("text", "start", "end", "kind"),
    [
        ("2026-08", date(2026, 8, 1), date(2026, 8, 31), "month"),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28), "month"),
        ("2028-02", date(2028, 2, 1), date(2028, 2, 29), "month"),
        ("2026-q3", date(2026, 7, 1), date(2026, 9, 30), "quarter"),
        ("2026-Q4", date(2026, 10, 1), date(2026, 12, 31), "quarter"),
        ("2026-H1", date(2026, 1, 1), date(2026, 6, 30), "half_year"),
        (" 2026-H2 ", date(2026, 7, 1), date(2026, 12, 31), "half_year"),
    ],
)
def test_periods_are_read(text: str, start: date, end: date, kind: str) -> None:
    period = parse_period(text)
    assert (period.start, period.end, period.kind) == (start, end, kind)
    assert parse_period(period.label) == period


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026-Q5", "2026-H3", "aug 2026", "2026", "0001-01"])
def test_a_bad_period_names_the_ways_to_write_one(text: str) -> None:
    with pytest.raises(PeriodError) as caught:
        parse_period(text)
    assert "2026-Q3" in caught.value.message and "ikke en periode" in caught.value.message_da


def test_names_in_both_languages() -> None:
    assert parse_period("2026-08").describe("da") == "august 2026"
    assert parse_period("2026-08").describe("en") == "August 2026"
    assert parse_period("2026-Q3").describe("da") == "3. kvartal 2026"
    assert parse_period("2026-H2").describe("en") == "H2 2026"


def test_days_and_overlap() -> None:
    august = parse_period("2026-08")
    assert august.days == 31
    assert august.overlap_days(date(2026, 8, 19), date(2026, 11, 1)) == 13  # 19th..31st
    assert august.overlap_days(date(2026, 5, 4), date(2026, 8, 7)) == 7
    assert august.overlap_days(date(2026, 9, 1), date(2026, 9, 30)) == 0
    assert [m.label for m in parse_period("2026-Q3").months()] == ["2026-07", "2026-08", "2026-09"]
    assert month_of(date(2026, 12, 31)) == Period(date(2026, 12, 1), date(2026, 12, 31), "month")


def test_kind_future_and_unfinished_are_refused() -> None:
    august = parse_period("2026-08")
    august.require_kind("month", "Gladsaxe")
    with pytest.raises(PeriodError) as caught:
        august.require_kind("quarter", "Ballerup")
    assert caught.value.message_da == "Ballerup afregner pr. kvartal; august 2026 er ikke et kvartal"
    august.require_ended(date(2026, 9, 1))
    with pytest.raises(PeriodError, match="has not ended") as caught:
        august.require_ended(date(2026, 8, 31))
    # The Danish line as a caseworker writes a period and a date; the English one as the API takes them.
    assert caught.value.message_da == "perioden august 2026 er ikke slut endnu (den slutter 31. aug. 2026)"
    assert caught.value.message == "the period 2026-08 has not ended yet (it ends 2026-08-31)"
    with pytest.raises(PeriodError, match="in the future") as caught:
        august.require_started(date(2026, 7, 31))
    assert caught.value.message_da == "perioden august 2026 ligger i fremtiden (i dag er 31. jul. 2026)"
