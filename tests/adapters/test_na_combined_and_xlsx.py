"""R's `NA` read by fixes-77's rule where fixes-77 did not look (decision 0061, "Stop 64: fixes-85"):
among a combining transform's sources in a CSV not quoted as R quotes (a day's hours missing from a
`sum`; a name's part refused as text is), and in a workbook's text cell `NA` or `#N/A`, as R's openxlsx
writes a missing value given `na.string` (checked with openxlsx 4.2.5: `write.xlsx(d, keepNA = TRUE,
na.string = "NA")` saves a shared string "NA"; without `na.string`, `keepNA` saves an error cell, which
is refused as Excel's error as before)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from suggest_support import drafted_config

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping.form import map_form
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.tabular import read_csv, read_xlsx
from hub.errors import Rejection

SHA = "fe" * 32
FORMS = """
[[forms]]
id = "mentor"
form_type = "mentor_hours"
format = "{fmt}"
  [forms.recognise]
  fields = ["next:Fornavn"]
  [[forms.fields]]
  path = "mentor.name"
  sources = ["next:Fornavn", "next:Efternavn"]
  transforms = [{{ name = "join", separator = " " }}]
  [[forms.fields]]
  path = "total_hours"
  sources = ["next:Man", "next:Tir", "next:Ons"]
  transforms = [{{ name = "sum", empty_is_zero = true }}]
  [[forms.fields]]
  path = "signed_by"
  source = "next:Godkendt af"
  nullable = true
  [[forms.fields]]
  path = "signed_on"
  source = "next:Godkendt dato"
  transforms = ["date"]
  nullable = true
"""


def _rows(
    first: str = "Ole", last: str = "Berg", tue: str = "NA", signer: str = "", day: str = ""
) -> list[list[str]]:
    return [
        ["Fornavn", first],
        ["Efternavn", last],
        ["Man", "2,5"],
        ["Tir", tue],
        ["Ons", "1,5"],
        ["Godkendt af", signer],
        ["Godkendt dato", day],
    ]


def _csv(rows: list[list[str]]) -> Extraction:
    # as a person or R's write.csv2(quote = FALSE) writes it: nothing quoted
    return read_csv("".join(f"{a};{b}\n" for a, b in rows).encode(), "m.csv")


def _xlsx(rows: list[list[str]]) -> Extraction:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for a, b in rows:
        sheet.append([a, b or None])
        if b == "#N/A":  # text, as openxlsx's na.string writes it; openpyxl would save Excel's error
            sheet.cell(sheet.max_row, 2).data_type = "s"
    out = io.BytesIO()
    book.save(out)
    return read_xlsx(out.getvalue(), "m.xlsx")


def _form(tmp_path: Path, fmt: str) -> FormConfig:
    return drafted_config(FORMS.format(fmt=fmt), tmp_path).forms[0]


def test_na_among_a_sums_days_is_a_day_missing(tmp_path: Path) -> None:
    # 2,5 + (NA: no hours) + 1,5 = 4; before: "'Tir': hours written in words only, ...: 'NA'" at B4
    mapped = map_form(_csv(_rows()), _form(tmp_path, "csv"), SHA, "m.csv", "159")
    assert mapped.record["total_hours"] == "4.0"
    assert mapped.record["mentor"] == {"name": "Ole Berg"}


def test_na_as_a_names_part_is_refused_not_joined(tmp_path: Path) -> None:
    # before: the mentor "Ole NA", stored
    with pytest.raises(Rejection) as caught:
        map_form(_csv(_rows(last="NA", tue="3")), _form(tmp_path, "csv"), SHA, "m.csv", "159")
    (problem,) = caught.value.problems
    assert (problem.field, problem.locator) == ("mentor.name", "row 2, column 2 (B2)")
    assert problem.reason_en.startswith("'NA' is how R writes a missing value, and in a file whose text")


@pytest.mark.parametrize("na", ["NA", "#N/A"])
def test_a_workbooks_na_text_is_no_value_where_a_date_or_hours_belong(tmp_path: Path, na: str) -> None:
    # before: the Tuesday "hours written in words only" at B4, and the day signed refused at B7
    mapped = map_form(_xlsx(_rows(tue=na, day=na)), _form(tmp_path, "xlsx"), SHA, "m.xlsx", "159")
    assert mapped.record["total_hours"] == "4.0"
    assert mapped.record["signed_on"] is None


@pytest.mark.parametrize("na", ["NA", "#N/A"])
def test_a_workbooks_na_text_is_no_signer(tmp_path: Path, na: str) -> None:
    # before: the signer "NA" (or "#N/A") stored, as if someone of that name had approved the hours
    with pytest.raises(Rejection) as caught:
        map_form(_xlsx(_rows(tue="3", signer=na)), _form(tmp_path, "xlsx"), SHA, "m.xlsx", "159")
    (problem,) = caught.value.problems
    assert (problem.field, problem.locator) == ("signed_by", 'sheet "Sheet", cell B6')
    assert problem.reason_en == (
        f"'{na}' is how R writes a missing value (openxlsx's na.string), and in a workbook it cannot be told "
        f"from the text {na}, so the hub neither stores it as this field's text nor leaves it out: leave the "
        "cell empty where there is no value, or have R write the workbook without na.string"
    )
    assert problem.reason_da.startswith(f"'{na}' er R's måde at skrive en manglende værdi på (openxlsx's")


def test_a_workbooks_other_text_reads_as_before(tmp_path: Path) -> None:
    # a guard: "NA" inside a text, and "N/A", are what the cell says
    rows = _rows(last="NA Berg", tue="3", signer="N/A")
    mapped = map_form(_xlsx(rows), _form(tmp_path, "xlsx"), SHA, "m.xlsx", "159")
    assert (mapped.record["mentor"], mapped.record["signed_by"]) == ({"name": "Ole NA Berg"}, "N/A")


@pytest.mark.parametrize(
    ("fmt", "locator"), [("csv", "row 4, column 2 (B4)"), ("xlsx", 'sheet "Sheet", cell B4')]
)
def test_na_among_a_sums_days_is_quoted_where_a_day_is_required(
    tmp_path: Path, fmt: str, locator: str
) -> None:
    # Without `empty_is_zero` a day must be written; before: "'Tir': no hours written (write 0 for
    # none)", while the cell reads NA (review-89). Now as a single source's NA is said.
    config = drafted_config(
        FORMS.format(fmt=fmt).replace('{ name = "sum", empty_is_zero = true }', '"sum"'), tmp_path
    )
    read = _csv if fmt == "csv" else _xlsx
    with pytest.raises(Rejection) as caught:
        map_form(read(_rows()), config.forms[0], SHA, f"m.{fmt}", "159")
    (problem,) = caught.value.problems
    assert (problem.field, problem.locator) == ("total_hours", locator)
    assert (
        problem.reason_en == "'Tir': 'NA' (a missing value as R writes it) is no value: a value is required"
    )
    assert (
        problem.reason_da
        == "'Tir': 'NA' (en manglende værdi, som R skriver den) er ingen værdi: feltet skal udfyldes"
    )
