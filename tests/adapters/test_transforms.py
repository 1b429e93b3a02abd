"""Every transform of the config language, good and bad input, with expected values worked by hand."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from marshmallow import ValidationError

from hub.adapters.mapping import textparse
from hub.adapters.mapping.checkbox_marks import is_checked
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transform_types import Transform, TransformCall, build_registry
from hub.adapters.mapping.transforms import TRANSFORMS


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


@pytest.mark.parametrize(
    "text",
    [
        "3. august 2026",
        "3 august 2026",
        "03. August 2026",
        "3. aug. 2026",
        "3 AUG 2026",
        "mandag den 3. august 2026",
        "Mandag, 3. aug. 2026",
    ],
)
def test_date_written_out_in_danish(text: str) -> None:
    assert run("date", text) == "2026-08-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1. maj 2026", "2026-05-01"), ("28. feb. 2026", "2026-02-28"), ("1. sept. 2026", "2026-09-01")],
)
def test_date_every_month_has_its_danish_name(text: str, expected: str) -> None:
    assert run("date", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-08-03Z", "2026-08-03"),
        ("2026-08-03+02:00", "2026-08-03"),
        # ISO 8601's basic zone, without its colon, as some exports write it: still the day written.
        ("2026-03-02+0100", "2026-03-02"),
        ("2026-03-02-0500", "2026-03-02"),
        ("2026-08-03T00:00:00", "2026-08-03"),
        ("2026-08-03T23:59:59.5", "2026-08-03"),
        # Midnight in Copenhagen, written in UTC, is 22:00 (summer) or 23:00 (winter) the day before.
        ("2026-08-02T22:00:00Z", "2026-08-03"),
        ("2026-12-02T23:00:00Z", "2026-12-03"),
        ("2026-08-03T00:30:00+02:00", "2026-08-03"),
    ],
)
def test_date_from_xml_schema_dates_and_date_times(text: str, expected: str) -> None:
    assert run("date", text) == expected


@pytest.mark.parametrize("text", ["9999-12-31T23:59:59Z", "0001-01-01T00:00:00+01:00"])
def test_a_date_time_at_the_calendars_ends_is_refused_for_its_year_not_crashed_on(text: str) -> None:
    # .NET's largest date is how many case systems write "no end"; moving it to Danish time overflows.
    with pytest.raises(TransformError) as info:
        run("date", text)
    assert info.value.reason_en == f"the year of the date must be between 1900 and 2199: {text!r}"


def test_date_written_out_with_the_wrong_weekday_is_refused() -> None:
    with pytest.raises(TransformError) as info:
        run("date", "tirsdag den 3. august 2026")
    assert (
        info.value.reason_da == "ugedagen passer ikke til datoen: 'tirsdag den 3. august 2026' er en mandag"
    )
    assert info.value.reason_en.endswith("is a Monday")


HOW_EN = "write the date as day-month-year with four digits, e.g. 03-03-2026"
HOW_DA = "skriv datoen som dag-måned-år med fire cifre, fx 03-03-2026"


@pytest.mark.parametrize(
    "text",
    ["3. augustus 2026", "3. august", "", "03.08", "2026-08-03T25:00:00", "2026-08-03+2", "3 aug 26"],
)
def test_date_rejects_unknown_and_says_how_to_write_it(text: str) -> None:
    with pytest.raises(TransformError) as info:
        run("date", text)
    assert info.value.reason_en == f"not a date: {text!r}: {HOW_EN}"
    assert info.value.reason_da == f"ikke en dato: {text!r}: {HOW_DA}"


def test_date_rejects_a_day_no_month_has_saying_how_many_days_its_month_has() -> None:
    # Written right, the day past every month's end: what is wrong is said, not how to write a date.
    with pytest.raises(TransformError) as info:
        run("date", "32.08.2026")
    assert info.value.reason_en == "not a date: '32.08.2026' (August 2026 has 31 days)"
    assert info.value.reason_da == "ikke en dato: '32.08.2026' (august 2026 har 31 dage)"


@pytest.mark.parametrize(
    ("text", "day_en", "day_da"),
    [
        # A day other months have, past its own month's end: "no such day", naming the day and month.
        (
            "29.02.2026",
            "29 February 2026, and February 2026 has 28",
            "29. februar 2026, og februar 2026 har 28",
        ),
        ("31. april 2026", "31 April 2026, and April 2026 has 30", "31. april 2026, og april 2026 har 30"),
        (
            "30.02.26",
            "30 February 2026, and February 2026 has 28",
            "30. februar 2026, og februar 2026 har 28",
        ),
        (
            "30.02.2028",
            "30 February 2028, and February 2028 has 29",
            "30. februar 2028, og februar 2028 har 29",
        ),
    ],
)
def test_date_rejects_a_day_past_its_months_end_as_no_such_day(text: str, day_en: str, day_da: str) -> None:
    with pytest.raises(TransformError) as info:
        run("date", text)
    assert info.value.reason_en == f"no such day: {text!r} is {day_en} days"
    assert info.value.reason_da == f"den dag findes ikke: {text!r} er den {day_da} dage"


@pytest.mark.parametrize("text", ["2026-13-01", "12/31/2026", "00.08.2026"])
def test_date_rejects_a_month_or_day_that_does_not_exist_and_says_how_to_write_it(text: str) -> None:
    # A month past 12 may be a month and day written the other way round: the way to write one is said.
    with pytest.raises(TransformError) as info:
        run("date", text)
    assert info.value.reason_en == f"not a date: {text!r} (no such day): {HOW_EN}"
    assert info.value.reason_da == f"ikke en dato: {text!r} (den dag findes ikke): {HOW_DA}"


def test_date_leap_day_exists_in_2028() -> None:
    assert run("date", "29.02.28") == "2028-02-29"


@pytest.fixture
def today_2026(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textparse, "today", lambda: date(2026, 11, 22))


@pytest.mark.usefixtures("today_2026")
@pytest.mark.parametrize(
    ("text", "expected"), [("03.08.26", "2026-08-03"), ("1.1.00", "2000-01-01"), ("31.12.36", "2036-12-31")]
)
def test_date_two_digit_year_up_to_ten_years_ahead_is_this_century(text: str, expected: str) -> None:
    assert run("date", text) == expected


@pytest.mark.usefixtures("today_2026")
@pytest.mark.parametrize(
    ("text", "readings"),
    [
        ("31.12.99", ("31-12-1999", "31-12-2099")),
        ("1.1.37", ("01-01-1937", "01-01-2037")),
        ("01-01-75", ("01-01-1975", "01-01-2075")),
        ("3. mar. 99", ("03-03-1999", "03-03-2099")),
    ],
)
def test_date_two_digit_year_further_ahead_is_rejected_not_read_as_20xx(
    text: str, readings: tuple[str, str]
) -> None:
    # "31.12.99" used to become 2099-12-31; it is more likely 1999 (a birth date) or a typo: ask, naming
    # the years two digits stand for (2026 + 10) and both readings of these.
    with pytest.raises(TransformError) as info:
        run("date", text)
    assert info.value.reason_en == (
        f"ambiguous two-digit year in {text!r}: two digits are read as the years 2000 to 2036 only;"
        f" write the year with four digits ({readings[0]} or {readings[1]})"
    )
    assert info.value.reason_da == (
        f"tvetydigt tocifret årstal i {text!r}: to cifre læses kun som årene 2000 til 2036;"
        f" skriv året med fire cifre ({readings[0]} eller {readings[1]})"
    )


def test_date_two_digit_year_window_follows_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textparse, "today", lambda: date(2090, 1, 1))
    assert run("date", "31.12.99") == "2099-12-31"
    assert run("date", "31.12.1999") == "1999-12-31"  # four digits are never windowed


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
    # From 1990: an earlier year is before any placement (decision 0064, "Stop 69: fuzz-113").
    assert run("date", "01.01.1990") == "1990-01-01"
    assert run("date", "31-12-2199") == "2199-12-31"
    assert run("week", "1990-W01") == "1990-W01"
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


# "3 timer" is read since the eighth trial (decision 0060): the unit says hours. A unit that says
# anything else is still no hours ("3 minutter" is read as minutes since words-69: 0.05 hours, never 3).
@pytest.mark.parametrize("text", ["1.250", "abc", "-3", "1.23,5", "3 dage", "3 kr.", "1,2,3"])
def test_hours_rejects(text: str) -> None:
    with pytest.raises(TransformError):
        run("hours", text)


@pytest.mark.parametrize("name", ["hours", "money", "integer"])
def test_a_negative_number_is_called_negative_in_both_languages(name: str) -> None:
    # "-3" is a number: "not a number" had the sender look for a typing error instead of the sign.
    with pytest.raises(TransformError) as info:
        run(name, "-3")
    assert info.value.reason_en == "the number cannot be negative: '-3'"
    assert info.value.reason_da == "tallet kan ikke være negativt: '-3'"


@pytest.mark.parametrize("signs", ["--", "-\u2212", "-" * 5000])
def test_a_run_of_signs_is_not_a_number_and_no_crash(signs: str) -> None:
    # Each sign was checked by calling the parser again: thousands of them overflowed the stack, and the
    # document failed "on our side" instead of being rejected for its value.
    with pytest.raises(TransformError) as info:
        run("hours", signs + "3")
    assert info.value.reason_en.startswith("not a number")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,5", "1234.5"),
        ("1\u00a0234,5", "1234.5"),  # non-breaking space, as spreadsheets write thousands
        ("1\u202f234,5", "1234.5"),  # narrow non-breaking space
        ("12 345 678", "12345678.0"),
        ("1 234", "1234.0"),
        ("1 234.5", "1234.5"),
    ],
)
def test_hours_space_as_thousands_separator(text: str, expected: str) -> None:
    assert run("hours", text) == expected


@pytest.mark.parametrize("name", ["hours", "money", "integer"])
@pytest.mark.parametrize(
    "text", ["18 5", "12 34", "1 23", "1234 567", "1 234, 5", "1 2345", "0 123", "1  234"]
)
def test_numbers_reject_a_space_that_is_not_a_thousands_separator(name: str, text: str) -> None:
    # Deleting every space turned "18 5" into 185 and "12 34" into 1234: a silent wrong value.
    with pytest.raises(TransformError) as info:
        run(name, text)
    assert info.value.reason_en.startswith(f"space inside a number: {text!r}")
    assert info.value.reason_da.startswith(f"mellemrum inde i et tal: {text!r}")


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.275,-", "1275.00"),
        ("1.275,--", "1275.00"),
        ("kr. 1.275,-", "1275.00"),
        ("1.275,- kr.", "1275.00"),
        ("275,-", "275.00"),
        ("1 275,-", "1275.00"),
        ("DKK 1.234.567,-", "1234567.00"),
    ],
)
def test_money_whole_kroner_with_a_dash(text: str, expected: str) -> None:
    # "1.275,-" was cut to "1.275" and then rejected as an ambiguous number.
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


@pytest.mark.parametrize(
    "text", ["Aktivitets  parat", "aktivitets\u00a0parat", " AKTIVITETS \t\u00a0 PARAT ", "Aktivitets parat"]
)
def test_map_collapses_inner_white_space(text: str) -> None:
    values = {"Aktivitets parat": "aktivitetsparat", "Jobparat": "jobparat"}
    assert run("map", text, values=values) == "aktivitetsparat"


def test_map_collapses_white_space_in_keys_too() -> None:
    assert run("map", "Aktivitets parat", values={"Aktivitets\u00a0 parat": "a"}) == "a"


def test_map_compares_in_unicode_nfc() -> None:
    nfd, nfc = unicodedata.normalize("NFD", "Sygedagpenge ä"), "Sygedagpenge ä"
    assert nfd != nfc
    assert run("map", nfd, values={nfc: "sd"}) == "sd"  # an NFD value, an NFC key
    assert run("map", nfc, values={nfd: "sd"}) == "sd"  # and the other way round


def test_map_rejects_keys_differing_only_in_spaces_or_unicode_form() -> None:
    with pytest.raises(ValidationError):
        TRANSFORMS["map"].validate_args({"values": {"Aktivitets parat": "x", "aktivitets  parat": "y"}})
    with pytest.raises(ValidationError):
        TRANSFORMS["map"].validate_args({"values": {"ä": "x", unicodedata.normalize("NFD", "ä"): "y"}})


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


@pytest.mark.parametrize(
    "state",
    [
        "N",
        "n",
        "Nej",
        "no",
        "Falsk",
        "false",
        "-",
        "--",
        "\u2610",
        "Unchecked",
        "Ingen",
        "0",
        "0,0",
        "0.0",
        " off ",
    ],
)
def test_negative_marks_are_unticked(state: str) -> None:
    # These all counted as ticked: only "", off, 0, false, no and nej were known.
    assert not is_checked(state)


@pytest.mark.parametrize(
    "state",
    [
        "x",
        "X",
        "yes",
        "Ja",
        "j",
        "y",
        "on",
        "1",
        "1,0",
        "true",
        "Sand",
        "\u2612",
        "\u2611",
        "\u2713",
        "\u2714",
    ],
)
def test_tick_marks_are_ticked(state: str) -> None:
    assert is_checked(state)


@pytest.mark.parametrize("state", ["Kontanthjaelp", "Sygedagpenge", "Choice1", "Valg_2", "Kontanthjælp"])
def test_pdf_custom_export_values_are_ticked(state: str) -> None:
    # A PDF checkbox's value is its state name: anything but "Off" means ticked.
    assert is_checked(state)


@pytest.mark.parametrize("state", ["N?", "2", "V", "?", "ikke valgt", "0,5", "\u2717"])
def test_unknown_marks_are_errors(state: str) -> None:
    with pytest.raises(TransformError) as info:
        is_checked(state)
    assert info.value.reason_en.startswith(f"unknown checkbox mark {state!r}")
    assert info.value.reason_da.startswith(f"ukendt afkrydsning {state!r}")


def test_checked_with_negative_marks_and_export_values() -> None:
    values = {"cb_kh": "kontanthjaelp", "cb_sd": "sygedagpenge"}
    assert (
        combine("checked", [("cb_kh", "Kontanthjaelp"), ("cb_sd", "Off")], values=values) == "kontanthjaelp"
    )
    assert combine("checked", [("cb_kh", "N"), ("cb_sd", "X")], values=values) == "sygedagpenge"
    assert combine("checked", [("cb_kh", "\u2610"), ("cb_sd", "Ingen")], values=values, default="u") == "u"


def test_checked_names_the_box_with_an_unknown_mark() -> None:
    values = {"cb_kh": "kontanthjaelp", "cb_sd": "sygedagpenge"}
    with pytest.raises(TransformError) as info:
        combine("checked", [("cb_kh", "Off"), ("cb_sd", "N?")], values=values, default="u")
    assert info.value.reason_en == "unknown checkbox mark 'N?' in cb_sd (tick with x or leave it empty)"
    assert info.value.reason_da == "ukendt afkrydsning 'N?' i cb_sd (sæt x eller lad feltet stå tomt)"


def test_regex() -> None:
    assert run("regex", "P-nr. 1012345678", pattern=r"(\d+)", group=1) == "1012345678"
    assert run("regex", "abc 42", pattern=r"\d+") == "42"
    assert run("regex", "uge 32", pattern=r"uge (?P<w>\d+)", group="w") == "32"
    # The pattern is no sender's word (decision 0064, "Stop 47"): what is expected, where the config says.
    with pytest.raises(TransformError, match="is not written the way this value is read"):
        run("regex", "abc", pattern=r"\d+")
    with pytest.raises(TransformError, match="is not what this value must be: et tal"):
        run("regex", "abc", pattern=r"\d+", expected="et tal")


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
