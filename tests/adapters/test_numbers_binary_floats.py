"""A number a program computed in binary floating point and wrote with every digit its double needs
(decision 0060, "Stop 71: trial-121"): Slagelse's mentor supplier's node script writes a grant's hours a week
as JavaScript's `String(3 * 1.1)`, "3.3000000000000003", through csv-writer, and two of the month's three
grants were refused "hours is not a decimal number with at most 4 decimals". Digits past a double's 15th
significant one are the arithmetic's: such a number is read as the decimal of at most 4 decimals (hours) or
2 (an amount) within a few units in a double's last place of it; anything else is judged as before."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


@pytest.mark.parametrize(
    ("written", "hours"),
    [
        ("3.3000000000000003", "3.3"),  # 3 * 1.1
        ("2.0999999999999996", "2.1"),  # 3 * 0.7
        ("0.30000000000000004", "0.3"),  # 0.1 + 0.2
        ("0.9999999999999999", "1.0"),  # ten times 0.1 added up
        ("37.400000000000006", "37.4"),  # 5 * 7.48
    ],
)
def test_hours_a_double_left_a_hair_off_are_the_hours_meant(written: str, hours: str) -> None:
    assert TRANSFORMS["hours"].func(written, {}) == hours


def test_an_amount_a_double_left_a_hair_off_is_the_amount_meant() -> None:
    assert TRANSFORMS["money"].func("412.50000000000006", {}) == "412.50"


@pytest.mark.parametrize("written", ["1.1666666666666667", "1.2345678901234567"])
def test_a_number_that_is_no_short_decimals_noise_is_judged_as_before(written: str) -> None:
    """70 minutes in hours, and a number of many real digits: no decimal of 4 places lies a few units of a
    double's last place away, so neither is made one (the record's hours refuse the decimals, an amount
    here)."""
    assert TRANSFORMS["hours"].func(written, {}) == written
    with pytest.raises(TransformError, match="more than two decimals"):
        TRANSFORMS["money"].func(written, {})


def test_fifteen_digits_are_the_writers_own() -> None:
    """A number of 15 significant digits is what its writer wrote, not a double's noise: an amount of
    three decimals so is still refused, never rounded."""
    with pytest.raises(TransformError, match="more than two decimals"):
        TRANSFORMS["money"].func("412.500000000001", {})


@pytest.mark.parametrize(
    ("transform", "written", "refusal"),
    [
        ("hours", "12345678901234567890123456.5", "too large a number for hours"),
        ("hours", "1234567890123456789012345.12345", "too large a number for hours"),
        ("money", "123456789012345678901234567.125", "more than two decimals"),
    ],
)
def test_a_number_longer_than_any_doubles_text_is_refused_as_before(
    transform: str, written: str, refusal: str
) -> None:
    """A double's shortest text has at most 17 significant digits, so a longer number is no double's
    noise (review-122): it is refused for what it is, as before, not made a decimal of `places` places,
    whose 28 digits and more were past decimal's precision (InvalidOperation: the document's whole
    reading failed, not its one field)."""
    with pytest.raises(TransformError, match=refusal):
        TRANSFORMS[transform].func(written, {})


@pytest.mark.parametrize(
    ("name", "written", "meant"),
    [
        ("hours", "3,3000000000000003", "3.3"),  # .NET's double.ToString() under da-DK: 3 * 1.1
        ("money", "412,50000000000006", "412.50"),
    ],
)
def test_a_doubles_noise_with_a_danish_decimal_comma_is_the_number_meant(
    name: str, written: str, meant: str
) -> None:
    """The same shortest digits with the comma a Danish culture writes (decision 0060, "Stop 72:
    fixes-123"): at `main` the hours were kept to 16 decimals and the amount refused for its decimals."""
    assert TRANSFORMS[name].func(written, {}) == meant


@pytest.mark.parametrize(
    ("written", "count"),
    [("4.000000000000001", "4"), ("3.9999999999999996", "4"), ("4,000000000000001", "4")],
)
def test_a_count_a_double_left_a_hair_off_is_the_whole_number_meant(written: str, count: str) -> None:
    """4 a unit or two of a double's last place above or below, as its shortest text writes it: at `main`
    "not a whole number"."""
    assert TRANSFORMS["integer"].func(written, {}) == count


@pytest.mark.parametrize("written", ["4.5", "1.1666666666666667"])
def test_a_count_with_a_real_fraction_is_still_no_whole_number(written: str) -> None:
    """A guard: only a double's noise is taken off; a half, or 70 minutes in hours, is no count."""
    with pytest.raises(TransformError, match="not a whole number"):
        TRANSFORMS["integer"].func(written, {})
