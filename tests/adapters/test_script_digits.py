"""Digits of other scripts are read as their digits by every transform that reads digits (decision 0060,
"Stop 72: fixes-123"): Arabic-Indic `٣` and fullwidth `３` were read by `hours`, `integer`, `money`,
`date` and `week`, left out by `digits` (a number one digit too long so written read short) and kept as
written by `phone` (fuzz-119). Expected values written by hand from the digits each text holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from onboarding_trial import trial_registry

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.transform_error import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS

CASES = [
    ("hours", "٣", {}, "3.0"),
    ("hours", "１,５", {}, "1.5"),
    ("integer", "١٢", {}, "12"),
    ("integer", "１２", {}, "12"),
    ("money", "١٢٣,٥٠", {}, "123.50"),
    ("date", "٠٣-٠٥-٢٠٢٧", {}, "2027-05-03"),
    ("date", "２０２７-０５-０３", {}, "2027-05-03"),
    ("week", "٢٠٢٧-W١٨", {}, "2027-W18"),
    ("digits", "1023٤56789", {}, "1023456789"),
    ("digits", "１０２３４５６７８９", {}, "1023456789"),
    ("phone", "٧٢ ٥٩ ٦٠ ٠٠", {}, "+4572596000"),
    ("phone", "７２ ５９ ６０ ００", {}, "+4572596000"),
]


@pytest.mark.parametrize(("name", "text", "args", "expected"), CASES)
def test_a_digit_of_another_script_is_its_digit(
    name: str, text: str, args: dict[str, Any], expected: str
) -> None:
    assert str(TRANSFORMS[name].func(text, args)) == expected


def test_a_cpr_number_with_an_arabic_indic_digit_is_read_whole() -> None:
    """Næstved's json2csv visits, the first course's CPR number's ninth digit written `١`: at `main`
    nine digits were kept and the schema refused "CPR must be 10 digits", which the form shows it has."""
    source = Path(__file__).parents[1] / "onboarding" / "golden" / "naestved" / "mentortimer.csv"
    text = source.read_text(encoding="utf-8").replace('"040388-2215"', '"040388-22١5"')
    records = canonical_records(trial_registry().get("naestved"), text.encode("utf-8"), "mentortimer.csv")
    assert records[0]["citizen"]["cpr"] == "0403882215"


def test_a_superscript_is_no_digit_of_a_number() -> None:
    """A guard: only decimal digits (Unicode's Nd) are read; `²` is not a 2 to `integer`."""
    with pytest.raises(TransformError, match="not a number: '1²'"):
        TRANSFORMS["integer"].func("1²", {})
