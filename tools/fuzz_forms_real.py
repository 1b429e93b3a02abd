"""Mutators for `tools.fuzz_forms` (see `tools.fuzz_forms_text` for what a mutator is) that make a file as
a caseworker's program or a case system leaves one, which the others do not (stop 52):

- a PDF form saved incrementally twice, its value changed and changed back (Acrobat's "Save" appends
  each edit after the file's end; the reader must read the last revision);
- a workbook whose shared strings are in another order (each program writes the table its own way;
  the cells' indices follow);
- a CSV opened in Danish Excel and saved again: semicolons or tabs ("Unicode-tekst"), dates as
  day-month-year, a decimal comma, a number's leading zeros gone, in Windows' code page, UTF-16 or
  "CSV UTF-8";
- a cell edit of `fuzz_forms_xlsx` on a sheet the workbook shows (those edit the first sheet's part);
- aimed at the last two trials: a PDF choice (a radio group's, a check box's or a combo box's value)
  made another state than its widgets show, and a workbook's merged ranges changed (a value hidden under
  a merge, a merge gone, one reversed or out of the grid).

The first three give the seed's form and must be read as it (`SAME`) or, where the form pins what Excel
changed (its separator, its encoding), refused by the bar; the last two change what the form says.
"""

from __future__ import annotations

import random
import re

from tools.fuzz_forms_csv import _rows, _write
from tools.fuzz_forms_real_pdf import pdf_choice, pdf_incremental
from tools.fuzz_forms_text import Mutator
from tools.fuzz_forms_xlsx import _parts, _zip, cell_drop, cell_ref, cell_type, cell_value

# --- XLSX --------------------------------------------------------------------------------------------

_SI = re.compile(rb"<si>.*?</si>|<si/>", re.DOTALL)
_SHARED_CELL = re.compile(rb'(<c\b[^>]*\bt="s"[^>]*>\s*<v>)(\d+)(</v>)')


def xlsx_strings(data: bytes, rng: random.Random) -> bytes | None:
    """The shared string table in another order, every cell's index following its string: the same
    workbook, as LibreOffice or a case system writes it rather than Excel."""
    parts = _parts(data)
    table = parts.get("xl/sharedStrings.xml")
    items = list(_SI.finditer(table)) if table else []
    if table is None or len(items) < 2:
        return None
    order = list(range(len(items)))
    rng.shuffle(order)
    where = {old: new for new, old in enumerate(order)}
    body = b"".join(items[old].group(0) for old in order)
    parts["xl/sharedStrings.xml"] = table[: items[0].start()] + body + table[items[-1].end() :]
    for name in [n for n in parts if n.startswith("xl/worksheets/") and n.endswith(".xml")]:
        parts[name] = _SHARED_CELL.sub(lambda m: m[1] + str(where[int(m[2])]).encode() + m[3], parts[name])
    return _zip(parts)


_SHEET = re.compile(rb"<sheet\b[^>]*>")
_TARGET = re.compile(rb"<Relationship\b[^>]*>")


def _shown_sheets(parts: dict[str, bytes]) -> list[str]:
    """The worksheet parts of the sheets the workbook shows (not `state="hidden"`), in its order."""
    targets = {}
    for rel in _TARGET.findall(parts.get("xl/_rels/workbook.xml.rels", b"")):
        found = re.search(rb'\bId="([^"]+)"', rel), re.search(rb'\bTarget="([^"]+)"', rel)
        if found[0] and found[1]:
            targets[found[0][1]] = "xl/" + found[1][1].decode().lstrip("/").removeprefix("xl/")
    shown = []
    for sheet in _SHEET.findall(parts.get("xl/workbook.xml", b"")):
        rid = re.search(rb'\br:id="([^"]+)"', sheet)
        if rid and b'state="hidden"' not in sheet and b'state="veryHidden"' not in sheet:
            shown += [t for t in [targets.get(rid[1])] if t in parts]
    return shown


def xlsx_shown(data: bytes, rng: random.Random) -> bytes | None:
    """One of the cell edits of `fuzz_forms_xlsx` (a type, a value, a reference, a cell dropped or
    twice) made on a sheet the workbook shows: those edit the first sheet's part, which in Sorø's
    workbook is the hidden list its dropdown reads, not the form."""
    parts = _parts(data)
    sheets = _shown_sheets(parts)
    if not sheets:
        return None
    name = rng.choice(sheets)
    edit = rng.choice([cell_type, cell_value, cell_ref, cell_drop])
    # The edits work on the first sheet's part: this sheet is put there, edited, and put back.
    first = sorted(n for n in parts if n.startswith("xl/worksheets/") and n.endswith(".xml"))[0]
    swapped = dict(parts)
    swapped[first], swapped[name] = parts[name], parts[first]
    edited = edit(_zip(swapped), rng)
    if edited is None:
        return None
    back = _parts(edited)
    back[first], back[name] = back[name], back[first]
    return _zip(back)


_MERGE = re.compile(rb'<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/>')


def xlsx_merged(data: bytes, rng: random.Random) -> bytes | None:
    """On the sheet with merged ranges: the value of one merge's first cell moved into a cell it hides
    (Excel shows the range empty), a merge taken away, widened over the cell right of it, written
    backwards (`E12:C12`) or past the grid (`C12:XFE12`)."""
    parts = _parts(data)
    sheets = [n for n in sorted(parts) if n.startswith("xl/worksheets/") and _MERGE.search(parts[n])]
    if not sheets:
        return None
    name = rng.choice(sheets)
    sheet = parts[name]
    merge = rng.choice(list(_MERGE.finditer(sheet)))
    first, last = merge[1] + merge[2], merge[3] + merge[4]
    choice = rng.randrange(5)
    if choice == 0:
        cell = re.search(rb'<c r="' + first + rb'"([^>]*?)(?:/>|>(.*?)</c>)', sheet, re.DOTALL)
        hidden = re.search(rb'<c r="' + last + rb'"[^>]*?/>', sheet)
        if cell is None or cell[2] is None or hidden is None or first == last:
            return None
        moved = b'<c r="' + last + b'"' + cell[1] + b">" + cell[2] + b"</c>"
        sheet = sheet[: hidden.start()] + moved + sheet[hidden.end() :]
        sheet = sheet.replace(
            cell[0], b'<c r="' + first + b'"' + re.sub(rb'\st="[^"]*"', b"", cell[1]) + b"/>"
        )
    elif choice == 1:
        sheet = sheet.replace(merge[0], b"")
    else:
        ref = {2: first + b":" + _right(last), 3: last + b":" + first, 4: first + b":XFE" + merge[4]}[choice]
        sheet = sheet.replace(merge[0], b'<mergeCell ref="' + ref + b'"/>')
    parts[name] = sheet
    return _zip(parts)


def _right(cell: bytes) -> bytes:
    """The reference of the cell right of `cell` ("E12" → "F12")."""
    letters, digits = re.fullmatch(rb"([A-Z]+)(\d+)", cell).groups()  # type: ignore[union-attr]
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    number += 1
    out = b""
    while number:
        number, rest = divmod(number - 1, 26)
        out = bytes([65 + rest]) + out
    return out + digits


# --- CSV ---------------------------------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_POINT = re.compile(r"-?\d+\.\d+")
_LEADING_ZERO = re.compile(r"0+\d+")


def _shown(cell: str) -> str:
    """A cell as Danish Excel writes it back: an ISO date as 05-03-2026, a decimal point as a comma, a
    number of digits alone without its leading zeros (a CPR number typed without its dash)."""
    iso = _ISO.fullmatch(cell.strip())
    if iso:
        return f"{iso[3]}-{iso[2]}-{iso[1]}"
    if _POINT.fullmatch(cell.strip()):
        return cell.strip().replace(".", ",")
    if _LEADING_ZERO.fullmatch(cell.strip()):
        return cell.strip().lstrip("0") or "0"
    return cell


def csv_excel(data: bytes, rng: random.Random) -> bytes | None:
    """The file opened in Danish Excel and saved again, each cell as Excel shows it (`_shown`): a file
    separated by commas as "CSV (semikolonsepareret)", in Windows' code page (as "CSV UTF-8", with a BOM,
    where the text does not fit it); one separated by semicolons as "Unicode-tekst" (UTF-16 with a BOM,
    separated by tabs), or again with semicolons. Lines end CRLF."""
    rows, delimiter, _ = _rows(data)
    saved = [[_shown(cell) for cell in row] for row in rows]
    if delimiter == ";" and rng.random() < 0.5:
        return _write(saved, "\t", "utf-16")
    try:
        return _write(saved, ";", "cp1252", "strict")
    except UnicodeEncodeError:
        return _write(saved, ";", "utf-8-sig")


PDF: dict[str, Mutator] = {"incremental": pdf_incremental, "choice": pdf_choice}
XLSX: dict[str, Mutator] = {"strings": xlsx_strings, "merged": xlsx_merged, "shown": xlsx_shown}
CSV: dict[str, Mutator] = {"excel": csv_excel}
# The seed written otherwise (read as it, or FAILED), and one re-saved by Excel (read as it, or refused).
SAME = {"pdf/incremental", "xlsx/strings"}
SAME_OR_REFUSED = {"csv/excel"}
