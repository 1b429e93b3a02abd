"""Hours written as a clock with seconds and a part of a second, as a program writes a duration's
milliseconds (`07:30:00.000`; decision 0061, "Stop 65: fixes-93"): read where they make exact hours, as
XML Schema's `PT7H30M0.000S` is, and refused naming the seconds where they do not, never "not a number"."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("07:30:00.000", "7.5"), ("07:30:00,000", "7.5"), ("PT7H30M0.000S", "7.5"), ("07:30:36", "7.51"),
     ("07:30:00", "7.5"), ("0:45", "0.75")],
)  # fmt: skip
def test_a_clock_with_milliseconds_or_seconds_making_exact_hours_is_read(written: str, expected: str) -> None:
    assert hours(written) == expected


@pytest.mark.parametrize("written", ["07:30:00.250", "07:30:15", "1:30:00.5"])
def test_seconds_that_make_no_exact_hours_are_named(written: str) -> None:
    with pytest.raises(TransformError) as caught:
        hours(written)
    # The figures and the advice (fixes-132) are `test_seconds_advice`'s.
    assert caught.value.reason_en.startswith(f"seconds that make no exact decimal hours: '{written}' is ")
    assert caught.value.reason_da.startswith(
        f"sekunder, der ikke giver et præcist antal timer: '{written}' er "
    )


def test_minutes_that_make_no_exact_hours_are_said_as_before() -> None:
    with pytest.raises(TransformError, match="minutes that make no exact decimal hours: '7:20'"):
        hours("7:20")
