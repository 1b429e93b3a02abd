"""Every transform of the config language, good and bad input, with expected values worked by hand."""

from __future__ import annotations

import pytest
from marshmallow import ValidationError

from hub.adapters.textparse import TransformError
from hub.adapters.transforms import TRANSFORMS, Transform, TransformCall, build_registry, is_checked


def run(name: str, text: str, **args: object) -> str:
    transform = TRANSFORMS[name]
    return transform.func(text, transform.validate_args(args))


def combine(name: str, pairs: list[tuple[str, str | None]], **args: object) -> str:
    transform = TRANSFORMS[name]
    return transform.func(pairs, transform.validate_args(args))


@pytest.mark.parametrize(
    "text", ["03.08.2026", "03-08-2026", "3/8-2026", "3/8 2026", "03.08.26", "2026-08-03", " 3.8.2026 "]
)
def test_date_danish_spellings(text: str) -> None:
    assert run("date", text) == "2026-08-03"


@pytest.mark.parametrize("text", ["32.08.2026", "29.02.2026", "2026-13-01", "3 august 2026", "", "03.08"])
def test_date_rejects_impossible_and_unknown(text: str) -> None:
    with pytest.raises(TransformError) as info:
        run("date", text)
    assert info.value.reason_en == f"not a date: {text!r}"
    assert info.value.reason_da == f"ikke en dato: {text!r}"


def test_date_leap_day_exists_in_2028() -> None:
    assert run("date", "29.02.28") == "2028-02-29"


@pytest.mark.parametrize(
    "text", ["2026-W32", "uge 32 2026", "Uge 32, 2026", "32/2026", "U32-2026", "2026W32"]
)
def test_week_spellings(text: str) -> None:
    assert run("week", text) == "2026-W32"


@pytest.mark.parametrize("text", ["31-12-9999", "9999-12-31", "01.01.1899", "0001-01-01", "1.1.2200"])
def test_date_rejects_a_year_outside_1900_to_2199(text: str) -> None:
    # "9999-12-31" is a real date, but a week or period computed from it overflows `date` later on.
    with pytest.raises(TransformError) as info:
        run("date", text)
    assert info.value.reason_en == f"the year of the date must be between 1900 and 2199: {text!r}"
    assert info.value.reason_da == f"året i datoen skal være mellem 1900 og 2199: {text!r}"


def test_date_and_week_take_the_edge_years() -> None:
    assert run("date", "01.01.1900") == "1900-01-01"
    assert run("date", "31-12-2199") == "2199-12-31"
    assert run("week", "1900-W01") == "1900-W01"
    assert run("week", "uge 52 2199") == "2199-W52"


@pytest.mark.parametrize("text", ["9999-W52", "uge 1 1899", "52/2200", "U10-0001"])
def test_week_rejects_a_year_outside_1900_to_2199(text: str) -> None:
    with pytest.raises(TransformError) as info:
        run("week", text)
    assert info.value.reason_en == f"the year of the week must be between 1900 and 2199: {text!r}"
    assert info.value.reason_da == f"året i ugen skal være mellem 1900 og 2199: {text!r}"


def test_week_53_only_where_it_exists() -> None:
    assert run("week", "53/2026") == "2026-W53"  # 2026 starts on a Thursday: 53 ISO weeks
    with pytest.raises(TransformError, match="not a week"):
        run("week", "53/2027")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18,5", "18.5"),
        ("3", "3.0"),
        ("1.234,5", "1234.5"),
        ("0,25", "0.25"),
        ("18.5", "18.5"),
        ("3,00", "3.0"),
        ("10", "10.0"),
        ("0", "0.0"),
        ("1.234.567", "1234567.0"),
        ("0.125", "0.125"),
    ],
)
def test_hours(text: str, expected: str) -> None:
    assert run("hours", text) == expected


@pytest.mark.parametrize("text", ["1.250", "abc", "-3", "1.23,5", "3 timer", "1,2,3"])
def test_hours_rejects(text: str) -> None:
    with pytest.raises(TransformError):
        run("hours", text)


def test_hours_refuses_to_guess_a_single_thousands_dot() -> None:
    with pytest.raises(TransformError) as info:
        run("hours", "1.250")
    assert info.value.reason_en.startswith("ambiguous number")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.275,5", "1275.50"),
        ("275", "275.00"),
        ("275 kr.", "275.00"),
        ("kr. 1.000,00", "1000.00"),
        ("0,05", "0.05"),
    ],
)
def test_money(text: str, expected: str) -> None:
    assert run("money", text) == expected


def test_money_rejects_more_than_two_decimals() -> None:
    with pytest.raises(TransformError) as info:
        run("money", "275,505")
    assert info.value.reason_da == "mere end to decimaler i et beløb: '275,505'"


@pytest.mark.parametrize(("text", "expected"), [("4", "4"), ("4,0", "4"), ("12", "12")])
def test_integer(text: str, expected: str) -> None:
    assert run("integer", text) == expected


def test_integer_rejects_fraction() -> None:
    with pytest.raises(TransformError, match="not a whole number"):
        run("integer", "4,5")


def test_digits_upper_lower() -> None:
    assert run("digits", "010190-1234") == "0101901234"
    assert run("upper", "abc") == "ABC"
    assert run("lower", "Mette@Gladsaxe.DK") == "mette@gladsaxe.dk"
    with pytest.raises(TransformError, match="no digits"):
        run("digits", "ukendt")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 34 56 78", "+4512345678"),
        ("+45 12 34 56 78", "+4512345678"),
        ("0045 12345678", "+4512345678"),
        ("12-34-56-78", "+4512345678"),
        ("+46 8 123 456 78", "+46812345678"),
    ],
)
def test_phone(text: str, expected: str) -> None:
    assert run("phone", text) == expected


@pytest.mark.parametrize("text", ["1234", "+45 1234 567", "telefon"])
def test_phone_rejects(text: str) -> None:
    with pytest.raises(TransformError):
        run("phone", text)


def test_map_is_case_insensitive_with_default() -> None:
    values = {"KH-AKT": "kontanthjaelp"}
    assert run("map", "kh-akt", values=values) == "kontanthjaelp"
    assert run("map", "xx", values=values, default="unknown") == "unknown"
    with pytest.raises(TransformError) as info:
        run("map", "xx", values=values)
    assert info.value.reason_en == "no mapping for 'xx' (known: 'KH-AKT')"


def test_map_rejects_keys_differing_only_in_case() -> None:
    with pytest.raises(ValidationError):
        TRANSFORMS["map"].validate_args({"values": {"A": "x", "a": "y"}})


def test_join_leaves_out_empty() -> None:
    assert combine("join", [("F", "Mette"), ("M", " "), ("E", "Hansen"), ("X", None)]) == "Mette Hansen"
    assert combine("join", [("F", "a"), ("E", "b")], separator=", ") == "a, b"


def test_checked() -> None:
    values = {"cb_kh": "kontanthjaelp", "cb_sd": "sygedagpenge"}
    assert combine("checked", [("cb_kh", "Off"), ("cb_sd", "Yes")], values=values) == "sygedagpenge"
    assert combine("checked", [("cb_kh", "Off"), ("cb_sd", None)], values=values) == ""
    assert (
        combine("checked", [("cb_kh", "Off"), ("cb_sd", "")], values=values, default="unknown") == "unknown"
    )
    with pytest.raises(TransformError, match="several boxes checked: cb_kh, cb_sd"):
        combine("checked", [("cb_kh", "On"), ("cb_sd", "Yes")], values=values, default="unknown")


@pytest.mark.parametrize("state", [None, "", "Off", "off", "0", "false", "No", "nej"])
def test_unchecked_states(state: str | None) -> None:
    assert not is_checked(state)


@pytest.mark.parametrize("state", ["Yes", "On", "1", "Ja", "X"])
def test_checked_states(state: str) -> None:
    assert is_checked(state)


def test_regex() -> None:
    assert run("regex", "P-nr. 1012345678", pattern=r"(\d+)", group=1) == "1012345678"
    assert run("regex", "abc 42", pattern=r"\d+") == "42"
    assert run("regex", "uge 32", pattern=r"uge (?P<w>\d+)", group="w") == "32"
    with pytest.raises(TransformError, match="does not match"):
        run("regex", "abc", pattern=r"\d+")


@pytest.mark.parametrize(
    "args", [{"pattern": "("}, {"pattern": r"(\d)", "group": 2}, {"pattern": "x", "group": "w"}, {"group": 1}]
)
def test_regex_bad_args(args: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        TRANSFORMS["regex"].validate_args(args)


def test_default_keeps_a_value_and_takes_no_unknown_args() -> None:
    assert run("default", "x", value="unknown") == "x"
    with pytest.raises(ValidationError):
        TRANSFORMS["default"].validate_args({"value": "a", "other": 1})
    with pytest.raises(ValidationError):
        TRANSFORMS["digits"].validate_args({"keep": "x"})


def test_registry_rejects_a_duplicate_name() -> None:
    one = Transform("x", lambda text, args: text)
    with pytest.raises(ValueError, match="registered twice"):
        build_registry((one, one))


def test_summary_for_provenance() -> None:
    assert TransformCall("date").summary() == "date"
    assert (
        TransformCall("map", {"values": {"a": "b"}, "default": "u"}).summary()
        == "map(default='u', values={'a': 'b'})"
    )
