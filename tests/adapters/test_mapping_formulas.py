"""Only a workbook's values are looked at for Excel's formula marks (a formula never calculated, Excel's
error for one), and a CSV's formula written as its text ("=SUM(B2:B3)", decision 0060, "Eighteenth
trial"): no other reader makes them. A CSV cell that says Excel's error ("#N/A", "#VALUE!", Danish
Excel's "#I/T") is what Excel writes for an error cell, refused as the workbook's error cell is (decision
0061, "Stop 65: fixes-93"); a PDF field is still refused for what it was refused for; a workbook's
formula is still refused as it was."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from suggest_support import drafted_config

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping.form import map_form
from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.readers.tabular import read_csv, read_xlsx
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


def form(tmp_path: Path, fmt: str, name: str, signed: str) -> FormConfig:
    return drafted_config(FORMS.format(fmt=fmt, name=name, signed=signed), tmp_path).forms[0]


class AskedMeta(dict[str, Any]):
    """A value's meta that remembers every key it was asked for."""

    asked: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        AskedMeta.asked.add(key)
        return super().get(key, default)


def test_a_csv_formula_or_error_text_is_its_text(tmp_path: Path) -> None:
    # "N/A" and a text after "=" that is no formula are what the file says; only a formula written as
    # its text is one never calculated (Excel would show its value there). Excel's error "#N/A" is no
    # text (`test_excel_error_texts`, stop 65).
    extraction = read_csv(b"Mentor;=Ole Berg\nUnderskrift;N/A\nI alt;=SUM(B2:B3)\n", "m.csv")
    assert all(not value.meta.get("formula_error") for value in extraction.values)
    assert extraction.meta["uncached_formulas"] == [["", 3, 2]]
    mapped = map_form(
        extraction, form(tmp_path, "csv", "next:Mentor", "next:Underskrift"), SHA, "m.csv", "159"
    )
    assert mapped.record["mentor"] == {"name": "=Ole Berg"}
    assert mapped.record["signed_by"] == "N/A"


def test_a_pdf_value_is_not_looked_at_for_formulas(tmp_path: Path) -> None:
    AskedMeta.asked = set()
    values = (
        SourceValue("Mentor", "Ole Berg", AskedMeta(page=1)),
        SourceValue("Sign", "", AskedMeta(page=1)),
    )
    mapped = map_form(
        Extraction("pdf", values, {"pages": 1}), form(tmp_path, "pdf", "Mentor", "Sign"), SHA, "m.pdf", "159"
    )
    assert mapped.record["mentor"] == {"name": "Ole Berg"} and mapped.record["signed_by"] is None
    assert AskedMeta.asked and not AskedMeta.asked & {"uncached_formula", "formula_error"}


def test_a_pdf_field_shown_but_never_saved_is_still_refused(tmp_path: Path) -> None:
    values = (
        SourceValue("Mentor", "Ole Berg", {"page": 1}),
        SourceValue("Sign", "", {"page": 1, "shown_only": True}),
    )
    with pytest.raises(Rejection) as caught:
        map_form(
            Extraction("pdf", values, {"pages": 1}),
            form(tmp_path, "pdf", "Mentor", "Sign"),
            SHA,
            "m.pdf",
            "159",
        )
    (problem,) = caught.value.problems
    assert problem.field == "signed_by"
    assert problem.reason_en.startswith("the field shows text on the page but holds no value")


def test_a_workbooks_formula_error_is_still_refused_at_its_cell(tmp_path: Path) -> None:
    def cell(ref: str, row: int, col: int, text: str, **marks: bool) -> SourceValue:
        return SourceValue(f"Ark1!{ref}", text, {"sheet": "Ark1", "row": row, "col": col, **marks})

    values = (cell("A1", 1, 1, "Mentor"), cell("B1", 1, 2, "#REF!", formula_error=True))
    extraction = Extraction("xlsx", values, {"sheets": ["Ark1"], "uncached_formulas": [["Ark1", 2, 2]]})
    config = form(tmp_path, "xlsx", "Ark1!B1", "Ark1!B2")
    with pytest.raises(Rejection) as caught:
        map_form(extraction, config, SHA, "m.xlsx", "159")
    by_field = {problem.field: problem for problem in caught.value.problems}
    assert by_field["mentor.name"].reason_en == (
        "the cell shows Excel's error #REF!: its formula could not be calculated; correct it in Excel and "
        "send the file again"
    )
    assert by_field["signed_by"].reason_en.startswith("empty: the cell holds a formula whose value was never")


@pytest.mark.parametrize(
    "total",
    [
        "=SUM(B2:B3)",
        "= sum(B2;B3)",
        "=(B2+B3)",
        "=+B2+B3",
        "=-B2",
        "=5,5",
        # Lotus 1-2-3's ways to start one, which Excel still takes when typed (fixes-83)
        "+SUM(B2:B3)",
        "@SUM(B2:B3)",
        "+ sum(B2;B3)",
        "@Sum(B2:B3)",
        # and cells added after a sign, with no function (fixes-85)
        "+B2+B3",
        "-B2+B3",
        "+ $B$2 + B3",
        "+B2*1,5",
    ],
)
def test_a_csv_formula_is_refused_at_its_row_and_column_as_a_formula_never_its_digits(
    tmp_path: Path, total: str
) -> None:
    """A sheet exported as text with its formulas shown: the total's cell is the formula, whose digits
    are cell references ("B2", "B3"), never a number of hours; each form Excel would calculate is
    refused where it is, saying to save the file with values (stop 63)."""
    data = f"Mentor;Ole Berg\nTimer;2,5\nTimer;3\nI alt;{total}\n".encode()
    config = form(tmp_path, "csv", "next:Mentor", "next:I alt")
    with pytest.raises(Rejection) as caught:
        map_form(read_csv(data, "m.csv"), config, SHA, "m.csv", "159")
    (problem,) = caught.value.problems
    assert problem.field == "signed_by"
    assert problem.describe() == (
        "m.csv / mentor / row 4, column 2 (B4) / signed by (signed_by): a formula, not its value: the cell "
        "holds a "
        "spreadsheet's formula written as text (the sheet was saved with its formulas shown); save the "
        "file with values and send it again"
    )
    assert problem.reason_da == (
        "en formel, ikke dens værdi: cellen har et regnearks formel skrevet som tekst (arket er gemt med "
        "formlerne vist); gem filen med værdierne, og send den igen"
    )


def test_a_phone_or_a_text_after_plus_or_at_is_its_text() -> None:
    # A guard: only `+` or `@` then a function's name and its bracket is a formula; a phone number, a
    # signed number, a name after `@` and a word with a bracket after a space are what the file says.
    # Nor is one reference after a sign, or references among words, a formula: a code in a note.
    texts = ["+45 44 52 70 00", "+4544527000", "+7,5", "@Ole Berg", "@Ole (mentor)", "+ Ole (mentor)", "+SUM"]
    texts += ["+A4", "-B12", "+B12 tillæg", "+B2+B3 kr.", "+Ole+Berg", "-7,5+2"]
    data = "".join(f"Felt{n};{text}\n" for n, text in enumerate(texts)).encode()
    extraction = read_csv(data, "m.csv")
    assert "uncached_formulas" not in extraction.meta
    assert [value.value for value in extraction.values if value.meta["col"] == 2] == texts


# Stop 65: fixes-93. Excel's errors, in a workbook's error cell and as a CSV's text.
ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?"]


def _refused(extraction: Extraction, tmp_path: Path, fmt: str) -> FieldProblem:
    with pytest.raises(Rejection) as caught:
        map_form(extraction, form(tmp_path, fmt, "next:Mentor", "next:Underskrift"), SHA, f"m.{fmt}", "159")
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
    config = form(tmp_path, "csv", "next:Mentor", "next:Underskrift")
    mapped = map_form(read_csv(data, "m.csv"), config, SHA, "m.csv", "159")
    assert mapped.record["signed_by"] == text


# Excel's error text in XML and in a workbook's text cell (decision 0061, "Stop 65: fixes-97"): one rule for
# every reader (`readers.excel_errors`). A workbook's text cell of exactly "#N/A" stays R's missing value
# (openxlsx's na.string, `test_na_combined_and_xlsx`), refused in a text field all the same.
TEXT_ERRORS = [*ERRORS, "#VÆRDI!", " #N/A "]
GUARDS = ["#N/A mangler", "N/A", "#1", "Ole #REF!", "NA#"]


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
    return form(tmp_path, "xml", "/skema/mentor", signed)


def _refused_by(extraction: Extraction, config: FormConfig, filename: str) -> FieldProblem:
    with pytest.raises(Rejection) as caught:
        map_form(extraction, config, SHA, filename, "159")
    (problem,) = caught.value.problems
    assert problem.field == "signed_by"  # optional, and still refused: it is not empty
    return problem


@pytest.mark.parametrize("error", TEXT_ERRORS)
def test_an_xml_element_holding_an_errors_text_is_refused(tmp_path: Path, error: str) -> None:
    problem = _refused_by(_xml(error), _xml_form(tmp_path), "m.xml")
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
    problem = _refused_by(_xml("#REF!", attribute=True), _xml_form(tmp_path, attribute=True), "m.xml")
    assert problem.locator == "/skema/underskrift/@af"
    assert problem.reason_en.startswith("the value is Excel's error #REF!: ")


@pytest.mark.parametrize("error", [e for e in TEXT_ERRORS if e != "#N/A"])
def test_a_workbooks_text_cell_holding_an_errors_text_is_refused(tmp_path: Path, error: str) -> None:
    problem = _refused_by(_book(error), form(tmp_path, "xlsx", "next:Mentor", "next:Underskrift"), "m.xlsx")
    assert problem.describe() == (
        f'm.xlsx / mentor / sheet "Timer", cell B2 / signed by (signed_by): the cell shows Excel\'s error '
        f"{error.strip()}: its formula could not be calculated; correct it in Excel and send the file again"
    )
    assert problem.reason_da.startswith(f"cellen viser Excels fejl {error.strip()}: dens formel kunne ikke")


@pytest.mark.parametrize("text", GUARDS)
def test_a_text_that_only_holds_such_words_is_read(tmp_path: Path, text: str) -> None:
    in_xml = map_form(_xml(text), _xml_form(tmp_path), SHA, "m.xml", "159")
    config = form(tmp_path, "xlsx", "next:Mentor", "next:Underskrift")
    in_book = map_form(_book(text), config, SHA, "m.xlsx", "159")
    assert (in_xml.record["signed_by"], in_book.record["signed_by"]) == (text, text)


# Stop 72: cpu-123. A formula's problem is a mark like the others (`marked_values.FORMULA_MARKS`): a
# document none of whose values carries one is not looked at for one value by value.
FORMULA_KEYS = {"uncached_formula", "formula_error", "saved_uncalculated", "text_summed", "days_hidden"}
MARKED_TOTALS = [
    {"formula_error": True},
    {"saved_uncalculated": ["=SUM(B3:B4)", "5"]},
    {"text_summed": ["=SUM(B3:B4)", ["B3"]]},
    {"days_hidden": ["=SUM(B3:B4)", "25:30", "h:mm"]},
]


def _signed(fmt: str, sign: dict[str, Any]) -> Extraction:
    """Ole Berg's name and a signature of "5" (carrying `sign`'s marks), as each reader writes them."""
    if fmt == "xml":  # an element's values by their paths
        return Extraction(
            "xml",
            (
                SourceValue("/r[1]/mentor[1]", "Ole Berg", AskedMeta(xpath="/r/mentor")),
                SourceValue("/r[1]/sign[1]", "5", AskedMeta(xpath="/r/sign", **sign)),
            ),
            {"root": "r", "nsmap": {}},
        )
    where = {"sheet": "Ark1"} if fmt == "xlsx" else {}
    cells = [(1, 1, "Mentor", {}), (1, 2, "Ole Berg", {}), (2, 1, "Underskrift", {}), (2, 2, "5", sign)]
    values = tuple(
        SourceValue(f"{'ABC'[col - 1]}{row}", text, AskedMeta(row=row, col=col, **where, **marks))
        for row, col, text, marks in cells
    )
    return Extraction(fmt, values, {"sheets": ["Ark1"]} if fmt == "xlsx" else {})


@pytest.mark.parametrize("fmt", ["csv", "xml", "xlsx"])
def test_an_unmarked_documents_values_are_not_looked_at_for_formulas(tmp_path: Path, fmt: str) -> None:
    if fmt == "xml":
        config = form(tmp_path, fmt, "/r/mentor", "/r/sign")
    else:
        config = form(tmp_path, fmt, "next:Mentor", "next:Underskrift")
    AskedMeta.asked = set()
    mapped = map_form(_signed(fmt, {}), config, SHA, f"m.{fmt}", "159")
    assert (mapped.record["mentor"], mapped.record["signed_by"]) == ({"name": "Ole Berg"}, "5")
    assert AskedMeta.asked and not AskedMeta.asked & FORMULA_KEYS
    # One mark of a formula's problem on the value read, and it is looked at, and refused, as before.
    for mark in MARKED_TOTALS:
        with pytest.raises(Rejection) as caught:
            map_form(_signed(fmt, mark), config, SHA, f"m.{fmt}", "159")
        assert [problem.field for problem in caught.value.problems] == ["signed_by"], mark
