"""Hours written with words on a timesheet (words-69): read where the words say hours and minutes, else
refused saying words were written and how to write hours; never "space inside a number"."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("1 t. 30 min.", "1.5"), ("45 min", "0.75"), ("1 time 30 minutter", "1.5"), ("2 t. og 15 min.", "2.25"),
     ("90 min", "1.5"), ("30 minutter", "0.5"), ("1t30min", "1.5"), ("7 h 30 min", "7.5")],
)  # fmt: skip
def test_hours_and_minutes_in_words_are_read(written: str, expected: str) -> None:
    """Before: each was refused "space inside a number ... (a space may only separate
    thousands)"; 1 t. 30 min. is one and a half hours as 1:30 is."""
    assert hours(written) == expected


@pytest.mark.parametrize("written", ["1 t. 20 min.", "10 min"])
def test_minutes_that_make_no_exact_hours_are_refused_not_rounded(written: str) -> None:
    with pytest.raises(TransformError) as info:
        hours(written)
    assert info.value.reason_en == (
        f"minutes that make no exact decimal hours: '{written}' (write the hours with a decimal comma)"
    )


def test_minutes_past_an_hour_after_the_hours_are_refused() -> None:
    with pytest.raises(TransformError) as info:
        hours("1 t. 75 min.")
    assert info.value.reason_en == (
        "more than 59 minutes after the hours: '1 t. 75 min.' (write hours as a number, e.g. 1,5)"
    )
    assert info.value.reason_da == (
        "mere end 59 minutter efter timerne: '1 t. 75 min.' (skriv timerne som et tal, fx 1,5)"
    )


@pytest.mark.parametrize("written", ["ca. 3 t", "3 t 30", "1 t. 30 sek.", "18 t/uge", "3 dage"])
def test_other_words_in_hours_are_said_to_be_words_with_how_to_write_hours(written: str) -> None:
    """Before: "space inside a number", which sent the caseworker looking for a stray space."""
    with pytest.raises(TransformError) as info:
        hours(written)
    assert info.value.reason_en == (
        f"hours written with words that are not read: '{written}'"
        " (write hours as a number, e.g. 1,5, or as hours and minutes, e.g. '1 t. 30 min.')"
    )
    assert info.value.reason_da == (
        f"timer skrevet med ord, der ikke læses: '{written}'"
        " (skriv timerne som et tal, fx 1,5, eller som timer og minutter, fx '1 t. 30 min.')"
    )


def test_an_amount_with_a_word_after_it_is_not_a_number_not_a_misplaced_space() -> None:
    """Before: "275 kroner" was "space inside a number"; the word is what the money transform cannot read."""
    with pytest.raises(TransformError) as info:
        TRANSFORMS["money"].func("275 kroner", {})
    assert info.value.reason_en == "not a number: '275 kroner'"
    assert info.value.reason_da == "ikke et tal: '275 kroner'"
