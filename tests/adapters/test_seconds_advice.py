"""A length written with seconds that make no exact decimal hours is refused with the advice fixes-128 gave
minutes (decision 0060, "Stop 73: fixes-132"): what the text is in hours, cut at four decimals, and the
two lengths of whole 3-minute steps either side, which a record and the dashboards' two decimals hold.
Expected figures by hand: 07:30:15 is 27,015 s = 450.25 minutes = 7.50416… hours (450 and 453 minutes,
7,5 and 7,55 hours); 1h30m4.6s is 5,404.6 s = 1.50127… hours (90 and 93 minutes); 4.6 s is 0.00127…
hours (0 and 3 minutes)."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def _refused(text: str) -> TransformError:
    with pytest.raises(TransformError) as caught:
        TRANSFORMS["hours"].func(text, {})
    return caught.value


def test_a_clock_with_seconds_names_the_hours_and_the_steps_either_side() -> None:
    refused = _refused("07:30:15")
    assert refused.reason_en == (
        "seconds that make no exact decimal hours: '07:30:15' is 7.5041… hours, and paid hours are never"
        " rounded (write the hours owed with a decimal comma, e.g. 7,5 for 450 minutes or 7,55 for 453"
        " minutes)"
    )
    assert refused.reason_da == (
        "sekunder, der ikke giver et præcist antal timer: '07:30:15' er 7,5041… timer, og betalte timer"
        " rundes aldrig af (skriv de skyldige timer med decimalkomma, fx 7,5 for 450 minutter eller 7,55"
        " for 453 minutter)"
    )


def test_a_go_duration_with_a_part_of_a_second_gets_the_same_advice() -> None:
    assert _refused("1h30m4.6s").reason_en.endswith(
        "'1h30m4.6s' is 1.5012… hours, and paid hours are never rounded (write the hours owed with a"
        " decimal comma, e.g. 1,5 for 90 minutes or 1,55 for 93 minutes)"
    )


def test_an_xml_duration_under_a_minute_names_the_first_step() -> None:
    assert _refused("PT4.6S").reason_da.endswith(
        "'PT4.6S' er 0,0012… timer, og betalte timer rundes aldrig af (skriv de skyldige timer med"
        " decimalkomma, fx 0,05 for 3 minutter, eller 0, hvis der ikke skyldes nogen tid)"
    )


def test_seconds_that_make_exact_hours_are_still_read() -> None:
    # Guard: 36 s is 0.01 hours.
    assert TRANSFORMS["hours"].func("07:30:36", {}) == "7.51"
