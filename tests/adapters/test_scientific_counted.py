"""A number in scientific notation read by `integer`, `money` or `hours` (decision 0060, "Stop 69:
fixes-113"; trial-110 noticed it): Halsnæs's ended placements as R's data.table `fwrite` writes a P-number
held as a double, `1,02e+09` (`dec = ","`), or as a spreadsheet shows it, `1.02E+09`. Mapped with
`digits` (and with no transform) it was refused "its digits are lost; save the column as text"; mapped
with `integer`, as a config author may map a number, it was refused "not a number: '1,02e+09'", which
sends the sender looking for a typing error. Now the same reason as `digits` gives, at its cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import TRIAL, edited_config

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.errors import Rejection

ENDED = TRIAL / "golden" / "halsnaes" / "afsluttede.csv"


def test_a_p_number_in_scientific_notation_is_refused_saying_its_digits_are_lost(tmp_path: Path) -> None:
    """Rasmus's P-number 1019284736 as fwrite writes a double, Nanna's 1022518903 as Excel shows it, read
    by the trial's own `digits`. (Mapped with `integer`, the config itself is now refused when it loads:
    the record holds a P-number as text; tests/adapters/test_config_integer_identifier.py.)"""
    text = ENDED.read_text(encoding="utf-8-sig")
    text = text.replace(";1019284736;", ";1,02e+09;").replace(";1022518903;", ";1.02E+09;")
    adapter = edited_config(tmp_path, "halsnaes", lambda config: config)
    with pytest.raises(Rejection) as info:
        canonical_records(adapter, text.encode("utf-8-sig"), "afsluttede.csv")
    refused = {p.locator: p for p in info.value.problems if p.field == "site.p_number"}
    c2, c3 = "row 2, column 3 (C2)", "row 3, column 3 (C3)"
    assert refused[c2].reason_en == (
        "written as a number in scientific notation: its digits are lost; save the column as text"
    )
    assert refused[c3].reason_da == (
        "skrevet som et tal i videnskabelig notation: cifrene er tabt; gem kolonnen som tekst"
    )


@pytest.mark.parametrize(("transform", "written"), [("money", "1,275E+03"), ("hours", "1,5e+00")])
def test_an_amount_or_hours_in_scientific_notation_say_so(transform: str, written: str) -> None:
    """Before: "not a number" and "hours written with words that are not read"."""
    with pytest.raises(TransformError) as info:
        TRANSFORMS[transform].func(written, {})
    assert info.value.reason_en.startswith(f"written as a number in scientific notation ('{written}')")


@pytest.mark.parametrize("written", ["12a", "1,2,3", "e+09"])
def test_other_text_is_still_not_a_number(written: str) -> None:
    with pytest.raises(TransformError) as info:
        TRANSFORMS["integer"].func(written, {})
    assert info.value.reason_en == f"not a number: '{written}'"
