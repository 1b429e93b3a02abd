"""Values typed below where a csv/xlsx table ends, read by no rule (decision 0060, "Stop 57: quiet-65").

Herlev's golden timesheet (csv, a table without a stop rule: it ends at its first blank row) and
Furesø's (xlsx, the same), written again the way their producers write them (Python's csv writer,
openpyxl). Before: a lone `2` under the hours column below the signature, or the days below a blank row
typed inside the table, were read as nothing and the sheet stored short, without a word. Now each is
refused at its cell, in English and Danish.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest

from hub.adapters import pipeline
from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form_items import MappedItem, map_items
from hub.adapters.readers import extract
from hub.errors import FieldProblem, Rejection

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"


def _map(name: str | Path, data: bytes, filename: str) -> list[MappedItem]:
    """The items of a document read by a kept municipality's config (its name), or by the file given."""
    path = name if isinstance(name, Path) else ROOT / "config" / "municipalities" / f"{name}.toml"
    config = load_config_file(path)
    extraction = extract(data, filename, pipeline.READ_OPTIONS)
    form, extraction = pipeline.recognise(config, extraction, filename, data, {})
    return map_items(extraction, form, "0" * 64, filename, config.code, {})


def _herlev(rows: list[list[str]]) -> bytes:
    """Herlev's timesheet's rows (edited), written as its case system does: Python's csv writer."""
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("cp1252")


def _golden_rows() -> list[list[str]]:
    text = (GOLDEN / "herlev" / "mentor_hours.csv").read_bytes().decode("cp1252")
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=";")]


def _problems(name: str | Path, data: bytes, filename: str) -> list[FieldProblem]:
    """The problems of mapping a document: a table of items refuses the document, a form its item."""
    try:
        items = _map(name, data, filename)
    except Rejection as exc:
        return list(exc.problems)
    return [problem for item in items for problem in item.problems]


def _refused(name: str, data: bytes, filename: str) -> tuple[str, str, str]:
    (problem,) = _problems(name, data, filename)
    return problem.locator, problem.reason_en, problem.reason_da


def test_a_lone_number_under_the_hours_below_the_signature_is_refused_at_its_cell() -> None:
    rows = _golden_rows()  # rows 8-11 the days, 12 blank, 13 the signature
    assert rows[12][0] == "Underskrevet af"
    rows.append(["", "2", ""])  # row 14: two hours more, typed under the signature in the Timer column
    locator, en, da = _refused("herlev", _herlev(rows), "timer.csv")
    assert locator == "row 14, column 2 (B14)"
    assert en.startswith("the table ends at row 12, a blank row, but below it B14 '2' is typed")
    assert da.startswith("tabellen slutter i række 12, en tom række, men under den er B14 '2' skrevet")


def test_a_lone_sum_under_the_hours_is_a_total_and_read() -> None:
    rows = _golden_rows()
    rows.append(["", "7", ""])  # not the column's sum (1,5 + 1,5 + 1 + 2 = 6): a value, refused
    assert _refused("herlev", _herlev(rows), "timer.csv")[0] == "row 14, column 2 (B14)"
    rows[-1] = ["", "6", ""]  # the column's sum printed alone, a total without its words: read as before
    assert _problems("herlev", _herlev(rows), "timer.csv") == []


def test_days_below_a_blank_row_inside_the_table_are_refused() -> None:
    rows = _golden_rows()
    rows.insert(9, ["", "", ""])  # a blank row after 13-08-2026: 17-08 and 19-08 now lie below it
    locator, en, da = _refused("herlev", _herlev(rows), "timer.csv")
    assert locator == "row 11, column 1 (A11)"
    assert en.startswith(
        "the table ends at row 10, a blank row, but row 11 below it holds a whole row of values, which is"
        " not read"
    )
    assert da.startswith("tabellen slutter i række 10, en tom række, men række 11 under den har en hel")


def _furesoe(edit: str) -> bytes:
    book = openpyxl.load_workbook(GOLDEN / "furesoe" / "mentor_hours.xlsx")
    sheet = book.active
    assert sheet is not None
    if edit == "lone":
        sheet["B16"] = 2  # two hours under the Timer column, below the signature lines (rows 12-13)
    else:  # a blank row typed into the table after week 37: weeks 38 and 39 below it
        sheet.insert_rows(9)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_xlsx_lone_number_below_the_signature_is_refused() -> None:
    locator, en, _ = _refused("furesoe", _furesoe("lone"), "timer.xlsx")
    assert locator.endswith("B16")
    assert "the table ends at row 11, a blank row, but below it B16 '2' is typed" in en


def test_xlsx_weeks_below_a_blank_row_are_refused() -> None:
    locator, en, _ = _refused("furesoe", _furesoe("blank"), "timer.xlsx")
    assert locator.endswith("A10")
    assert en.startswith("the table ends at row 9, a blank row, but row 10 below it holds a whole row")


def _herlev_stopped(tmp_path: Path, stop: str) -> Path:
    """Herlev's config with its timesheet's table ended by a key rule (`blank` or `not_date`), as a
    config writer gives a table whose end no label marks (decision 0060, "Stop 58: quiet-66")."""
    text = (ROOT / "config" / "municipalities" / "herlev.toml").read_text(encoding="utf-8")
    table = 'table = { date = "Dato", hours = "Timer" }\n'
    assert text.count(table) == 1
    path = tmp_path / "herlev.toml"
    path.write_text(text.replace(table, f'{table}  stop = {{ {stop} = "Dato" }}\n'), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("stop", "end", "end_da"),
    [
        ("blank", "row 12 (Dato: blank)", "række 12 (Dato: tom)"),
        # A blank row does not end a `not_date` table (it is skipped): the signature's label does.
        ("not_date", "row 13 (Dato: 'Underskrevet af')", "række 13 (Dato: 'Underskrevet af')"),
    ],
)
def test_a_lone_number_below_a_key_rules_end_is_refused_at_its_cell(
    tmp_path: Path, stop: str, end: str, end_da: str
) -> None:
    """Before, only a table ended by its stop label or first blank row was looked below: with `blank` or
    `not_date` on `Dato` the `2` typed under the signature was lost and the sheet stored 2 hours short."""
    config = _herlev_stopped(tmp_path, stop)
    rows = _golden_rows()  # rows 8-11 the days, 12 blank (no date: the table's end), 13 the signature
    (item,) = _map(config, _herlev(rows), "timer.csv")
    assert item.problems == () and item.mapped is not None  # the sheet as written reads as before
    # W33: 10-08 1,5 and 13-08 1,5; W34: 17-08 1 and 19-08 2.
    assert item.mapped.record["entries"] == [
        {"week": "2026-W33", "hours": "3.0"},
        {"week": "2026-W34", "hours": "3.0"},
    ]
    rows.append(["", "2", ""])  # row 14: two hours more, under the signature in the Timer column
    (problem,) = _problems(config, _herlev(rows), "timer.csv")
    assert problem.locator == "row 14, column 2 (B14)"
    assert problem.reason_en.startswith(f"the table ends at {end}, but below it B14 '2' is typed")
    assert problem.reason_da.startswith(f"tabellen slutter i {end_da}, men under den er B14 '2'")


def _ishoej(**cells: str) -> bytes:
    """Ishøj's case system's export (golden, xlsx: one placement a row, rows 8-10, row 11 blank) with
    `cells` typed in, as openpyxl writes them."""
    return _typed_in(GOLDEN / "ishoej" / "placements.xlsx", "Udtræk", cells)


def _typed_in(path: Path, name: str, cells: dict[str, str]) -> bytes:
    """A workbook with `cells` of its sheet `name` typed in, saved by openpyxl."""
    book = openpyxl.load_workbook(path)
    sheet = book[name]
    for ref, text in cells.items():
        sheet[ref] = text
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_name_typed_under_the_exports_name_column_is_refused_at_its_cell() -> None:
    """Before: a fourth citizen's name typed below the blank row under the export, in the `Navn` column
    (all names), was read by no rule and the three others stored, without a word; typed right under the
    table, the same name was refused as a row lacking its values. Now both are said."""
    locator, en, da = _refused("ishoej", _ishoej(B12="Mette Hansen"), "udtraek.xlsx")
    assert locator == 'sheet "Udtræk", cell B12'
    assert en.startswith("the table ends at row 11, a blank row, but below it B12 'Mette Hansen' is typed")
    assert da.startswith("tabellen slutter i række 11, en tom række, men under den er B12 'Mette Hansen'")
    # The company's name beside it, or a note in the optional `Formål` column, is part of the same row.
    data = _ishoej(B12="Mette Hansen", D12="Falck Danmark", N12="Ny borger")
    assert _refused("ishoej", data, "udtraek.xlsx")[0] == 'sheet "Udtræk", cell B12'


def test_words_below_the_export_that_are_no_name_are_its_own_text() -> None:
    for typed in ({"B12": "Udskrevet af Karin Lund Nielsen"}, {"N12": "Mangler underskrift"}):
        assert _problems("ishoej", _ishoej(**typed), "udtraek.xlsx") == []


def _middelfart(**cells: str) -> bytes:
    """Middelfart's overview of the sites' reports (the twentieth trial's, ExcelJS: one report a row,
    rows 5-7, the citizen's `Navn` optional in its config) with `cells` typed in, as openpyxl writes them."""
    overview = ROOT / "tests" / "onboarding" / "golden" / "middelfart" / "statusudtalelser.xlsx"
    return _typed_in(overview, "Statusudtalelser", cells)


def test_a_name_typed_under_an_optional_name_column_is_refused_at_its_cell() -> None:
    """Stop 59: suggest-68. Where the citizen's name is optional (a progress report's record may hold it),
    a fourth citizen's name typed below the blank row under the overview was read by no rule and said by
    none: only required columns were weighed. A name in an optional column of names is a row begun too;
    a note or a printed line there is still the form's own text."""
    config = ROOT / "tests" / "onboarding" / "config" / "middelfart.toml"
    for typed in ({"B9": "Mette Hansen"}, {"B9": "Mette Hansen", "L9": "Ny borger"}):
        (problem,) = _problems(config, _middelfart(**typed), "statusudtalelser.xlsx")
        assert problem.locator == 'sheet "Statusudtalelser", cell B9'
        assert problem.reason_en.startswith(
            "the table ends at row 8, a blank row, but below it B9 'Mette Hansen'"
        )
        assert problem.reason_da.startswith(
            "tabellen slutter i række 8, en tom række, men under den er B9 'Mette Hansen'"
        )
    for typed in ({"B9": "Udskrevet af Karin Lund Nielsen"}, {"L9": "Mangler underskrift"}):
        assert _problems(config, _middelfart(**typed), "statusudtalelser.xlsx") == []
