"""Outbound transforms: a claim's typed values written the way each municipality writes them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from marshmallow import ValidationError

from hub.adapters.mapping.outbound import OUT_TRANSFORMS, TransformError, apply_chain, chain_kind
from hub.adapters.mapping.outbound_types import OutCall, Ticked, as_text


def run(value: Any, name: str, **args: Any) -> Any:
    call = OutCall(name, OUT_TRANSFORMS[name].validate_args(args))
    return apply_chain(value, [call])


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("yyyy-mm-dd", "2026-08-03"),
        ("dd.mm.yyyy", "03.08.2026"),
        ("dd-mm-yyyy", "03-08-2026"),
        ("d/m-yyyy", "3/8-2026"),
        ("dd.mm.yy", "03.08.26"),
        ("d. m. yyyy", "3. 8. 2026"),
    ],
)
def test_date_styles(style: str, expected: str) -> None:
    assert run(date(2026, 8, 3), "date", style=style) == expected


def test_date_default_is_iso_and_a_style_needs_day_month_and_year_once() -> None:
    assert run(date(2026, 12, 24), "date") == "2026-12-24"
    for bad in ("dd.mm", "dd.mm.yyyy.yy", "yyyy"):
        with pytest.raises(ValidationError):
            OUT_TRANSFORMS["date"].validate_args({"style": bad})


@pytest.mark.parametrize(
    ("value", "args", "expected"),
    [
        (Decimal("4.4893"), {}, "4,49"),
        (Decimal("2.005"), {}, "2,01"),  # half up, never to even
        (Decimal("12.5"), {"places": 1, "mark": "."}, "12.5"),
        (Decimal("1234.5"), {"thousands": "."}, "1.234,50"),
        (Decimal("1234567.891"), {"places": 3, "thousands": " "}, "1 234 567,891"),
        (Decimal("-1234.5"), {"thousands": "."}, "-1.234,50"),
        (7, {"places": 0}, "7"),
        (Decimal("0.004"), {}, "0,00"),
    ],
)
def test_decimal(value: Any, args: dict[str, Any], expected: str) -> None:
    assert run(value, "decimal", **args) == expected


def test_money_two_decimals_danish_by_default_and_never_rounds() -> None:
    assert run(Decimal("1234.56"), "money") == "1.234,56"
    assert run(Decimal("275"), "money") == "275,00"
    assert run(Decimal("5546.56"), "money", mark=".", thousands="") == "5546.56"
    assert run(Decimal("1234567.10"), "money", thousands=" ") == "1 234 567,10"
    with pytest.raises(TransformError) as caught:
        run(Decimal("1234.565"), "money")
    assert "more than two decimals" in caught.value.reason_en and "to decimaler" in caught.value.reason_da
    with pytest.raises(ValidationError):
        OUT_TRANSFORMS["money"].validate_args({"mark": ",", "thousands": ","})
    with pytest.raises(ValidationError):
        OUT_TRANSFORMS["money"].validate_args({"places": 3})  # money has two, always


def test_cpr_styles_and_a_number_that_is_not_one() -> None:
    assert run("0101901234", "cpr") == "010190-1234"
    assert run("0101901234", "cpr", style="digits") == "0101901234"
    assert run("010190-1234", "cpr", style="space") == "010190 1234"
    with pytest.raises(TransformError):
        run("01019012", "cpr")


def test_phone_styles() -> None:
    assert run("+4520000101", "phone") == "20 00 01 01"
    assert run("+4520000101", "phone", style="national") == "20000101"
    assert run("+4520000101", "phone", style="e164") == "+4520000101"
    assert run("+46701234567", "phone") == "+46701234567"  # not Danish: left as stored


def test_map_compares_the_values_text_exactly() -> None:
    values = {"fixed_per_place": "FAST", "2026-08-03": "dato", "12.50": "tolv"}
    assert run("fixed_per_place", "map", values=values) == "FAST"
    assert run(date(2026, 8, 3), "map", values=values) == "dato"
    assert run(Decimal("12.50"), "map", values=values) == "tolv"
    assert run("occupied_places", "map", values=values, default="?") == "?"
    with pytest.raises(TransformError) as caught:
        run("Fixed_per_place", "map", values=values)
    assert "no mapping for 'Fixed_per_place'" in caught.value.reason_en
    assert "ingen oversættelse" in caught.value.reason_da


def test_tick_and_a_missing_value_compares_as_empty() -> None:
    assert run("fixed_per_place", "tick", equals="fixed_per_place") == Ticked(True, "X", "")
    assert as_text(run("occupied_places", "tick", equals="fixed_per_place")) == ""
    assert as_text(run(None, "tick", equals="", yes="true", no="false")) == "true"
    assert as_text(run("P-0001", "tick", equals="", yes="true", no="false")) == "false"
    assert run(3, "tick", equals="3").on


def test_default_fills_a_missing_value_and_ends_the_chain() -> None:
    calls = [OutCall("cpr", {"style": "dash"}), OutCall("default", {"value": "Ledig plads"})]
    assert apply_chain(None, calls) == "Ledig plads"
    assert apply_chain("0101901234", calls) == "010190-1234"
    # Without a default, a missing value passes every other transform untouched.
    assert apply_chain(None, [OutCall("cpr", {"style": "dash"})]) is None


def test_format_upper_lower_and_period() -> None:
    assert run(3, "format", pattern="Plads {}") == "Plads 3"
    assert run("Søren", "upper") == "SØREN" and run("ÆBLE", "lower") == "æble"
    assert run("2026-08", "period") == "august 2026"
    assert run("2026-Q3", "period") == "3. kvartal 2026"
    assert run("2026-H2", "period") == "2. halvår 2026"
    assert run("2026-Q3", "period", lang="en") == "Q3 2026"
    for bad in ("Plads", "Plads {} af {}"):  # nowhere, or two places, to put the value
        with pytest.raises(ValidationError) as caught:
            OUT_TRANSFORMS["format"].validate_args({"pattern": bad})
        assert caught.value.messages == {"pattern": ["write the text with one {} in it"]}


def test_as_text_of_values_no_transform_wrote() -> None:
    assert as_text(date(2026, 8, 3)) == "2026-08-03"
    assert as_text(Decimal("12.50")) == "12.50"
    assert as_text(Decimal("1E+3")) == "1000"
    assert as_text(7) == "7" and as_text(None) == "" and as_text("x") == "x"


def test_chain_kinds_are_checked_before_any_claim_is_written() -> None:
    assert chain_kind("date", False, [OutCall("date", {"style": "dd.mm.yyyy"})]) == ("text", False, {})
    assert chain_kind("text", True, [OutCall("default", {"value": "-"})]) == ("text", False, {})
    assert chain_kind("text", True, [OutCall("tick", {"equals": "", "yes": "X", "no": ""})])[:2] == (
        "tick",
        False,
    )
    kind, nullable, problems = chain_kind("text", False, [OutCall("date", {"style": "yyyy-mm-dd"})])
    assert problems == {0: "'date' takes date, but is given text"}
    _, _, problems = chain_kind("text", True, [OutCall("default", {"value": "-"}), OutCall("upper")])
    assert problems == {0: "put 'default' last: it fills a missing value, and nothing runs after it"}
    assert chain_kind("integer", True, [OutCall("upper")])[2] == {
        0: "'upper' takes text, but is given integer"
    }
