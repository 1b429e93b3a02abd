"""Excel's error for a formula it could not calculate (`#N/A`, `#VALUE!`, `#REF!`, `#DIV/0!`, `#NAME?`)
is no value: a workbook's error cell is refused at its sheet and cell, naming the error, in Danish and
English (decision 0061, "Stop 63"), and so is a CSV cell holding the error's text, which Excel writes
when it saves such a sheet as CSV (Danish Excel its Danish words, `#I/T`), never read as a name or a
signer (decision 0061, "Stop 65: fixes-93")."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from suggest_support import drafted_config

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping.form import map_form
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.tabular import read_csv, read_xlsx
from hub.errors import FieldProblem, Rejection

SHA = "ef" * 32
FORMS = """
[[forms]]
id = "mentor"
form_type = "mentor_hours"
format = "{fmt}"
  [forms.recognise]
  fields = ["next:Mentor"]
  [[forms.fields]]
  path = "mentor.name"
  source = "next:Mentor"
  [[forms.fields]]
  path = "signed_by"
  source = "next:Underskrift"
  nullable = true
"""
ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?"]


def _form(tmp_path: Path, fmt: str) -> FormConfig:
    return drafted_config(FORMS.format(fmt=fmt), tmp_path).forms[0]


def _refused(extraction: Extraction, tmp_path: Path, fmt: str) -> FieldProblem:
    with pytest.raises(Rejection) as caught:
        map_form(extraction, _form(tmp_path, fmt), SHA, f"m.{fmt}", "159")
    (problem,) = caught.value.problems
    assert problem.field == "signed_by"  # optional, and still refused: the cell is not empty
    return problem


def _error_book(error: str) -> bytes:
    """A sheet whose B2 is a VLOOKUP Excel could not calculate, saved as Excel saves it: `t="e"`."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Timer"
    sheet.append(["Mentor", "Ole Berg"])
    sheet.append(["Underskrift", "placeholder"])
    out = io.BytesIO()
    book.save(out)
    changed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as old, zipfile.ZipFile(changed, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                start = data.index(b'<c r="B2"')
                end = data.index(b"</c>", start) + len(b"</c>")
                cell = f'<c r="B2" t="e"><f>VLOOKUP(A2,D:E,2,0)</f><v>{error}</v></c>'.encode()
                data = data[:start] + cell + data[end:]
            new.writestr(item, data)
    return changed.getvalue()


@pytest.mark.parametrize("error", ERRORS)
def test_a_workbooks_error_cell_is_refused_naming_the_cell_and_the_error(tmp_path: Path, error: str) -> None:
    problem = _refused(read_xlsx(_error_book(error), "m.xlsx"), tmp_path, "xlsx")
    assert problem.describe() == (
        f'm.xlsx / mentor / sheet "Timer", cell B2 / signed by (signed_by): the cell shows Excel\'s error '
        f"{error}: its formula could not be calculated; correct it in Excel and send the file again"
    )
    assert problem.locator_da == 'ark "Timer", celle B2'
    assert problem.reason_da == (
        f"cellen viser Excels fejl {error}: dens formel kunne ikke regnes ud; ret den i Excel og send "
        "filen igen"
    )


@pytest.mark.parametrize("error", [*ERRORS, "#NUM!", "#NULL!", "#I/T", "#VÆRDI!", "#DIVISION/0!", " #N/A "])
def test_a_csv_cell_holding_an_errors_text_is_refused_the_same_way(tmp_path: Path, error: str) -> None:
    data = f"Mentor;Ole Berg\nUnderskrift;{error}\n".encode()
    problem = _refused(read_csv(data, "m.csv"), tmp_path, "csv")
    assert problem.describe() == (
        "m.csv / mentor / row 2, column 2 (B2) / signed by (signed_by): the cell shows Excel's error "
        f"{error.strip()}: its formula could not be calculated; correct it in Excel and send the file again"
    )
    assert problem.reason_da.startswith(f"cellen viser Excels fejl {error.strip()}: dens formel kunne ikke")


@pytest.mark.parametrize("text", ["#N/A mangler", "N/A", "#1", "Ole #REF!"])
def test_a_csv_text_that_only_holds_such_words_is_read(tmp_path: Path, text: str) -> None:
    data = f"Mentor;Ole Berg\nUnderskrift;{text}\n".encode()
    mapped = map_form(read_csv(data, "m.csv"), _form(tmp_path, "csv"), SHA, "m.csv", "159")
    assert mapped.record["signed_by"] == text
