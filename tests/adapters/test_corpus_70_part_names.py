"""A workbook's parts are found by name as Excel finds them: whatever their case, and with backslashes
for slashes (decision 0061, stop 60; ExcelDataReader's `Test_git_issue_301_IgnoreCase.xlsx` and
`Test_git_issue_385_backslash.xlsx`, PhpSpreadsheet's `issue.3730.xlsx`). Before, each was refused as
missing a part it holds. Every workbook here is made by openpyxl in the test and its members renamed."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import openpyxl
import pytest

from hub.adapters.readers import extract
from hub.adapters.readers.sniff import sniff_format
from hub.errors import UnreadableDocument
from hub.services.upload_zips import is_archive


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Ark1"
    sheet["A1"], sheet["B1"] = "Dato", "Timer"
    sheet["A2"], sheet["B2"] = "01-09-2026", 7.5
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _renamed(data: bytes, rename: Callable[[str], str], drop: str = "") -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for name in source.namelist():
            if name != drop:
                target.writestr(rename(name), source.read(name))
    return out.getvalue()


def _windows(name: str) -> str:
    return name.replace("/", "\\")


_CASES = {  # as ExcelDataReader's IgnoreCase file has them
    "xl/workbook.xml": "xl/WorkBook.xml",
    "xl/_rels/workbook.xml.rels": "xl/_rels/WorkBook.xml.rels",
    "xl/styles.xml": "xl/STYLES.XML",
    "xl/worksheets/sheet1.xml": "xl/WorkSheets/SHEET1.xml",
    "[Content_Types].xml": "[content_types].xml",
}


def _other_case(name: str) -> str:
    return _CASES.get(name, name)


def _values(data: bytes) -> list[tuple[str, str]]:
    return [(v.key, v.value) for v in extract(data, "timer.xlsx").values]


@pytest.mark.parametrize("rename", [_windows, _other_case, lambda name: _windows(_other_case(name))])
def test_a_workbook_whose_part_names_differ_as_excel_allows_reads_as_itself(
    rename: Callable[[str], str],
) -> None:
    original = _workbook()
    data = _renamed(original, rename)
    assert "xl/workbook.xml" not in zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert not is_archive(data) and sniff_format(data, "timer.xlsx") == "xlsx"
    assert (
        _values(data)
        == _values(original)
        == [
            ("Ark1!A1", "Dato"),
            ("Ark1!B1", "Timer"),
            ("Ark1!A2", "01-09-2026"),
            ("Ark1!B2", "7.5"),
        ]
    )


def test_a_part_that_is_not_there_in_any_spelling_is_still_missing() -> None:
    data = _renamed(_workbook(), _windows, drop="xl/worksheets/sheet1.xml")
    with pytest.raises(UnreadableDocument) as info:
        extract(data, "timer.xlsx")
    assert info.value.problems[0].reason_en == (
        'damaged Excel workbook (.xlsx): the workbook lists sheet "Ark1", but the file does not hold it; '
        "open it in Excel and save it again"
    )
