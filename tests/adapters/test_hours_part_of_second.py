"""A length of time with a part of a second (decision 0061, "Stop 66: fixes-100"): the 9-second rule
guards against rounding (hours are paid, so never rounded), and a part of a second is read by the same
rule, where its hours are an exact decimal the record keeps (4 decimals, steps of 0.36 s), never
refused as "no exact decimal hours" when they are one."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


# 0.36 s is 0.0001 h; 1.8 s is 0.0005 h; 30 min 0.36 s is 0.5001 h; PT0.001H is 3.6 s.
@pytest.mark.parametrize(
    ("written", "expected"),
    [("0:00:00.36", "0.0001"), ("0:00:01.8", "0.0005"), ("1:30:01,8", "1.5005"), ("PT0.36S", "0.0001"),
     ("PT1H30M1.8S", "1.5005"), ("PT30M0,36S", "0.5001"), ("PT0.001H", "0.001")],
)  # fmt: skip
def test_a_part_of_a_second_making_kept_hours_is_read(written: str, expected: str) -> None:
    assert hours(written) == expected


# 4.5 s is 45/36000 h = 0.00125 h exactly, one decimal more than a record keeps: said so, not rounded.
@pytest.mark.parametrize(
    ("written", "worked"),
    [("0:00:04.5", "0.00125"), ("PT4.5S", "0.00125"), ("PT1H30M4.5S", "1.50125"), ("PT4,5S", "0.00125")],
)
def test_exact_hours_finer_than_kept_are_refused_saying_so(written: str, worked: str) -> None:
    with pytest.raises(TransformError) as caught:
        hours(written)
    assert caught.value.reason_en == (
        f"a length finer than hours are kept: '{written}' is {worked} hours, and hours are kept with 4"
        " decimals, steps of 0.36 seconds (write the hours with a decimal comma)"
    )
    assert caught.value.reason_da == (
        f"en længde, der er finere, end timer gemmes: '{written}' er {worked.replace('.', ',')} timer, og"
        " timer gemmes med 4 decimaler, i trin på 0,36 sekund (skriv timerne med decimalkomma)"
    )


@pytest.mark.parametrize("written", ["0:00:04.6", "PT4.6S", "PT1H30M0.25S"])
def test_a_part_of_a_second_making_no_exact_hours_names_the_seconds(written: str) -> None:
    """4.6 s is 46/36000 h: no decimal writes it."""
    with pytest.raises(TransformError) as caught:
        hours(written)
    # The figures and the advice (fixes-132) are `test_seconds_advice`'s.
    assert caught.value.reason_en.startswith(f"seconds that make no exact decimal hours: '{written}' is ")


@pytest.mark.parametrize("written", ["PT1H20M", "PT1H20M0S", "PT1H20M0.000S"])
def test_minutes_making_no_exact_hours_are_named_as_before(written: str) -> None:
    with pytest.raises(TransformError, match=f"minutes that make no exact decimal hours: '{written}'"):
        hours(written)
