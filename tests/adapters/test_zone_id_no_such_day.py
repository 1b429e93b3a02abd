"""A date-time with a bracketed zone id whose day its month lacks or whose hour is past 23 is refused as
the same date-time without its id is (stop 74, review-137): trial-137's `zone_ids` handed it to
`datetime.fromisoformat`, whose bare ValueError stopped the reading where a sender should read why."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError, parse_date


def test_a_day_its_month_lacks_is_refused_saying_so() -> None:
    text = "2027-02-30T00:20+01:00[Europe/Copenhagen]"
    with pytest.raises(TransformError, match="February 2027 has 28 days"):
        parse_date(text)


@pytest.mark.parametrize(
    "text", ["2027-11-01T25:20+01:00[Europe/Copenhagen]", "2027-13-01T00:20+01:00[Europe/Copenhagen]"]
)
def test_an_hour_or_month_past_its_last_is_refused_as_no_date(text: str) -> None:
    with pytest.raises(TransformError, match="not a date|no such day"):
        parse_date(text)
