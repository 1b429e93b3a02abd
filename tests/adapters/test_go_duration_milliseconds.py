"""Go's duration text below a second (decision 0061, "Stop 67: fixes-104"): `time.Duration`'s `String`
writes a length under a second in its own unit ("360ms", "1.5µs", "100ns"), and `time.ParseDuration`
reads the units after one another ("1h360ms", "90m500ms"). Read by the rule every reader of seconds keeps
(`exact_hours`): 0.36 s is 0.0001 hours; a length finer than a record's 4 decimals is refused with both
facts, one making no exact decimal hours names the seconds. Before, each was "hours written with words
that are not read"."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.go_durations import is_go_duration
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


# 0.36 s is 0.0001 h, 1.8 s 0.0005 h, 3.6 s 0.001 h; an hour and 0.36 s 1.0001 h; 90 min and 1.8 s 1.5005 h.
@pytest.mark.parametrize(
    ("written", "expected"),
    [("360ms", "0.0001"), ("1800ms", "0.0005"), ("3600ms", "0.001"), ("1h360ms", "1.0001"),
     ("90m1800ms", "1.5005"), ("1h30m0s360ms", "1.5001"), ("1.8s", "0.0005"), ("360000µs", "0.0001"),
     ("360000us", "0.0001"), ("360000\u03bcs", "0.0001"), ("360000000ns", "0.0001"),
     ("359.999999ms1ns", "0.0001")],
)  # fmt: skip
def test_a_go_duration_below_a_second_making_kept_hours_is_read(written: str, expected: str) -> None:
    assert hours(written) == expected


def test_milliseconds_finer_than_kept_hours_are_refused_saying_both_facts() -> None:
    """4.5 s is 0.00125 h exactly: one decimal more than a record keeps, so said so, never rounded."""
    with pytest.raises(TransformError) as caught:
        hours("1h4500ms")
    assert caught.value.reason_en == (
        "a length finer than hours are kept: '1h4500ms' is 1.00125 hours, and hours are kept with 4"
        " decimals, steps of 0.36 seconds (write the hours with a decimal comma)"
    )
    assert caught.value.reason_da == (
        "en længde, der er finere, end timer gemmes: '1h4500ms' er 1,00125 timer, og timer gemmes med 4"
        " decimaler, i trin på 0,36 sekund (skriv timerne med decimalkomma)"
    )


@pytest.mark.parametrize("written", ["500ms", "90m500ms", "1h1ms", "100ns", "1.5µs"])
def test_milliseconds_making_no_exact_hours_name_the_seconds(written: str) -> None:
    """0.5 s is 5/36000 h, 1 ms 1/3600000 h: no decimal writes either."""
    with pytest.raises(TransformError) as caught:
        hours(written)
    # The figures and the advice (fixes-132) are `test_seconds_advice`'s.
    assert caught.value.reason_en.startswith(f"seconds that make no exact decimal hours: '{written}' is ")
    assert caught.value.reason_da.startswith(
        f"sekunder, der ikke giver et præcist antal timer: '{written}' er "
    )


@pytest.mark.parametrize("written", ["360 ms", "360ms1s", "1.5ns", "0.0000001ms", "360mS", "ms"])
def test_what_go_does_not_write_below_a_second_is_no_go_duration(written: str) -> None:
    """A space, the units out of order, a part of a nanosecond, another case, no figure: not Go's."""
    assert not is_go_duration(written)
