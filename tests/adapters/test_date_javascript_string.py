"""JavaScript's `Date` as its `toString()` writes it, `Mon Mar 15 2027 00:00:00 GMT+0100 (Centraleuropæisk
normaltid)`: a web page's export hands its model's `Date`s on as text (zipcelx has no date cell; decision
0060, "Stop 69: trial-114"). Read as the moment's day in Denmark, as every date with an offset is, the
zone's name in the browser's language ignored; the weekday and the day still checked."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.suggest.values import date_like


def day(text: str) -> str:
    return TRANSFORMS["date"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("Mon Mar 15 2027 00:00:00 GMT+0100 (Centraleuropæisk normaltid)", "2027-03-15"),  # a Danish browser
     ("Thu Apr 01 2027 00:00:00 GMT+0200 (Centraleuropæisk sommertid)", "2027-04-01"),
     ("Mon Mar 15 2027 00:00:00 GMT+0100 (Central European Standard Time)", "2027-03-15"),  # an English one
     ("Sun Mar 14 2027 23:00:00 GMT+0000 (Coordinated Universal Time)", "2027-03-15"),  # a server in UTC
     ("Mon Mar 15 2027 09:30:00 GMT+0100", "2027-03-15")],  # an engine that names no zone
)  # fmt: skip
def test_a_javascript_date_string_is_read_as_its_day_in_denmark(written: str, expected: str) -> None:
    assert day(written) == expected
    assert date_like(written)  # `hub adapters suggest` drafts such a column as a date


def test_the_weekday_is_checked() -> None:
    with pytest.raises(TransformError, match="the weekday does not match the date: .* is a Monday"):
        day("Tue Mar 15 2027 00:00:00 GMT+0100 (Centraleuropæisk normaltid)")


def test_a_day_the_month_lacks_is_no_such_day() -> None:
    with pytest.raises(TransformError, match="no such day: .* is 30 February 2027"):
        day("Tue Feb 30 2027 00:00:00 GMT+0100 (Centraleuropæisk normaltid)")


@pytest.mark.parametrize(
    "written",
    ["Mon Mar 15 2027 00:00:00 GMT+2000 (x)",  # no offset: 20 hours
     "Mon Mar 15 2027 00:00:00 CET (Centraleuropæisk normaltid)",  # the zone GMT and its offset, always
     "Mon Mar 15 2027 00:00 GMT+0100 (CET)"],  # toString() always writes the seconds
)  # fmt: skip
def test_other_shapes_are_still_no_date(written: str) -> None:
    with pytest.raises(TransformError, match="not a date"):
        day(written)
