"""Hours written as an XML Schema duration (trial-75): Rebild's Java system writes a talk's length as
`java.time.Duration` prints it, `PT1H30M`; before, every such value was refused "hours written with
words that are not read"."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("PT1H30M", "1.5"), ("PT45M", "0.75"), ("PT2H", "2.0"), ("PT1H15M", "1.25"), ("P1DT2H", "26.0"),
     ("PT1.5H", "1.5"), ("PT0,25H", "0.25"), ("PT5400S", "1.5"), (" PT30M ", "0.5")],
)  # fmt: skip
def test_a_duration_is_read_as_its_hours(written: str, expected: str) -> None:
    assert hours(written) == expected


@pytest.mark.parametrize(
    ("written", "reason"),
    [("PT1H20M", "minutes that make no exact decimal hours: 'PT1H20M' is 1.3333… hours, and paid hours are"
                 " never rounded (write the hours owed with a decimal comma, e.g. 1,3 for 78 minutes or 1,35"
                 " for 81 minutes)"),
     ("P1M", "a duration in years or months has no exact hours: 'P1M' (write it in days, hours and minutes)"),
     ("-PT1H", "the hours cannot be negative: '-PT1H'")],
)  # fmt: skip
def test_a_duration_without_exact_hours_is_refused_not_rounded(written: str, reason: str) -> None:
    """1 h 20 min is 1.333... hours, as "1:20" is; a month has no fixed length; hours are never negative."""
    with pytest.raises(TransformError) as info:
        hours(written)
    assert info.value.reason_en == reason


@pytest.mark.parametrize("written", ["P", "PT", "PTH"])
def test_a_p_with_no_figure_is_no_duration(written: str) -> None:
    """The letters alone are no duration: refused as words with no figure, as before."""
    with pytest.raises(TransformError, match="no figure|not read|not a number"):
        hours(written)
