"""A week of the company's one form left blank between weeks filled in (decision 0060, "Stop 55:
stray-63"): the company page asks for 0 in a week without hours, and a blank week was dropped from the
record without a word, so the month had a timesheet and the claim was a week short. It is refused at
its own box or cell; a blank week before the first is read as before, one after the last only if it was
not over when the form was signed (stop 56: `test_company_form_trailing_week.py`).

The form is `company_data.form_spec`'s August 2026: intern 1 has weeks 32-35 (PDF d1_timer1..4, XLSX
rows 7-10), intern 3 weeks 33-35 (d3_timer1..3, rows 13-15).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from test_company_form_roundtrip import filled_pdf, filled_xlsx

from hub.adapters import pipeline
from hub.adapters.language.company_adapter import load_company_adapter
from hub.adapters.mapping.form_items import MappedItem, map_items
from hub.adapters.readers import extract

ROOT = Path(__file__).resolve().parents[2]
SIGNED_PDF = {"underskrevet_af": "Søren Kæmpe", "underskrevet_dato": "01.09.2026"}
SIGNED_XLSX = {"B17": "Søren Kæmpe", "B18": datetime(2026, 9, 1)}


def items(data: bytes, filename: str) -> list[MappedItem]:
    """Each filled-in intern's outcome, as the company adapter reads the file."""
    company = load_company_adapter(ROOT / "config" / "company.toml")
    extraction = extract(data, filename, pipeline.READ_OPTIONS)
    form, extraction = pipeline.recognise(company, extraction, filename, data, {})
    return list(map_items(extraction, form, "0" * 64, filename, company.code, {}))


def test_a_pdf_week_left_blank_between_weeks_filled_in_is_refused_at_its_box() -> None:
    values = {"d1_timer1": "3", "d1_timer3": "0", "d1_timer4": "1", "d3_timer1": "2", **SIGNED_PDF}
    first, third = items(filled_pdf("mentor_hours", values), "mentortimer.pdf")
    assert first.mapped is None
    (problem,) = first.problems
    assert problem.locator == 'field "d1_timer2" ("Timer") on page 1'
    assert problem.field == "entries.hours"
    assert "'uge 33 2026'" in problem.reason_en and "0 if there was none" in problem.reason_en
    assert "'uge 33 2026'" in problem.reason_da and "0 hvis der ikke var nogen" in problem.reason_da
    # Intern 3's weeks 34 and 35 after the one filled in had ended (30 August) when the form was signed
    # on 1 September: forgotten, not "not over yet" (stop 56), each told at its box.
    assert third.mapped is None
    assert [p.locator for p in third.problems] == [
        'field "d3_timer2" ("Timer") on page 1',
        'field "d3_timer3" ("Timer") on page 1',
    ]


def test_an_xlsx_week_left_blank_between_weeks_filled_in_is_refused_at_its_cell() -> None:
    cells = {"F7": 3, "F9": 1, "F14": 2, "F15": 1, **SIGNED_XLSX}
    first, third = items(filled_xlsx("mentor_hours", cells), "mentortimer.xlsx")
    assert first.mapped is None
    # week 35 (F10) too, after the last filled in: it had ended before the form was signed (stop 56)
    problem, last = first.problems
    assert problem.locator == 'sheet "Mentortimer", cell F8'
    assert problem.locator_da == 'ark "Mentortimer", celle F8'
    assert last.locator == 'sheet "Mentortimer", cell F10'
    # Intern 3's week 33 before the ones filled in: on a sheet sent already, perhaps.
    assert third.mapped is not None and not third.problems
    assert third.mapped.record["entries"] == [
        {"week": "2026-W34", "hours": "2.0"},
        {"week": "2026-W35", "hours": "1.0"},
    ]
