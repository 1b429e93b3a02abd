"""A number as Ruby's `BigDecimal#to_s` writes it (decision 0060, "Stop 70: trial-116"): Allerød's mentor
supplier's Ruby script writes a visit's hours, a `numeric` column the pg gem hands it as a BigDecimal,
through builder as `to_s` gives them, "0.15e1" for 1.5 hours, and every visit was refused "written as a
number in scientific notation ('0.15e1'): its digits are lost" (then, that refusal passed, "hours written
with words"). BigDecimal writes every digit it holds, so its shape, a mantissa "0." and a first digit that
is not 0, a lowercase "e", an exponent without a plus sign, is read exactly; the scientific notation of
R, Excel and C is still refused (`test_scientific_counted.py`)."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


@pytest.mark.parametrize(
    ("written", "hours"),
    [
        ("0.15e1", "1.5"),
        ("0.75e0", "0.75"),
        ("0.1e1", "1.0"),
        ("0.125e1", "1.25"),
        ("0.5e-1", "0.05"),
        (" 0.2e1 ", "2.0"),
        ("0.375e2", "37.5"),
    ],
)
def test_hours_as_bigdecimal_writes_them_are_read_exactly(written: str, hours: str) -> None:
    assert TRANSFORMS["hours"].func(written, {}) == hours


@pytest.mark.parametrize(
    ("transform", "written", "value"), [("money", "0.12755e4", "1275.50"), ("integer", "0.1e3", "100")]
)
def test_an_amount_or_a_count_as_bigdecimal_writes_it_is_read(
    transform: str, written: str, value: str
) -> None:
    assert TRANSFORMS[transform].func(written, {}) == value


def test_a_negative_bigdecimal_is_refused_as_negative_not_as_words() -> None:
    with pytest.raises(TransformError) as info:
        TRANSFORMS["hours"].func("-0.15e1", {})
    assert info.value.reason_en == "the number cannot be negative: '-0.15e1'"


@pytest.mark.parametrize("written", ["1.5e1", "0.15e+1", "0.15E1", "0.05e1", "1,5e+00"])
def test_other_scientific_notation_is_still_refused_as_digits_lost(written: str) -> None:
    """A mantissa not "0." and a first digit, an exponent's plus sign, a capital E: no BigDecimal's."""
    with pytest.raises(TransformError) as info:
        TRANSFORMS["hours"].func(written, {})
    assert info.value.reason_en.startswith(f"written as a number in scientific notation ('{written}')")


@pytest.mark.parametrize("transform", ["hours", "integer", "money"])
@pytest.mark.parametrize(("written", "digits"), [("0.1e999", 999), ("0.1e-999", 1000), ("0.1e29", 29)])
def test_a_bigdecimal_of_more_digits_than_any_value_is_refused_saying_so(
    transform: str, written: str, digits: int
) -> None:
    """`0.1e999` is a 1 and 998 zeros: `integer` and `money` read it exactly into a thousand-digit score
    or rate at stop 70 (decision 0060, "Stop 71: fixes-119"); more than Decimal's 28 digits, which the
    hub computes in, is refused at the cell, naming how many."""
    with pytest.raises(TransformError) as refused:
        TRANSFORMS[transform].func(written, {})
    assert refused.value.reason_en.startswith(f"a number of {digits} digits: '{written}' (a BigDecimal")
    assert f"et tal med {digits} cifre" in refused.value.reason_da


def test_a_bigdecimal_of_28_digits_is_read() -> None:
    """The limit is Decimal's precision: 28 digits are read (10^27, a 1 and 27 zeros)."""
    assert TRANSFORMS["integer"].func("0.1e28", {}) == "1" + "0" * 27
