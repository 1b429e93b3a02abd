"""A sign that looks like a digit and is none (a superscript `²`, a circled `①`, a fraction `½`) in a
value read by `digits` refuses the value, naming the sign, where it was left out without a word
(decision 0060, "Stop 72: fixes-127"): `040388-22²15` gave the ten digits `0403882215`, a CPR number the
form does not show. `phone` refuses it with the same words ("Stop 73: fixes-128"). A decimal digit of
another script is still its digit (`test_script_digits`).
Expected values written by hand from each text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import trial_registry

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.transform_error import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.errors import Rejection

EN = (
    "holds '{0}', which looks like a digit but is none (such as a superscript, a circled number or a"
    " fraction): write the number with plain digits"
)
DA = (
    "indeholder '{0}', som ligner et ciffer, men ikke er det (fx et hævet tal, et tal i en cirkel eller en"
    " brøk): skriv tallet med almindelige cifre"
)


@pytest.mark.parametrize(
    ("text", "sign"), [("010190-12²34", "²"), ("①0101901234", "①"), ("1900000101½", "½")]
)
def test_a_sign_that_looks_like_a_digit_is_refused_by_digits(text: str, sign: str) -> None:
    with pytest.raises(TransformError) as refused:
        TRANSFORMS["digits"].func(text, {})
    assert (refused.value.reason_en, refused.value.reason_da) == (EN.format(sign), DA.format(sign))


def test_a_cpr_number_with_a_superscript_is_refused_not_read_short() -> None:
    """Næstved's json2csv visits, the first course's CPR number with a `²` typed among its digits: at
    `main` it was left out and the ten digits around it stored as the CPR number."""
    source = Path(__file__).parents[1] / "onboarding" / "golden" / "naestved" / "mentortimer.csv"
    text = source.read_text(encoding="utf-8").replace('"040388-2215"', '"040388-22²15"')
    assert "²" in text
    with pytest.raises(Rejection) as rejected:
        canonical_records(trial_registry().get("naestved"), text.encode("utf-8"), "mentortimer.csv")
    reasons = [(p.reason_en, p.reason_da) for p in rejected.value.problems]
    assert reasons == [(EN.format("²"), DA.format("²"))]


@pytest.mark.parametrize(("text", "sign"), [("20 30 40 5²", "²"), ("①2030405", "①"), ("+45 2030 40½", "½")])
def test_phone_refuses_a_sign_that_looks_like_a_digit_naming_it_as_digits_does(text: str, sign: str) -> None:
    """Before (fixes-128): "not a phone number: '20 30 40 5²'", which does not say what is wrong."""
    with pytest.raises(TransformError) as refused:
        TRANSFORMS["phone"].func(text, {})
    assert (refused.value.reason_en, refused.value.reason_da) == (EN.format(sign), DA.format(sign))


def test_phone_still_reads_digits_of_another_script() -> None:
    """A guard: `٢٠٣٠٤٠٥٠` is 20304050 (`script_digits`)."""
    assert TRANSFORMS["phone"].func("٢٠ ٣٠ ٤٠ ٥٠", {}) == "+4520304050"
