"""Go's duration text with a part of a second (decision 0061, "Stop 66: fixes-102"): `time.Duration`'s
`String` writes a timer's milliseconds after the seconds' point ("1h30m0.36s"). Read by the rule every
reader of seconds keeps (`exact_hours`, as the clock's "0:00:01.8" and XML Schema's "PT1H30M1.8S"): a
fraction whose hours fit a record's 4 decimals is read, one finer is refused with both facts, one making
no exact decimal hours names the seconds. Before, each was "hours written with words that are not read"."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.go_durations import is_go_duration
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


# 0.36 s is 0.0001 h; 1.8 s is 0.0005 h; 5400.36 s is 1.5001 h; 45 min 1.8 s is 0.7505 h.
@pytest.mark.parametrize(
    ("written", "expected"),
    [("1h30m0.36s", "1.5001"), ("1h30m1.8s", "1.5005"), ("45m1.8s", "0.7505"), ("5400.36s", "1.5001"),
     ("1h30m0.000000000s", "1.5"), ("2h0m3.6s", "2.001")],
)  # fmt: skip
def test_a_go_duration_with_a_part_of_a_second_making_kept_hours_is_read(written: str, expected: str) -> None:
    assert hours(written) == expected


def test_a_go_duration_finer_than_kept_hours_is_refused_saying_both_facts() -> None:
    """4.5 s is 0.00125 h exactly: one decimal more than a record keeps, so said so, never rounded."""
    with pytest.raises(TransformError) as caught:
        hours("1h30m4.5s")
    assert caught.value.reason_en == (
        "a length finer than hours are kept: '1h30m4.5s' is 1.50125 hours, and hours are kept with 4"
        " decimals, steps of 0.36 seconds (write the hours with a decimal comma)"
    )
    assert caught.value.reason_da == (
        "en længde, der er finere, end timer gemmes: '1h30m4.5s' er 1,50125 timer, og timer gemmes med 4"
        " decimaler, i trin på 0,36 sekund (skriv timerne med decimalkomma)"
    )


@pytest.mark.parametrize("written", ["1h30m4.6s", "1h30m1.5s"])
def test_a_go_duration_whose_part_of_a_second_makes_no_exact_hours_names_the_seconds(written: str) -> None:
    """4.6 s is 46/36000 h and 1.5 s 15/36000 h: no decimal writes either."""
    with pytest.raises(TransformError) as caught:
        hours(written)
    # The figures and the advice (fixes-132) are `test_seconds_advice`'s.
    assert caught.value.reason_en.startswith(f"seconds that make no exact decimal hours: '{written}' is ")


@pytest.mark.parametrize("written", ["1h30m0,36s", "1h30m.36s", "1h30m0.1234567891s", "360 ms"])
def test_what_go_does_not_write_is_no_go_duration(written: str) -> None:
    """A comma, a bare point, ten decimals (below a nanosecond), a space before the unit: not Go's."""
    assert not is_go_duration(written)
