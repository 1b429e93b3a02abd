"""Hours as R writes a difftime (trial-112): `format(slut - start)` picks the unit for each value and
writes it in English, "1.5 hours", "45 mins", and "1 hours" for one hour (R never writes the singular).
Read as the Danish unit words are; a unit R writes that is no length of a visit ("3 weeks"; its secs and
days are `test_hours_r_difftime_secs_days.py`'s) and an English word around a number ("about 3 hours")
are still refused saying so."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("1.5 hours", "1.5"), ("1 hours", "1.0"), ("2.25 hours", "2.25"), ("45 mins", "0.75"),
     ("90 mins", "1.5"), ("1 hour", "1.0"), ("1 hour 30 mins", "1.5"), ("1,5 Hours", "1.5")],
)  # fmt: skip
def test_r_difftime_hours_and_minutes_are_read(written: str, expected: str) -> None:
    """Before: each refused "hours written with words that are not read"."""
    assert hours(written) == expected


@pytest.mark.parametrize("written", ["3 weeks", "about 3 hours", "1.5 hours 30 mins"])
def test_other_english_words_are_still_refused(written: str) -> None:
    with pytest.raises(TransformError):
        hours(written)


def test_minutes_r_writes_that_make_no_exact_hours_are_refused_not_rounded() -> None:
    with pytest.raises(TransformError) as info:
        hours("50 mins")
    assert info.value.reason_en.startswith("minutes that make no exact decimal hours: '50 mins'")
