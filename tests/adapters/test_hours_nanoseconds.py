"""A Go `time.Duration` written as its nanoseconds in an hours field (stop 64, fixes-88; trial-85 probed
`encoding/xml` with a field left a `time.Duration`: `varighed="2700000000000"`). It was read as
2700000000000 hours and the schema refused the week "not a decimal number with at most 4 decimals":
the figure has too many digits, not too many decimals. The hours transform now refuses it saying what
it is as nanoseconds; the schema says what is wrong with a figure of too many digits."""

from __future__ import annotations

import copy

import pytest
from marshmallow import ValidationError

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.schemas.messages import problems_from_validation
from hub.schemas.records import load_records
from tests.schemas.test_schema_messages import HOURS


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


def refusal(text: str) -> TransformError:
    with pytest.raises(TransformError) as info:
        hours(text)
    return info.value


def test_nanoseconds_are_refused_saying_the_length_they_are() -> None:
    """2 700 000 000 000 ns = 2 700 s = 45 minutes."""
    refused = refusal("2700000000000")
    assert refused.reason_en == (
        "not hours: '2700000000000' is a length of time in nanoseconds, 45 minutes, as a Go program writes"
        " a time.Duration not turned into text: ask the sender to write the hours (or Go's text, such as"
        " 1h30m0s)"
    )
    assert refused.reason_da.startswith(
        "ikke timer: '2700000000000' er en varighed i nanosekunder, 45 minutter, som et Go-program"
    )


@pytest.mark.parametrize(
    ("written", "length_en", "length_da"),
    [("5400000000000", "1 hour, 30 minutes", "1 time, 30 minutter"),  # 5 400 s
     ("3723000000000", "1 hour, 2 minutes, 3 seconds", "1 time, 2 minutter, 3 sekunder"),  # 3 723 s
     ("604800000000000", "168 hours", "168 timer"),  # a week's 604 800 s
     ("2700000000000,0", "45 minutes", "45 minutter")],
)  # fmt: skip
def test_each_length_is_said_in_hours_minutes_and_seconds(
    written: str, length_en: str, length_da: str
) -> None:
    refused = refusal(written)
    assert f"in nanoseconds, {length_en}, as" in refused.reason_en
    assert f"i nanosekunder, {length_da}, som" in refused.reason_da


@pytest.mark.parametrize(
    "written",
    # The last two pass Decimal's 28 digits once divided by 10⁹ (fuzz-107: a `<timer>` of 400 nines).
    ["2700000000001", "604801000000000", "12345678901", "1" + "0" * 40, "9" * 40],
)
def test_a_figure_too_large_for_hours_that_is_no_whole_seconds_or_over_a_week_is_said_too_large(
    written: str,
) -> None:
    """Not whole seconds as nanoseconds, or more than a week: nothing to say what it is, only that no
    hours are so many."""
    refused = refusal(written)
    assert refused.reason_en == f"too large a number for hours: '{written}' (a week has 168 hours)"
    assert refused.reason_da == f"for stort et tal til timer: '{written}' (en uge har 168 timer)"


@pytest.mark.parametrize(("written", "expected"), [("999999999", "999999999.0"), ("168", "168.0")])
def test_figures_of_at_most_nine_digits_are_read_as_before(written: str, expected: str) -> None:
    assert hours(written) == expected


def test_the_schema_says_a_figure_has_too_many_digits_not_too_many_decimals() -> None:
    record = copy.deepcopy(HOURS) | {
        "entries": [{"week": "2026-W33", "hours": "5400000000000.0"}],
        "total_hours": "5400000000000.0",
    }
    with pytest.raises(ValidationError) as caught:
        load_records([record])
    problems = problems_from_validation(caught.value.messages, file="f.json")
    reasons = {(p.reason_en, p.reason_da) for p in problems}
    assert (
        "hours has more than 9 digits before the decimal point: '5400000000000.0'",
        "Timetallet har mere end 9 cifre før decimaltegnet: '5400000000000.0'.",
    ) in reasons
