"""The company's XLSX form names each week as its PDF form and the hub's other Danish do, "uge 32 2026",
not "2026-W32" (decision 0061, "Stop 62: fixes-75"); the company adapter reads back both what it
writes now and what older forms wrote."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
from company_data import form_spec
from test_company_form_roundtrip import read_back

from hub.exports.company_form_xlsx import write_form_xlsx
from hub.services.company_sources import week_words

FILLED = {"F7": 3, "F8": 2.5, "F9": 0, "F10": 1, "B17": "Søren Kæmpe", "B18": datetime(2026, 9, 1)}
# intern 1's four weeks, as the form prints them (rows 7-10)
WEEKS = {"E7": "2026-W32", "E8": "2026-W33", "E9": "2026-W34", "E10": "2026-W35"}


def _book(weeks: dict[str, str] | None = None) -> openpyxl.Workbook:
    out = io.BytesIO()
    write_form_xlsx(form_spec("mentor_hours"), out)
    book = openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    for ref, value in {**FILLED, **(weeks or {})}.items():
        book.active[ref] = value
    return book


def _saved(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_weeks_are_written_in_danish_words_with_their_year() -> None:
    sheet = _book().active
    assert [sheet[ref].value for ref in WEEKS] == ["uge 32 2026", "uge 33 2026", "uge 34 2026", "uge 35 2026"]


def test_a_form_with_the_weeks_as_older_forms_wrote_them_is_read_alike() -> None:
    now = read_back(_saved(_book()), "mentortimer.xlsx")
    older = read_back(_saved(_book(WEEKS)), "mentortimer.xlsx")
    assert now == older
    first = now[1][0]
    assert [entry["week"] for entry in first["entries"]] == list(WEEKS.values())


def test_the_record_page_names_a_rows_week_from_either_words() -> None:
    # the company's record page says which row a value came from by its week (`company_sources`)
    assert week_words("uge 32 2026") == ("week 32 2026", "uge 32 2026")
    assert week_words("2026-W32") == ("week 32 2026", "uge 32 2026")
    assert week_words("uge 32") is None  # a week without its year is no week the form prints
