"""Ways of writing values that the onboarding trial (tests/onboarding/) met and the transforms refused or
misread: dates with "den", a time of day or Excel's month abbreviations, hours as hours and minutes.
Expected values worked out by hand: 3 March 2026 is a Tuesday; 1:30 is one and a half hours."""

from __future__ import annotations

import io
import unicodedata

import pytest
import xlsxwriter
from marshmallow import ValidationError

from hub.adapters.language.config_da import danish
from hub.adapters.mapping import textparse
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.readers.tabular import read_csv, read_xlsx


def run(name: str, text: str) -> str:
    return TRANSFORMS[name].func(text, {})


@pytest.mark.parametrize(
    "text",
    [
        "den 3. marts 2026",  # a letter's date without its weekday
        "tirsdag d. 3. marts 2026",  # "d." for "den"
        "03-mar-2026",  # Danish Excel's dd-mmm-yyyy, saved to CSV as shown
        "3-mar-26",  # Excel's built-in d-mmm-yy
        "03.mar.2026",
        "2026-03-03 00:00:00",  # a case system's date-time column
        "03-03-2026 14:30",
        "3. marts 2026 kl. 14.30",
    ],
)
def test_date_written_as_case_systems_and_spreadsheets_print_it(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textparse, "today", lambda: textparse.date(2026, 12, 3))
    assert run("date", text) == "2026-03-03"


@pytest.mark.parametrize("text", ["03-03-2026 25:00", "03-03-2026 14:61", "mandag d. 3. marts 2026"])
def test_date_with_an_impossible_time_or_wrong_weekday_is_refused(text: str) -> None:
    with pytest.raises(TransformError):
        run("date", text)


def test_a_two_digit_year_with_a_month_name_follows_the_two_digit_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(textparse, "today", lambda: textparse.date(2026, 12, 3))
    with pytest.raises(TransformError, match="four digits"):
        run("date", "3-mar-99")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1:30", "1.5"), ("0:45", "0.75"), ("01:30:00", "1.5"), ("3:00", "3.0"), ("0:06", "0.1")]
    + [("25:30", "25.5")],
)
def test_hours_as_hours_and_minutes(text: str, expected: str) -> None:
    assert run("hours", text) == expected


@pytest.mark.parametrize("text", ["1:20", "0:10"])
def test_hours_and_minutes_with_no_exact_decimal_are_refused_not_rounded(text: str) -> None:
    with pytest.raises(TransformError, match="no exact decimal"):
        run("hours", text)


@pytest.mark.parametrize("text", ["1:60", "1:5", "1:30:15"])
def test_hours_with_a_malformed_clock_are_refused(text: str) -> None:
    with pytest.raises(TransformError):
        run("hours", text)


def _regex(text: str, **args: object) -> str:
    transform = TRANSFORMS["regex"]
    return transform.func(text, transform.validate_args(args))


def test_regex_template_puts_a_case_systems_surname_first_name_in_order() -> None:
    """ "Kjærsgaard Lund, Mette" (surname, first name): the canonical name is "Mette Kjærsgaard Lund", which
    no transform could write before (regex gave one group, join needs two fields)."""
    assert _regex("Kjærsgaard Lund, Mette", pattern=r"^(.+?),\s*(.+)$", template="{2} {1}") == (
        "Mette Kjærsgaard Lund"
    )


def test_regex_template_by_group_name_makes_a_compact_date_one_date_reads() -> None:
    compact = _regex("20260303", pattern=r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$", template="{y}-{m}-{d}")
    assert run("date", compact) == "2026-03-03"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ({"pattern": "(a)", "template": "{2}"}, "the pattern has no group {2}"),
        ({"pattern": "(a)", "template": "{0}"}, "the pattern has no group {0}"),
        ({"pattern": "(?P<y>a)", "template": "{x}"}, "the pattern has no group {x}"),
        ({"pattern": "(a)", "template": "{1}", "group": 1}, "give group or template, not both"),
    ],
)
def test_regex_template_naming_no_group_of_the_pattern_is_a_config_error(
    args: dict[str, object], said: str
) -> None:
    with pytest.raises(ValidationError) as info:
        TRANSFORMS["regex"].validate_args(args)
    assert info.value.messages == {"template": [said]}
    assert not danish(said).startswith(said)  # said in Danish too


def test_an_excel_date_number_is_named_as_one_and_never_read_as_that_day() -> None:
    """A workbook's date cell in the General format reads "46127": by hand, day 46127 after 30-12-1899 is
    15-04-2026 (46112 is 31-03-2026). The error says so; the value is not taken as that date."""
    with pytest.raises(TransformError) as info:
        run("date", "46127")
    assert (
        info.value.reason_en
        == "not a date: '46127' (an Excel date number, 15-04-2026? format the cell as a date)"
    )
    assert (
        info.value.reason_da
        == "ikke en dato: '46127' (et Excel-datotal, 15-04-2026? formatér cellen som dato)"
    )
    with pytest.raises(TransformError) as other:
        run("date", "12345")  # 1933: no date of a placement, so no hint
    assert other.value.reason_en == (
        "not a date: '12345': write the date as day-month-year with four digits, e.g. 03-03-2026"
    )


def test_a_header_written_with_combining_letters_is_found_by_its_composed_name() -> None:
    """Fanø's export saved on a Mac: "Årsag" as "A" + U+030A and "Bemærkning" unchanged; the config says
    `column:Årsag` as typed (one character Å)."""
    decomposed = unicodedata.normalize("NFD", "CPR;Årsag\n010190-1234;ORD\n")
    index = SourceIndex(read_csv(decomposed.encode("utf-8"), "eksport.csv"))
    assert index.find_header_row(["CPR", "Årsag"]) == (1, {"CPR": 1, "Årsag": 2})


@pytest.mark.parametrize(
    ("serial", "shown", "hours"),
    [(1.0625, "25:30:00", "25.5"), (0.0625, "1:30:00", "1.5"), (1.5625, "37:30:00", "37.5")],
)
def test_a_duration_cell_over_a_day_reads_as_excel_shows_it(serial: float, shown: str, hours: str) -> None:
    """A month's total in a "[h]:mm" cell: by hand, 1.0625 days is 25 hours 30 minutes. It was read as
    Python's "1 day, 1:30:00", which `hours` refused as a number with a space in it."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    book.add_worksheet("Timer").write_number("A1", serial, book.add_format({"num_format": "[h]:mm"}))
    book.close()
    (value,) = read_xlsx(buf.getvalue(), "timer.xlsx").values
    assert value.value == shown
    assert run("hours", shown) == hours


@pytest.mark.parametrize(
    ("number_format", "shown"),
    [("000000-0000", "030485-1234"), ("000000\\-0000", "030485-1234"), ("0000000000", "0304851234")],
)
def test_a_cpr_typed_as_a_number_reads_as_its_cell_shows_it(number_format: str, shown: str) -> None:
    """Danish Excel's custom format "000000-0000" shows the number 304851234 as 030485-1234; it was read
    as "304851234", and the record refused as a CPR number of nine digits."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    sheet = book.add_worksheet("Borgere")
    sheet.write_number("A1", 304851234, book.add_format({"num_format": number_format}))
    sheet.write_number("A2", 304851234, book.add_format({"num_format": "#,##0"}))  # not digits alone
    book.close()
    first, second = read_xlsx(buf.getvalue(), "borgere.xlsx").values
    assert (first.value, second.value) == (shown, "304851234")
