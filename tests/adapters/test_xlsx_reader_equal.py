"""The lxml XLSX reader gives the same Extraction as the former openpyxl reader, value by value.

The openpyxl reader is kept as the oracle in `tests/xlsx_oracle.py` (decision 0049). Both read every
workbook of the repository (the golden files, Ishøj's fixtures among them, and Furesø's simulator for
every citizen of the demo), workbooks built here with openpyxl for each kind of cell and number
format, the same workbooks with their XML edited (shared and inline strings, cells and rows without
`r`, a wrong `<dimension>`, cells out of order), and random workbooks from hypothesis. A difference is
shown as the first value that differs.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import openpyxl
import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.chart import BarChart, Reference
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from xlsx_oracle import read_xlsx_openpyxl

from hub.adapters.readers.tabular import read_xlsx
from hub.demo.plan_records import to_placement_record
from hub.demo.population import build_population
from hub.demo.simulators import simulator
from hub.errors import Rejection
from hub.services.agreements import agreement_files, validate_files

FORMATS = [
    "General", "0", "0.00", "0000000000", "000000", "#,##0.00", "0%", "0.00E+00", "@",
    "mm-dd-yy", "d-mmm-yy", "h:mm AM/PM", "h:mm:ss", "m/d/yy h:mm", "mm:ss", "[h]:mm:ss", "mmss.0",
    "dd-mm-yyyy", "yyyy-mm-dd hh:mm", "[hh]:mm", "[mm]:ss", '"Dato: "dd/mm', "[$-406]d. mmmm yyyy",
    '0.0" t"', "#,##0;[Red]-#,##0", "[Blue]0;-0;\"nul\"",
]  # fmt: skip


def _outcome(read: Callable[..., Any], data: bytes, sheet: str | None) -> Any:
    try:
        return read(data, "t.xlsx", sheet)
    except Rejection as exc:
        return type(exc).__name__


def assert_same(data: bytes, sheet: str | None = None) -> None:
    """Both readers give the same extraction (or reject alike); the first differing value is shown."""
    old, new = _outcome(read_xlsx_openpyxl, data, sheet), _outcome(read_xlsx, data, sheet)
    if not isinstance(new, str):
        # openpyxl's data-only read cannot see a formula with no value cached; the reader names such
        # cells beside the values (test_onboarding_sixth.py checks them), its values are still openpyxl's.
        # Nor does its read-only mode read merged ranges: the reader names them and the filled cells they
        # hide (test_onboarding_twelfth.py checks them), its values still openpyxl's.
        # Nor are a dropdown's allowed values read (`dropdowns`, test_onboarding_twelfth.py checks them).
        named = ("uncached_formulas", "merged", "merged_hidden", "dropdowns")
        new = replace(new, meta={k: v for k, v in new.meta.items() if k not in named})
        # Nor does it tell Excel's error for a formula (type "e") from its own "#VALUE!" for a date it
        # cannot hold: the reader marks the first (`formula_error`, refused where it is read,
        # test_fuzz_forms.py), with the value openpyxl gives.
        unmarked = [
            v._replace(meta={k: m for k, m in v.meta.items() if k != "formula_error"}) for v in new.values
        ]
        new = replace(new, values=tuple(unmarked))
    if old != new and not isinstance(old, str) and not isinstance(new, str):
        pairs = zip(old.values, new.values, strict=False)
        first = next(((a, b) for a, b in pairs if a != b), None)
        assert first is None, f"first difference: openpyxl {first[0]} lxml {first[1]}"
        assert old.meta == new.meta
        assert len(old.values) == len(new.values)
    assert old == new


def _save(book: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _edit(data: bytes, part: str, edit: Callable[[str], str]) -> bytes:
    """The workbook with one part's XML text rewritten (or added, from "")."""
    parts = _parts(data)
    parts[part] = edit(parts.get(part, b"").decode()).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return out.getvalue()


def _repository_workbooks() -> Iterator[Any]:
    for path in sorted((ROOT / "tests" / "golden").rglob("*.xlsx")):
        yield pytest.param(path.read_bytes(), id=str(path.relative_to(ROOT / "tests" / "golden")))


@pytest.mark.parametrize("data", list(_repository_workbooks()))
def test_every_workbook_of_the_repository(data: bytes) -> None:
    assert_same(data)


def test_every_placement_the_furesoe_simulator_prints_for_the_demo() -> None:
    stored = {a["id"]: a for a in validate_files(agreement_files(ROOT / "config" / "agreements"))}
    printer = simulator("furesoe")
    plans = [plan for plan in build_population() if plan.municipality == "furesoe"]
    assert plans
    for plan in plans:
        record = to_placement_record(plan, stored[plan.agreement_id])
        assert_same(printer.render("placement", printer.localise("placement", record)))


def _kinds_book() -> openpyxl.Workbook:
    """One cell of each kind under each interesting format, on several sheets."""
    book = openpyxl.Workbook()
    ark = book.active
    ark.title = "Ark1"
    values: list[Any] = [
        "tekst", "  foran og bagved  ", "x005F_x000D_", "Søren Ærø", "", " ", 0, 1, -7, 101901234,
        2**53 + 1, 10**20, -(10**18), 0.1 + 0.2, 1 / 3, -2.5, 1e-12, 123456789.123456789, 1e300,
        True, False, "#N/A", "#DIV/0!", "#VALUE!", dt.date(2026, 8, 3), dt.datetime(2026, 8, 5, 14, 30),
        dt.datetime(1900, 1, 1), dt.datetime(1900, 2, 28, 12), dt.datetime(2026, 8, 5, 0, 0, 0, 500),
        dt.time(9, 15), dt.time(0, 0), dt.timedelta(hours=37, minutes=30), dt.timedelta(0), 45678, 0.75,
    ]  # fmt: skip
    for row, value in enumerate(values, 1):
        for col, fmt in enumerate(FORMATS, 1):
            cell = ark.cell(row=row, column=col, value=value)
            cell.number_format = fmt
    ark.cell(row=60, column=2).number_format = "dd-mm-yyyy"  # a styled cell without a value
    ark["A61"] = CellRichText(
        [TextBlock(InlineFont(b=True), "  fed "), " og ", TextBlock(InlineFont(i=True), "kursiv  ")]
    )
    ark["A62"] = 1e10  # a date Python cannot hold: openpyxl's "#VALUE!"
    ark["A62"].number_format = "dd-mm-yyyy"
    ark["A63"] = "=A1"  # a formula without a cached value
    hidden = book.create_sheet("Skjult")
    hidden.sheet_state = "hidden"
    hidden["C7"] = "Underskrift"
    hidden["D9"] = 3
    chart = book.create_chartsheet("Diagram")
    bar = BarChart()
    bar.add_data(Reference(hidden, min_col=4, min_row=9, max_row=9))
    chart.add_chart(bar)
    book.create_sheet("Tom")
    return book


@pytest.mark.parametrize("epoch", ["1900", "1904"])
@pytest.mark.parametrize("iso_dates", [False, True])
def test_every_kind_of_cell_under_every_format(epoch: str, iso_dates: bool) -> None:
    book = _kinds_book()
    if epoch == "1904":
        book.epoch = CALENDAR_MAC_1904
    book.iso_dates = iso_dates  # dates as t="d" cells
    data = _save(book)
    assert_same(data)
    data = _shared(data)
    assert_same(data)
    for sheet in ("Ark1", "Skjult", "Diagram", "Tom", "Ark9"):
        assert_same(data, sheet)


SHEET = "xl/worksheets/sheet1.xml"
_INLINE_CELL = re.compile(r'<c r="(\w+)"([^>]*) t="inlineStr"><is>(.*?)</is></c>')
_SST = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def _shared(data: bytes) -> bytes:
    """The workbook with its inline strings moved to a shared string table, as Excel writes them
    (openpyxl 3.1 writes strings inline)."""
    items: list[str] = []

    def share(match: re.Match[str]) -> str:
        items.append(match.group(3))
        return f'<c r="{match.group(1)}"{match.group(2)} t="s"><v>{len(items) - 1}</v></c>'

    parts = zipfile.ZipFile(io.BytesIO(data)).namelist()
    for part in [p for p in parts if p.startswith("xl/worksheets/sheet")]:
        data = _edit(data, part, lambda xml: _INLINE_CELL.sub(share, xml))
    table = "".join(f"<si>{item}</si>" for item in items).replace("<t>x005F", "<t>x005F_x005F")
    sst = f'<sst xmlns="{_SST}" count="{len(items)}" uniqueCount="{len(items)}">{table}</sst>'
    data = _edit(data, "xl/sharedStrings.xml", lambda _: sst)
    data = _edit(
        data,
        "[Content_Types].xml",
        lambda xml: xml.replace(
            "</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_SST_TYPE}"/></Types>'
        ),
    )
    rel = f'<Relationship Id="rIdSst" Type="{_SST_REL}" Target="sharedStrings.xml"/></Relationships>'
    return _edit(data, "xl/_rels/workbook.xml.rels", lambda xml: xml.replace("</Relationships>", rel))


def _in(part: str, change: Callable[[str], str]) -> Callable[[bytes], bytes]:
    return lambda data: _edit(data, part, change)


def _cell(ref: str, xml: str) -> Callable[[str], str]:
    """Replace the cell `ref` of a sheet by `xml`."""
    return lambda sheet: re.sub(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', xml, sheet, count=1)


EDITS: dict[str, Callable[[bytes], bytes]] = {
    "shared strings": _shared,
    "shared strings with comments and instructions": lambda data: _in(
        "xl/sharedStrings.xml", lambda xml: xml.replace("<t>tekst</t>", "<t>te<!-- x -->ks<?pi y?>t</t>")
    )(_shared(data)),
    "inline text with a comment": _in(
        SHEET, lambda xml: xml.replace("<t>tekst</t>", "<t>te<!-- x -->kst</t>")
    ),
    "inline rich text": _in(
        SHEET,
        _cell(
            "A1",
            '<c r="A1" t="inlineStr"><is><r><t xml:space="preserve"> a </t></r>'
            '<r><rPr><b/></rPr><t>b </t></r><rPh sb="0" eb="1"><t>fonetisk</t></rPh></is></c>',
        ),
    ),
    "shared rich text": lambda data: _in(
        "xl/sharedStrings.xml",
        lambda xml: xml.replace(
            "<si><t>tekst</t></si>",
            '<si><r><t xml:space="preserve"> a </t></r><r><rPr><i/></rPr><t>b </t></r></si>',
        ),
    )(_shared(data)),
    "formula strings and errors": _in(
        SHEET,
        lambda xml: _cell("A2", '<c r="A2" t="n"><f>1+1</f><v>2</v></c>')(
            _cell(
                "A1",
                '<c r="A1" t="str"><f>CONCAT("a";"b")</f><v>ab</v></c>'
                '<c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
            )(xml)
        ),
    ),
    "an inline string without is": _in(SHEET, _cell("A1", '<c r="A1" t="inlineStr"/>')),
    "an ISO date cell": _in(SHEET, _cell("B3", '<c r="B3" t="d"><v>2026-08-03T10:15:00</v></c>')),
    "a wrong dimension": _in(
        SHEET, lambda xml: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:B2"/>', xml)
    ),
    "no dimension": _in(SHEET, lambda xml: re.sub(r'<dimension ref="[^"]*"/>', "", xml)),
    "cells without r": _in(SHEET, lambda xml: re.sub(r'<c r="\w+"', "<c", xml)),
    "rows and cells without r": _in(SHEET, lambda xml: re.sub(r'<(c|row) r="\w+"', r"<\1", xml)),
    "row numbers written as 3.0": _in(SHEET, lambda xml: re.sub(r'<row r="(\d+)"', r'<row r="\1.0"', xml)),
    "empty values": _in(SHEET, lambda xml: xml.replace("<v>1</v>", "<v></v>").replace("<v>18.5</v>", "<v/>")),
    "cells out of order": _in(
        SHEET, lambda xml: re.sub(r'(<c r="A(\d+)".*?</c>)(<c r="B\2".*?</c>)', r"\3\1", xml, count=5)
    ),
    "a cell twice": _in(SHEET, lambda xml: re.sub(r'(<c r="B4".*?</c>)', r"\1\1", xml)),
    "rows out of order": _in(
        SHEET, lambda xml: re.sub(r'(<row r="3".*?</row>)(<row r="4".*?</row>)', r"\2\1", xml)
    ),
    "a row twice": _in(SHEET, lambda xml: re.sub(r'(<row r="5".*?</row>)', r"\1\1", xml)),
    "a lower-case and an absolute coordinate": _in(
        SHEET, lambda xml: xml.replace('<c r="B3"', '<c r="b3"').replace('<c r="B4"', '<c r="$B$4"')
    ),
    "date1904 spelled true": _in(
        "xl/workbook.xml", lambda xml: xml.replace("<workbookPr/>", '<workbookPr date1904="true"/>')
    ),
    "a custom format that is a builtin one": _in(
        "xl/styles.xml",
        lambda xml: xml.replace('formatCode="dd-mm-yyyy"', 'formatCode="mm-dd-yy"'),
    ),
}


def _small_book() -> bytes:
    book = openpyxl.Workbook()
    ark = book.active
    ark.title = "Ark1"
    for row, (a, b) in enumerate(
        [("tekst", "Navn"), ("CPR-nummer", 101901234), ("Startdato", dt.date(2026, 8, 3)), ("Timer", 18.5),
         ("Slut", dt.datetime(2026, 9, 1, 12)), ("Ja", True), ("Fejl", "#N/A"), ("Tom", None)], 1
    ):  # fmt: skip
        ark.cell(row=row, column=1, value=a)
        ark.cell(row=row, column=2, value=b)
    ark["B2"].number_format = "0000000000"
    ark["B3"].number_format = "dd-mm-yyyy"
    ark["D8"] = "langt ude"
    return _save(book)


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_edited_xml_reads_the_same(edit: str) -> None:
    original = _small_book()
    data = EDITS[edit](original)
    assert _parts(data) != _parts(original), f"the edit {edit!r} changed nothing"
    assert_same(data)


_values = st.one_of(
    st.none(),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(" \t\n"), max_size=12
    ),
    st.integers(min_value=-(10**20), max_value=10**20),
    # Not the last doubles before infinity: openpyxl writes them with 16 digits, which read back past the
    # largest double; openpyxl then reads "inf", the hub refuses the cell (a known difference, below).
    st.floats(allow_nan=False, allow_infinity=False, width=64, min_value=-1e308, max_value=1e308),
    st.booleans(),
    st.sampled_from(["#N/A", "#DIV/0!", "#REF!", "#NAME?", "#NUM!", "#NULL!"]),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 12, 30)),
    st.times(),
    st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=3000)),
)
_cells = st.lists(
    st.tuples(st.integers(1, 30), st.integers(1, 8), _values, st.sampled_from(FORMATS)), max_size=25
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cells=_cells, epoch=st.sampled_from(["1900", "1904"]), edit=st.sampled_from(["none", *sorted(EDITS)]))
def test_random_workbooks(cells: list[tuple[int, int, Any, str]], epoch: str, edit: str) -> None:
    book = openpyxl.Workbook()
    ark = book.active
    ark.title = "Ark1"
    if epoch == "1904":
        book.epoch = CALENDAR_MAC_1904
    for row, col, value, fmt in cells:
        cell = ark.cell(row=row, column=col, value=value)
        cell.number_format = fmt
    data = _save(book)
    assert_same(data if edit == "none" else EDITS[edit](data))


def test_the_two_known_differences() -> None:
    """Where the readers part on purpose (decision 0049): a sheet whose part is missing is refused, not
    dropped from the workbook; an integer in a cell style the workbook does not define reads as General
    instead of failing the whole workbook."""
    book = _small_book()
    outside = _in(
        "xl/_rels/workbook.xml.rels", lambda xml: xml.replace("/xl/worksheets/sheet1.xml", "../sheet1.xml")
    )
    assert read_xlsx_openpyxl(outside(book), "t.xlsx").meta == {"sheets": []}
    with pytest.raises(Rejection, match='lists sheet "Ark1", but the file does not hold it'):
        read_xlsx(outside(book), "t.xlsx")
    no_styles = _in("xl/styles.xml", lambda xml: re.sub(r"<cellXfs.*</cellXfs>", "", xml))
    with pytest.raises(Rejection, match="list index out of range"):
        read_xlsx_openpyxl(no_styles(book), "t.xlsx")
    values = {v.key: v.value for v in read_xlsx(no_styles(book), "t.xlsx").values}
    assert values["Ark1!B2"] == "101901234" and values["Ark1!B3"] == "46237"


def test_a_number_past_the_largest_double_is_refused_where_openpyxl_reads_infinity() -> None:
    """A third difference, on purpose (decision 0064): no workbook program writes a number that does not
    fit a double, so the hub refuses the cell at its place, where openpyxl made it "inf"."""
    book = openpyxl.Workbook()
    ark = book.active
    ark.title = "Ark1"
    ark["A1"] = 1.7976931348623157e308  # the largest double; openpyxl writes it as 1.797693134862316e+308
    data = _save(book)
    assert [v.value for v in read_xlsx_openpyxl(data, "t.xlsx").values] == ["inf"]
    with pytest.raises(Rejection) as refused:
        read_xlsx(data, "t.xlsx")
    assert [p.locator for p in refused.value.problems] == ['sheet "Ark1", cell A1']


def test_a_cell_no_workbook_writes_is_refused_where_openpyxl_reads_a_value() -> None:
    """A fourth difference, on purpose (decision 0064, stop 52): a cell whose reference is in another row
    than the row it is written in (openpyxl ended the row at its column, and Tønder's grant in that row
    was lost without a word), whose type is none of the file format's (openpyxl kept a shared string's
    index, 29, as the value), or which is written twice with two values (openpyxl kept the last: a
    company's benefit became what the second said) is refused at the cell. Twice alike is read."""
    book = _small_book()
    for edit, cell, reason in [
        (lambda xml: xml.replace('<c r="B4"', '<c r="B40"'), "B40", "the cell is written inside row 4"),
        (lambda xml: xml.replace('<c r="A5" t="s"', '<c r="A5" t="zz"'), "A5", 'the cell\'s type "zz"'),
        (
            _cell("B4", '<c r="B4"><v>18.5</v></c><c r="B4"><v>7</v></c>'),
            "B4",
            "written twice, with two values",
        ),
    ]:
        data = _in(SHEET, edit)(_shared(book))
        assert _parts(data) != _parts(_shared(book))
        read_xlsx_openpyxl(data, "t.xlsx")  # openpyxl reads a value
        with pytest.raises(Rejection) as refused:
            read_xlsx(data, "t.xlsx")
        [problem] = refused.value.problems
        assert problem.locator == f'sheet "Ark1", cell {cell}' and reason in problem.reason_en, problem
