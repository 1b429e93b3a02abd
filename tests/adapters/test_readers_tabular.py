"""read_csv and read_xlsx: one value per non-empty cell, text as a person reads it in the sheet."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

import openpyxl
import pytest

from hub.adapters.readers import extract, sandbox, tabular_limits, xlsx_sandbox
from hub.adapters.readers.base import Extraction
from hub.adapters.readers.tabular import column_letters, read_csv, read_xlsx
from hub.adapters.readers.xlsx_book import open_book
from hub.adapters.readers.xlsx_problems import BrokenPart
from hub.errors import Rejection, UnreadableDocument

CSV_TEXT = "CPR-nr.;Navn;Timer\n010190-1234;Søren Ærø;18,5\n;;\n\n0202901234;Åse;3\n"


def _cells(extraction: Extraction) -> dict[str, str | None]:
    return {v.key: v.value for v in extraction.values}


def test_column_letters() -> None:
    assert [column_letters(n) for n in (1, 2, 26, 27, 52, 703)] == ["A", "B", "Z", "AA", "AZ", "AAA"]


def test_cp1252_semicolon_csv_with_decimal_commas() -> None:
    extraction = read_csv(CSV_TEXT.encode("cp1252"), "t.csv")
    assert extraction.format == "csv"
    assert extraction.meta == {"encoding": "cp1252", "delimiter": ";"}
    assert _cells(extraction) == {
        "A1": "CPR-nr.",
        "B1": "Navn",
        "C1": "Timer",
        "A2": "010190-1234",
        "B2": "Søren Ærø",
        "C2": "18,5",
        "A5": "0202901234",
        "B5": "Åse",
        "C5": "3",
    }
    by_key = {v.key: v.meta for v in extraction.values}
    assert by_key["C5"] == {"row": 5, "col": 3}


@pytest.mark.parametrize(
    ("data", "encoding", "delimiter", "cell", "value"),
    [
        (CSV_TEXT.encode("utf-8"), "utf-8", ";", "B2", "Søren Ærø"),
        (b"\xef\xbb\xbf" + CSV_TEXT.encode("utf-8"), "utf-8-sig", ";", "A1", "CPR-nr."),
        (CSV_TEXT.replace(";", "\t").encode("utf-8"), "utf-8", "\t", "C2", "18,5"),
        (b'a,b,c\n1,"2,5",3\n', "utf-8", ",", "B2", "2,5"),
    ],
)
def test_auto_encoding_and_sniffed_delimiter(
    data: bytes, encoding: str, delimiter: str, cell: str, value: str
) -> None:
    extraction = read_csv(data, "t.csv")
    assert extraction.meta == {"encoding": encoding, "delimiter": delimiter}
    assert _cells(extraction)[cell] == value


def test_explicit_options_win_and_bad_bytes_are_rejected() -> None:
    extraction = read_csv(b"a;b\n1;2\n", "t.csv", encoding="utf-8", delimiter=",")
    assert _cells(extraction) == {"A1": "a;b", "A2": "1;2"}
    with pytest.raises(
        UnreadableDocument, match="saved as Windows-1252 .ANSI., but its form expects UTF-8"
    ) as info:
        read_csv("Søren".encode("cp1252"), "t.csv", encoding="utf-8")
    assert info.value.problems[0].file == "t.csv"
    with pytest.raises(UnreadableDocument, match="binary"):
        read_csv(b"a;b\x00", "t.csv")


def test_extract_passes_reader_options() -> None:
    extraction = extract(b"a|b;c\n", "t.csv", options={"delimiter": "|", "encoding": "utf-8"})
    assert _cells(extraction) == {"A1": "a", "B1": "b;c"}


def test_cell_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tabular_limits, "MAX_CELLS", 5)
    with pytest.raises(UnreadableDocument, match="more than 5 cells"):
        read_csv(b"a;b;c\nd;e;f\n", "t.csv")


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.worksheets[0])
    ark = book.create_sheet("Ark1")
    ark["A1"] = "Dato"
    ark["B1"] = "Timer"
    ark["A2"] = dt.date(2026, 8, 3)
    ark["B2"] = 3
    ark["A3"] = dt.datetime(2026, 8, 4, 0, 0)
    ark["B3"] = 1.5
    ark["A4"] = dt.datetime(2026, 8, 5, 14, 30)
    ark["B4"] = 0.1 + 0.2
    ark["C4"] = True
    ark["D4"] = False
    ark["E4"] = 101901234
    ark["E4"].number_format = "0000000000"
    ark["F4"] = "   "
    other = book.create_sheet("Ark2")
    other["C7"] = "Underskrift"
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_xlsx_all_sheets_with_text_as_shown() -> None:
    extraction = read_xlsx(_workbook(), "t.xlsx")
    assert extraction.format == "xlsx"
    assert extraction.meta == {"sheets": ["Ark1", "Ark2"]}
    assert _cells(extraction) == {
        "Ark1!A1": "Dato",
        "Ark1!B1": "Timer",
        "Ark1!A2": "2026-08-03",
        "Ark1!B2": "3",
        "Ark1!A3": "2026-08-04",
        "Ark1!B3": "1.5",
        "Ark1!A4": "2026-08-05T14:30:00",
        "Ark1!B4": "0.3",
        "Ark1!C4": "TRUE",
        "Ark1!D4": "FALSE",
        "Ark1!E4": "0101901234",
        "Ark2!C7": "Underskrift",
    }
    meta = {v.key: v.meta for v in extraction.values}
    assert meta["Ark2!C7"] == {"sheet": "Ark2", "row": 7, "col": 3}


def test_xlsx_one_sheet_and_a_missing_sheet() -> None:
    extraction = extract(_workbook(), "t.xlsx", options={"sheet": "Ark2"})
    assert _cells(extraction) == {"Ark2!C7": "Underskrift"}
    with pytest.raises(Rejection) as info:
        read_xlsx(_workbook(), "t.xlsx", sheet="Ark9")
    (problem,) = info.value.problems
    assert problem.file == "t.xlsx" and "Ark9" in problem.reason_en and "Ark9" in problem.reason_da


def test_xlsx_zip_bomb_is_refused_from_the_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "x")
        archive.writestr("xl/worksheets/sheet1.xml", "0" * (2 * 1024 * 1024))  # compresses to a few KB
    monkeypatch.setattr(tabular_limits, "MAX_UNCOMPRESSED", 1024 * 1024)
    with pytest.raises(UnreadableDocument, match="unpacks to more than 1 MB"):
        read_xlsx(buf.getvalue(), "bomb.xlsx")


def test_xlsx_parts_read_whole_are_held_to_the_workbook_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # One limit, looked up where it is applied: a workbook part parsed whole (here its content types) is
    # held to the workbook's limit unpacked as it stands when read, not to a copy the reader took.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types>" + " " * (2 * 1024 * 1024) + "</Types>")
    monkeypatch.setattr(tabular_limits, "MAX_UNCOMPRESSED", 1024 * 1024)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as archive, pytest.raises(BrokenPart) as info:
        open_book(archive)
    assert info.value.reason_en.startswith("[Content_Types].xml: the XML document is larger than 1 MB, ")


def test_broken_xlsx_is_rejected() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not-a-workbook")
    with pytest.raises(UnreadableDocument, match=r"damaged Excel workbook \(\.xlsx\)") as info:
        read_xlsx(buf.getvalue(), "b.xlsx")
    assert "beskadiget Excel-projektmappe" in info.value.problems[0].reason_da


def test_extract_reads_a_workbook_in_the_sandbox_not_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Broken here, the reader still works there: the sandbox's worker is another interpreter."""

    def not_here(*args: Any) -> Extraction:
        raise AssertionError("the workbook was read in the parent process")

    monkeypatch.setattr(xlsx_sandbox, "read_xlsx", not_here)
    assert _cells(extract(_workbook(), "t.xlsx", options={"sheet": "Ark2"})) == {"Ark2!C7": "Underskrift"}
    assert extract(_workbook(), "t.xlsx") == read_xlsx(_workbook(), "t.xlsx")


def test_a_rejection_from_the_sandbox_keeps_its_kind_and_its_words() -> None:
    with pytest.raises(Rejection) as missing:
        extract(_workbook(), "t.xlsx", options={"sheet": "Ark9"})
    assert not isinstance(missing.value, UnreadableDocument)
    (problem,) = missing.value.problems
    assert problem.file == "t.xlsx" and "Ark9" in problem.reason_en and "Ark9" in problem.reason_da
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not-a-workbook")
    with pytest.raises(UnreadableDocument, match=r"damaged Excel workbook \(\.xlsx\)") as broken:
        extract(buf.getvalue(), "b.xlsx")
    assert broken.value.problems[0].file == "b.xlsx"


@pytest.mark.parametrize(
    ("kind", "english", "danish"),
    [
        ("timeout", "took too long", "tog for lang tid"),
        ("memory", "needed too much memory", "krævede for meget hukommelse"),
        ("crash", "the reader stopped on it", "læseren stoppede på den"),
    ],
)
def test_a_workbook_that_breaks_the_sandbox_limits_is_unreadable(
    monkeypatch: pytest.MonkeyPatch, kind: str, english: str, danish: str
) -> None:
    def failing(*args: Any) -> Any:
        raise sandbox.SandboxError(kind)

    monkeypatch.setattr(xlsx_sandbox.sandbox, "run", failing)
    with pytest.raises(UnreadableDocument) as info:
        extract(_workbook(), "big.xlsx")
    (problem,) = info.value.problems
    assert problem.file == "big.xlsx" and english in problem.reason_en and danish in problem.reason_da


def _with_part(data: bytes, part: str, content: bytes | None) -> bytes:
    """The workbook with one part replaced (or removed, for None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name != part:
                dst.writestr(name, src.read(name))
        if content is not None:
            dst.writestr(part, content)
    return out.getvalue()


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'
)
_SHEET_XML = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
_RELS = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="%s" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/></Relationships>'
)
_SST_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
HOSTILE_WORKBOOKS = {
    "billion laughs in the shared strings": (
        "xl/sharedStrings.xml",
        _LAUGHS,
        "xl/sharedStrings.xml: DTDs are not accepted",
    ),
    "shared strings that are not XML": (
        "xl/sharedStrings.xml",
        b"<sst><si>",
        "xl/sharedStrings.xml: the XML is not well-formed",
    ),
    "an external entity in a sheet": (
        "xl/worksheets/sheet1.xml",
        b'<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + _SHEET_XML % b'<row r="1"><c r="A1" t="inlineStr"><is><t>&x;</t></is></c></row>',
        "xl/worksheets/sheet1.xml: DTDs are not accepted",
    ),
    "a DTD in the workbook part": (
        "xl/workbook.xml",
        b"<!DOCTYPE workbook []><workbook/>",
        "xl/workbook.xml: DTDs are not accepted",
    ),
    "a sheet that is not XML": (
        "xl/worksheets/sheet1.xml",
        b"<worksheet><sheetData>",
        "xl/worksheets/sheet1.xml: the XML is not well-formed",
    ),
    "no workbook part": ("xl/workbook.xml", None, "xl/workbook.xml: this part is missing from the file"),
    "no content types": ("[Content_Types].xml", None, "[Content_Types].xml: this part is missing"),
    "a sheet relationship pointing outside": (
        "xl/_rels/workbook.xml.rels",
        _RELS % b"../../../etc/passwd",
        'the workbook lists sheet "Ark1", but the file does not hold it',
    ),
    "a sheet relationship to a web address": (
        "xl/_rels/workbook.xml.rels",
        _RELS.replace(b" Target", b' TargetMode="External" Target') % b"http://example.org/x.xml",
        'the workbook lists sheet "Ark1", but the file does not hold it',
    ),
    "a shared string that is not there": (
        "xl/worksheets/sheet1.xml",
        _SHEET_XML % b'<row r="1"><c r="A1" t="s"><v>7</v></c></row>',
        'the value "7" does not fit its cell\'s type',
    ),
    "a row number that is not one": (
        "xl/worksheets/sheet1.xml",
        _SHEET_XML % b'<row r="1.5"><c t="n"><v>1</v></c></row>',
        'the value "1.5" does not fit',
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_WORKBOOKS))
def test_a_hostile_or_broken_workbook_is_rejected_as_broken(case: str) -> None:
    part, content, reason = HOSTILE_WORKBOOKS[case]
    data = _with_part(_workbook(), part, content)
    if part == "xl/sharedStrings.xml":  # found by its content type, as openpyxl finds it
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            types = archive.read("[Content_Types].xml").replace(b"</Types>", _SST_TYPE + b"</Types>")
        data = _with_part(data, "[Content_Types].xml", types)
    with pytest.raises(UnreadableDocument) as info:
        read_xlsx(data, "h.xlsx")
    (problem,) = info.value.problems
    assert problem.file == "h.xlsx"
    # said in words, never in the library's (decision 0061)
    assert problem.reason_en.startswith("damaged Excel workbook (.xlsx): ") and reason in problem.reason_en
    assert problem.reason_da.startswith("beskadiget Excel-projektmappe (.xlsx): ")


def test_a_cell_limit_counts_the_cells_a_row_really_has() -> None:
    """openpyxl counted a row as wide as its last cell's column; a row that repeats one cell a million
    times is as much work, so it counts as many cells (decision 0049)."""
    repeated = _SHEET_XML % (
        b'<row r="1">' + b'<c r="A1" t="n"><v>1</v></c>' * (tabular_limits.MAX_CELLS + 1) + b"</row>"
    )
    with pytest.raises(UnreadableDocument, match="more than 100,000 cells"):
        read_xlsx(_with_part(_workbook(), "xl/worksheets/sheet1.xml", repeated), "r.xlsx")
    wide = (
        _SHEET_XML
        % b'<row r="1"><c r="A1" t="n"><v>1</v></c></row><row r="2"><c r="XFD2" t="n"><v>2</v></c></row>'
    )
    assert _cells(read_xlsx(_with_part(_workbook(), "xl/worksheets/sheet1.xml", wide), "w.xlsx")) == {
        "Ark1!A1": "1",
        "Ark1!XFD2": "2",
        "Ark2!C7": "Underskrift",
    }


@pytest.mark.parametrize(
    ("row", "where_en", "where_da"),
    [
        (b'<row r="2"><c r="C2" t="n"><v>tre</v></c></row>', 'sheet "Ark1", cell C2', 'ark "Ark1", celle C2'),
        (
            b'<row r="2"><c r="A2"><v>1</v></c><c t="b"><v>x</v></c></row>',
            'sheet "Ark1", cell B2',
            'ark "Ark1", celle B2',
        ),
        (b'<row r="2.5"><c><v>1</v></c></row>', 'sheet "Ark1", row 2.5', 'ark "Ark1", række 2.5'),
    ],
)
def test_a_cell_that_cannot_be_read_is_named_by_its_sheet_and_place(
    row: bytes, where_en: str, where_da: str
) -> None:
    """A value its cell's type cannot hold ("tre" as a number, "x" as TRUE/FALSE, row 2.5) fails the
    workbook as it fails openpyxl, and the rejection says where, in both languages (decision 0061)."""
    data = _with_part(_workbook(), "xl/worksheets/sheet1.xml", _SHEET_XML % row)
    with pytest.raises(UnreadableDocument) as info:
        read_xlsx(data, "h.xlsx")
    (problem,) = info.value.problems
    assert (problem.file, problem.locator, problem.locator_da) == ("h.xlsx", where_en, where_da)
    assert "int()" not in problem.reason_en and "could not convert" not in problem.reason_en


@pytest.mark.parametrize(
    ("data", "row"),
    [
        (b'Navn;Note\r\nAnna;"lang note\r\n' + b"x" * 140_000 + b"\r\n", "row 2"),  # a quote left open
        (b"Navn;Note\r\n" * 3 + b"Anna;" + b"x" * 140_000 + b"\r\n", "row 4"),  # found by the sniffing
    ],
)
def test_a_csv_cell_past_the_field_limit_is_said_in_words_with_its_row(data: bytes, row: str) -> None:
    """The csv module's "field larger than field limit (131072)" was the reason (decision 0061)."""
    with pytest.raises(UnreadableDocument) as info:
        read_csv(data, "lang.csv")
    (problem,) = info.value.problems
    assert (problem.file, problem.locator, problem.locator_da) == (
        "lang.csv",
        row,
        row.replace("row", "række"),
    )
    assert "quote" in problem.reason_en and "anførselstegn" in problem.reason_da
    assert "field limit" not in problem.reason_en + problem.reason_da
