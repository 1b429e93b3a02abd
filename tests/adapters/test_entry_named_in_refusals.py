"""A refusal inside a list names the entry as the document shows it (decision 0060, "Stop 66: lang-100,
a list's entry named in a refusal"): its number read, counted from 1, and its row of the form, row of a
table, column of a pivot or element; the path's index (`entries[1]`) counts the entries read, and a row
left blank on the form is none (lang-93 "Not done").

Gladsaxe's timesheet (`tests/golden/gladsaxe/mentor_hours.pdf`, rows `Dato, række n`/`Timer, række n`):
row 1 emptied wholly and row 3's hours (`Tekstfelt37`) emptied with pikepdf, so the second entry read is
row 3 of the form. The CSV and the pivot are `test_list_subtotals`' and `test_list_across`' files.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from test_list_across import HEAD_ROWS as PIVOT_HEAD
from test_list_across import WEEKS as PIVOT_WEEKS
from test_list_across import form as pivot_form
from test_list_subtotals import HEAD_ROWS, SIGNED, STOP, form, run
from test_subtotal_lines import csv

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import map_form
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.api.problem_shapes import Problem
from hub.errors import FieldProblem, Rejection

GOLDEN = Path("tests/golden/gladsaxe/mentor_hours.pdf")


def _emptied(*names: str) -> bytes:
    pdf = pikepdf.open(io.BytesIO(GOLDEN.read_bytes()))
    for field in pdf.Root.AcroForm.Fields:
        if str(field.get("/T")) in names:
            field.V = pikepdf.String("")
            if "/AP" in field:
                del field["/AP"]  # nothing drawn either: a box left empty, not a value unsaved
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _refused(data: bytes, name: str, config: object) -> FieldProblem:
    with pytest.raises(Rejection) as info:
        map_form(extract(data, name, READ_OPTIONS), config, "ab" * 32, name, "159")  # type: ignore[arg-type]
    (problem,) = info.value.problems
    return problem


def test_a_pdf_rows_refusal_names_the_forms_row_and_the_entrys_number() -> None:
    timesheet = load_config_file(Path("config/municipalities/gladsaxe.toml")).form("mentortimer")
    problem = _refused(_emptied("Tekstfelt5", "Tekstfelt35", "Tekstfelt37"), "mentor_hours.pdf", timesheet)
    assert problem.field == "entries[1].hours"  # the contract: the entries read, from 0
    assert (problem.entry, problem.entry_da) == (
        "entry 2 (row 3 of the form)",
        "post 2 (række 3 i formularen)",
    )
    assert problem.describe("da").startswith(
        'mentor_hours.pdf / mentortimer / felt "Tekstfelt37" ("3.") på side 1 /'
        " post 2 (række 3 i formularen), timer: "
    )
    assert " / entry 2 (row 3 of the form), hours (entries[1].hours): " in problem.describe("en")
    answered = problem.answer()
    assert (answered["field_en"], answered["field_da"]) == (
        "entry 2 (row 3 of the form): hours",
        "post 2 (række 3 i formularen): timer",
    )
    shaped = Problem().dump(answered)
    assert (shaped["entry"], shaped["field_da"]) == (
        "entry 2 (row 3 of the form)",
        "post 2 (række 3 i formularen): timer",
    )


def test_a_tables_refusal_names_its_row(tmp_path: Path) -> None:
    """The second day (row 8) without its hours: row 7 is the first entry."""
    days = [["03-08-2026", "2"], ["05-08-2026", ""], ["10-08-2026", "3"]]
    problem = _refused_csv(run, csv([*HEAD_ROWS, *days, *SIGNED]), form(tmp_path, STOP))
    assert (problem.field, problem.locator) == ("entries[1].hours", "row 8, column 2 (B8)")
    assert (problem.entry, problem.entry_da) == ("entry 2 (row 8)", "post 2 (række 8)")


def test_a_pivots_refusal_names_its_column(tmp_path: Path) -> None:
    # C7 no number under 2026-W46 (a blank there is no visit since fixes-105, and no refusal)
    weeks = [PIVOT_WEEKS[0], ["Mentortimer", "3", "fri", "", "4"]]
    problem = _refused_csv(run, csv([*PIVOT_HEAD, *weeks]), pivot_form(tmp_path))
    assert (problem.field, problem.entry, problem.entry_da) == (
        "entries[1].hours",
        "entry 2 (column C)",
        "post 2 (kolonne C)",
    )


def test_a_problem_of_no_entry_is_stored_as_before() -> None:
    """`entry` is said only when set: every other problem keeps its shape."""
    assert "entry" not in FieldProblem("r", "r", field="citizen.cpr").to_dict()


def _refused_csv(read: object, found: object, config: object) -> FieldProblem:
    with pytest.raises(Rejection) as info:
        read(found, config)  # type: ignore[operator]
    (problem,) = info.value.problems
    return problem
