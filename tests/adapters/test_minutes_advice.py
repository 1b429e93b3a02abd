"""Minutes that make no exact decimal hours in an hours cell (fixes-128): refused, never rounded, with
advice the sender can follow. "Write the hours with a decimal comma" could not be followed for 50 minutes
(0.8333… hours); the refusal now names the hours and the two decimals either side a record holds, the
multiples of 3 minutes, and the sender says which is owed (decision 0060, "Stop 73: fixes-128")."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


@pytest.mark.parametrize("written", ["50 min", "50 minutter", "0:50", "PT50M", "50m0s"])
def test_fifty_minutes_are_refused_naming_the_hours_either_side(written: str) -> None:
    """50 minutes are 5/6 hours; 48 minutes are 0.8 hours and 51 minutes 0.85 hours exactly."""
    with pytest.raises(TransformError) as info:
        hours(written)
    assert info.value.reason_en == (
        f"minutes that make no exact decimal hours: '{written}' is 0.8333… hours, and paid hours are never"
        " rounded (write the hours owed with a decimal comma, e.g. 0,8 for 48 minutes or 0,85 for 51 minutes)"
    )
    assert info.value.reason_da == (
        f"minutter, der ikke giver et præcist antal timer: '{written}' er 0,8333… timer, og betalte timer"
        " rundes aldrig af (skriv de skyldige timer med decimalkomma, fx 0,8 for 48 minutter eller 0,85 for"
        " 51 minutter)"
    )


def test_the_hours_before_the_minutes_are_in_the_advice() -> None:
    """2 t 10 min is 130 minutes, 2.1666… hours: 129 minutes are 2.15 hours, 132 are 2.2."""
    with pytest.raises(TransformError) as info:
        hours("2 t 10 min")
    assert "is 2.1666… hours" in info.value.reason_en
    assert "e.g. 2,15 for 129 minutes or 2,2 for 132 minutes)" in info.value.reason_en


@pytest.mark.parametrize(("written", "expected"), [("0,8", "0.8"), ("0,85", "0.85"), ("2,15", "2.15")])
def test_the_advice_is_read_as_written(written: str, expected: str) -> None:
    """Each decimal the advice names is read exactly (a guard: the advice can be followed)."""
    assert hours(written) == expected


@pytest.mark.parametrize(
    ("written", "what"), [("1 min", "minutes"), ("0:02", "minutes"), ("0:00:15", "seconds")]
)
def test_under_three_minutes_the_advice_is_the_one_step_there_is_or_none_owed(
    written: str, what: str
) -> None:
    """Under 3 minutes the step below was "0,0 for 0 minutes" (review-132): no hours to write down."""
    with pytest.raises(TransformError) as info:
        hours(written)
    assert info.value.reason_en.endswith(
        "(write the hours owed with a decimal comma, e.g. 0,05 for 3 minutes, or 0 if no time is owed)"
    )
    assert info.value.reason_da.endswith(
        "(skriv de skyldige timer med decimalkomma, fx 0,05 for 3 minutter, eller 0, hvis der ikke skyldes"
        " nogen tid)"
    )
    assert what in info.value.reason_en and hours("0") == "0.0"
