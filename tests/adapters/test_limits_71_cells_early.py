"""A workbook past the cell limit is refused before its cells are read into values where the package
says it is large, and judged by its real cells whatever its `<dimension>` says (decision 0061, "Stop 60:
limits-71"). The workbooks are built here, plain zip and XML."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from lxml import etree

from hub.adapters.readers import xlsx_sheet
from hub.adapters.readers.tabular import read_xlsx
from hub.adapters.readers.tabular_limits import MAX_CELLS
from hub.adapters.readers.xlsx_cell_count import claims_more
from hub.errors import UnreadableDocument

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_PARTS = {
    "[Content_Types].xml": (
        f'<Types xmlns="{_PKG}/content-types"><Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
        'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    ),
    "_rels/.rels": (
        f'<Relationships xmlns="{_PKG}/relationships"><Relationship Id="rId1" Type="{_REL}/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>'
        '<sheet name="Timer" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        f'<Relationships xmlns="{_PKG}/relationships"><Relationship Id="rId1" Type="{_REL}/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>'
    ),
}


def _book(
    dimension: str, rows: int, columns: int, with_refs: bool = True, strings: int = 1, prefix: str = ""
) -> bytes:
    """A workbook of one sheet "Timer": `rows` rows of `columns` numbers each (1, 2, 3, ... row by row),
    its `<dimension ref>` as given; rows and cells with or without their `r`; cells written `<prefix:c>`
    with the prefix bound on <sheetData>, where a prefix is given."""
    letters = "ABCDEFGHIJKL"
    body = []
    for row in range(1, rows + 1):
        if with_refs:
            cells = "".join(f'<c r="{letters[c]}{row}"><v>{c + 1}</v></c>' for c in range(columns))
        else:
            cell = f"{prefix}:c" if prefix else "c"
            cells = "".join(f"<{cell}><v>{c + 1}</v></{cell}>" for c in range(columns))
        body.append(f'<row r="{row}">{cells}</row>' if with_refs else f"<row>{cells}</row>")
    rows_xml = "".join(body)
    bound = f' xmlns:{prefix}="{_MAIN}"' if prefix else ""
    sheet = (
        f'<worksheet xmlns="{_MAIN}"><dimension ref="{dimension}"/><sheetData{bound}>{rows_xml}</sheetData>'
    )
    sheet += "</worksheet>"
    parts = dict(_PARTS)
    parts["xl/worksheets/sheet1.xml"] = sheet
    parts["xl/sharedStrings.xml"] = (
        f'<sst xmlns="{_MAIN}" count="{strings}" uniqueCount="1"><si><t>x</t></si></sst>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A spy on the reading of rows into cells: how many cells were read into values."""
    counted = [0]
    real = xlsx_sheet.row_cells

    def spy(node: etree._Element, *args: Any) -> Any:
        counted[0] += len(node)
        return real(node, *args)

    monkeypatch.setattr(xlsx_sheet, "row_cells", spy)
    return counted


def _refusal(data: bytes) -> tuple[str, str, str, str]:
    with pytest.raises(UnreadableDocument) as info:
        read_xlsx(data, "timer.xlsx")
    (problem,) = info.value.problems
    assert problem.file == "timer.xlsx"
    return problem.locator, problem.locator_da, problem.reason_en, problem.reason_da


def test_a_sheet_that_says_it_is_large_and_is_is_refused_before_a_cell_is_read(parsed: list[int]) -> None:
    # 40,000 rows of 3: 120,000 cells, and the dimension says so. Rows 1-33,333 hold 99,999 cells;
    # row 33,334's third cell is the 100,002nd, past the limit.
    data = _book("A1:C40000", 40_000, 3)
    locator, locator_da, en, da = _refusal(data)
    assert parsed == [0]
    assert (locator, locator_da) == ('sheet "Timer", cell C33334', 'ark "Timer", celle C33334')
    assert en == (
        "more than 100,000 cells, the most the hub reads in one file: split it into files of at most "
        "33,333 rows each (one a month, say), or save only the sheet with the timesheet in a file of its own"
    )
    assert da == (
        "mere end 100.000 celler, det meste hubben læser i én fil: del den op i filer med højst 33.333 "
        "rækker hver (fx én pr. måned), eller gem kun arket med timesedlen i en fil for sig"
    )


def test_a_sheet_whose_dimension_says_small_is_refused_by_its_cell_tags(parsed: list[int]) -> None:
    # A1:A1, and 12,000 rows of 10 cells without `r`: the 120,000 `<c>` in the part's bytes say more
    # than the dimension, and counted, they pass the limit at row 10,001 (rows 1-10,000 hold 100,000).
    data = _book("A1:A1", 12_000, 10, with_refs=False)
    locator, _, en, _ = _refusal(data)
    assert parsed == [0]
    assert locator == 'sheet "Timer", cell J10001'
    assert "at most 10,000 rows" in en


def test_a_sheet_whose_cells_nothing_says_is_refused_while_read(parsed: list[int]) -> None:
    # The same cells, but written `<s:c>` with `s` bound to the sheet's namespace on <sheetData>: lxml
    # reads them as cells, the bytes hold no `<c`, the dimension says A1:A1. Counted as they are read.
    data = _book("A1:A1", 12_000, 10, with_refs=False, prefix="s")
    locator, _, en, _ = _refusal(data)
    assert locator == 'sheet "Timer", cell J10001'
    assert "at most 10,000 rows" in en
    # read up to the row that passed the limit, and no further
    assert MAX_CELLS < parsed[0] <= MAX_CELLS + 10


def test_a_sheet_that_says_it_is_large_and_is_small_is_read(parsed: list[int]) -> None:
    # Its dimension spans 1,500,000 cells; it has 2 rows of 3. Counted first, then read whole.
    data = _book("A1:C500000", 2, 3)
    values = {v.key: v.value for v in read_xlsx(data, "timer.xlsx").values}
    assert values == {
        "Timer!A1": "1",
        "Timer!B1": "2",
        "Timer!C1": "3",
        "Timer!A2": "1",
        "Timer!B2": "2",
        "Timer!C2": "3",
    }
    assert parsed == [6]


@pytest.mark.parametrize(
    ("dimension", "columns", "strings", "claimed"),
    [
        ("A1:A1", 1, 1, False),  # nothing says large: no count first
        ("A1:K1", 1, 1, True),  # 11 cells by its dimension, past a room of 10
        ("A1:J1", 1, 1, False),  # 10: within it
        ("A1:A1", 1, 11, True),  # 11 string cells by the shared strings' count
        ("no range", 1, 1, False),  # a dimension that is no range says nothing
        ("A1:A1", 11, 1, True),  # 11 cell tags in the part's bytes
        ("A1:A1", 10, 1, False),
    ],
)
def test_what_the_package_says_decides_whether_cells_are_counted_first(
    dimension: str, columns: int, strings: int, claimed: bool
) -> None:
    data = _book(dimension, 1, columns, strings=strings)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert claims_more(archive, "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", 10) is claimed
