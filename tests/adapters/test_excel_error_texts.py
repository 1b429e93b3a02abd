"""Excel's error text (`#VALUE!`, `#N/A`...) in an XML element or attribute, or in a workbook's text cell,
is refused as a CSV cell holding it is (decision 0061, "Stop 65: fixes-93" for the CSV; "Stop 65:
fixes-97" for these): one rule for every reader (`readers.excel_errors`), never stored as a signer
"#VALUE!". A workbook's text cell of exactly "#N/A" stays R's missing value (openxlsx's na.string,
`test_na_combined_and_xlsx`), refused in a text field all the same."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from suggest_support import drafted_config

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping.form import map_form
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.tabular import read_xlsx
from hub.adapters.readers.xml import read_xml
from hub.errors import FieldProblem, Rejection

SHA = "ef" * 32
FORMS = """
[[forms]]
id = "mentor"
form_type = "mentor_hours"
format = "{fmt}"
  [forms.recognise]
  fields = ["{name}"]
  [[forms.fields]]
  path = "mentor.name"
  source = "{name}"
  [[forms.fields]]
  path = "signed_by"
  source = "{signed}"
  nullable = true
"""
ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#VÆRDI!", " #N/A "]
GUARDS = ["#N/A mangler", "N/A", "#1", "Ole #REF!", "NA#"]


def _form(tmp_path: Path, fmt: str, name: str, signed: str) -> FormConfig:
    return drafted_config(FORMS.format(fmt=fmt, name=name, signed=signed), tmp_path).forms[0]


def _xml(signed: str, attribute: bool = False) -> Extraction:
    """A mentor's sheet as XML, the signer an element's text or an attribute's value."""
    signer = f'<underskrift af="{signed}"/>' if attribute else f"<underskrift>{signed}</underskrift>"
    data = f'<?xml version="1.0" encoding="UTF-8"?><skema><mentor>Ole Berg</mentor>{signer}</skema>'
    return read_xml(data.encode(), "m.xml")


def _book(signed: str) -> Extraction:
    """A sheet whose B2 is a text cell (`t="inlineStr"`) holding `signed`: openpyxl would write
    "#N/A" as an error cell by itself, so the cell's type is set after its value."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Timer"
    sheet.append(["Mentor", "Ole Berg"])
    sheet.append(["Underskrift", signed])
    sheet["B2"].data_type = "s"
    out = io.BytesIO()
    book.save(out)
    return read_xlsx(out.getvalue(), "m.xlsx")


def _xml_form(tmp_path: Path, attribute: bool = False) -> FormConfig:
    signed = "/skema/underskrift/@af" if attribute else "/skema/underskrift"
    return _form(tmp_path, "xml", "/skema/mentor", signed)


def _refused(extraction: Extraction, config: FormConfig, filename: str) -> FieldProblem:
    with pytest.raises(Rejection) as caught:
        map_form(extraction, config, SHA, filename, "159")
    (problem,) = caught.value.problems
    assert problem.field == "signed_by"  # optional, and still refused: it is not empty
    return problem


@pytest.mark.parametrize("error", ERRORS)
def test_an_xml_element_holding_an_errors_text_is_refused(tmp_path: Path, error: str) -> None:
    problem = _refused(_xml(error), _xml_form(tmp_path), "m.xml")
    assert problem.describe() == (
        f"m.xml / mentor / /skema/underskrift / signed by (signed_by): the value is Excel's error "
        f"{error.strip()}: the formula it was copied from could not be calculated; correct it in Excel and "
        "send the file again"
    )
    assert problem.reason_da == (
        f"værdien er Excels fejl {error.strip()}: formlen, den er kopieret fra, kunne ikke regnes ud; ret "
        "den i Excel og send filen igen"
    )


def test_an_xml_attribute_holding_an_errors_text_is_refused(tmp_path: Path) -> None:
    problem = _refused(_xml("#REF!", attribute=True), _xml_form(tmp_path, attribute=True), "m.xml")
    assert problem.locator == "/skema/underskrift/@af"
    assert problem.reason_en.startswith("the value is Excel's error #REF!: ")


@pytest.mark.parametrize("error", [e for e in ERRORS if e != "#N/A"])
def test_a_workbooks_text_cell_holding_an_errors_text_is_refused(tmp_path: Path, error: str) -> None:
    problem = _refused(_book(error), _form(tmp_path, "xlsx", "next:Mentor", "next:Underskrift"), "m.xlsx")
    assert problem.describe() == (
        f'm.xlsx / mentor / sheet "Timer", cell B2 / signed by (signed_by): the cell shows Excel\'s error '
        f"{error.strip()}: its formula could not be calculated; correct it in Excel and send the file again"
    )
    assert problem.reason_da.startswith(f"cellen viser Excels fejl {error.strip()}: dens formel kunne ikke")


@pytest.mark.parametrize("text", GUARDS)
def test_a_text_that_only_holds_such_words_is_read(tmp_path: Path, text: str) -> None:
    in_xml = map_form(_xml(text), _xml_form(tmp_path), SHA, "m.xml", "159")
    config = _form(tmp_path, "xlsx", "next:Mentor", "next:Underskrift")
    in_book = map_form(_book(text), config, SHA, "m.xlsx", "159")
    assert (in_xml.record["signed_by"], in_book.record["signed_by"]) == (text, text)
