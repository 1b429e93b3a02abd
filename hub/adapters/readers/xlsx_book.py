"""The parts of an XLSX package that say how to read its sheets: which sheets there are, in which parts,
the shared strings, and each cell style's number format.

Read with zipfile and the hub's hardened XML helper instead of openpyxl's object model, which spent
most of a small workbook's time building style objects the hub never looks at (decision 0049). Every
rule here is openpyxl 3.1's, so that values stay exactly what `load_workbook(read_only=True,
data_only=True)` gave: the workbook part is found through [Content_Types].xml, part names and
relationship targets resolve as `openpyxl.packaging.relationship.get_dependents` resolves them
(`xlsx_parts`), and workbook, relationship and style elements are matched by local name, as openpyxl's
`from_tree` does.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field

from lxml import etree
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH
from openpyxl.xml.constants import (
    ARC_CONTENT_TYPES,
    ARC_STYLE,
    REL_NS,
    SHARED_STRINGS,
    SHEET_MAIN_NS,
)

from hub.adapters.readers.xlsx_parts import find_workbook_part, parse, relationships, stream
from hub.adapters.readers.xlsx_problems import BookProblem

_SI = f"{{{SHEET_MAIN_NS}}}si"
_RID = f"{{{REL_NS}}}id"


@dataclass
class Sheet:
    """A sheet as the workbook lists it: its name, its part in the zip, whether it holds cells, and
    whether Excel hides it (`state` "hidden" or "veryHidden": a template's lookup lists)."""

    name: str
    part: str
    chart: bool
    hidden: bool = False


@dataclass
class Book:
    """What reading a sheet's cells needs from the rest of the package."""

    archive: zipfile.ZipFile
    sheets: list[Sheet]
    epoch: dt.datetime = WINDOWS_EPOCH
    strings: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=lambda: ["General"])  # number format per cell style
    dates: dict[int, bool] = field(default_factory=dict)  # date styles: True when a duration
    # The workbook's defined names, each as the range it stands for, by its name in lower case (Excel
    # compares names so); a name local to one sheet (`localSheetId`) is left out (`xlsx_dropdowns`).
    names: dict[str, str] = field(default_factory=dict)
    # The names local to one sheet, by (its sheet's name, the name), both in lower case: a total's
    # `SUM(Timer)` on that sheet, or `SUM(Uger!Timer)`, means it (`xlsx_defined_names`).
    local_names: dict[tuple[str, str], str] = field(default_factory=dict)
    # `<calcPr fullCalcOnLoad>`: the writer asks for every formula to be calculated on opening, as
    # XlsxWriter does beside the `0` it saves for each formula whose value it was not given (`xlsx_sheet`).
    recalculate: bool = False
    strings_part: str | None = None  # the shared strings' part, whose `count` `xlsx_cell_count` reads

    def number_format(self, style: int) -> str:
        """The number format of cell style `style` (openpyxl's `ReadOnlyCell.number_format`)."""
        try:
            return self.formats[style]
        except IndexError:  # openpyxl fails on the cell; Excel shows it as General
            return "General"


def open_book(archive: zipfile.ZipFile) -> Book:
    """Read the package's content types, workbook, relationships, styles and shared strings."""
    types = parse(archive, ARC_CONTENT_TYPES)
    overrides = [(o.get("PartName") or "", o.get("ContentType")) for o in types.iterchildren("{*}Override")]
    workbook_part = find_workbook_part(types, overrides)
    root = parse(archive, workbook_part)
    rels = relationships(archive, workbook_part)
    sheets, listed = [], []
    for sheets_node in root.iterchildren("{*}sheets"):
        for node in sheets_node.iterchildren("{*}sheet"):
            listed.append(str(node.get("name") or "").casefold())  # `localSheetId` counts every one
            rid = node.get(_RID)
            if not rid:
                continue  # openpyxl drops a sheet without a relationship id (with a warning)
            name = node.get("name")
            if name is None or rid not in rels or rels[rid][1] not in archive.NameToInfo:
                raise _lost_sheet(name or "")
            rel_type, target = rels[rid]
            hidden = node.get("state") in ("hidden", "veryHidden")
            sheets.append(Sheet(name, target, "chartsheet" in rel_type, hidden))
    book = Book(archive, sheets)
    for names_node in root.iterchildren("{*}definedNames"):
        for node in names_node.iterchildren("{*}definedName"):
            if not node.get("name") or not node.text:
                continue
            name, local = str(node.get("name")).casefold(), node.get("localSheetId")
            if local is None:
                book.names[name] = node.text.strip()
            elif local.isdigit() and int(local) < len(listed):
                book.local_names[listed[int(local)], name] = node.text.strip()
    for props in root.iterchildren("{*}workbookPr"):
        # openpyxl's Bool: any other non-empty text is true
        book.epoch = MAC_EPOCH if props.get("date1904", "") not in ("", "false", "f", "0") else WINDOWS_EPOCH
    for calc in root.iterchildren("{*}calcPr"):
        book.recalculate = calc.get("fullCalcOnLoad", "") not in ("", "false", "f", "0")
    strings_part = next((name for name, kind in overrides if kind == SHARED_STRINGS), None)
    if strings_part is not None:
        book.strings_part = strings_part[1:]
        book.strings = [text(si).replace("x005F_", "") for si in stream(archive, strings_part[1:], _SI)]
    if ARC_STYLE in archive.NameToInfo:
        _read_styles(book, parse(archive, ARC_STYLE))
    return book


def text(node: etree._Element) -> str:
    """The text of a string item (`<si>`, `<is>`): its plain `<t>` and then each run's `<t>`, formatting
    dropped (openpyxl's `Text.content`); the last `<t>` wins where there are several."""
    plain, runs = None, []
    for child in node:
        local = child.tag.rpartition("}")[2]
        if local == "t":
            plain = child.text
        elif local == "r":
            run = None
            for part in child:
                if part.tag.rpartition("}")[2] == "t":
                    run = part.text
            if run is not None:
                runs.append(run)
    return (plain or "") + "".join(runs)


def _lost_sheet(name: str) -> BookProblem:
    return BookProblem(
        f'damaged Excel workbook (.xlsx): the workbook lists sheet "{name}", but the file does not hold it; '
        "open it in Excel and save it again",
        f'beskadiget Excel-projektmappe (.xlsx): projektmappen nævner arket "{name}", '
        "men filen indeholder det ikke; åbn den i Excel, og gem den igen",
    )


def _read_styles(book: Book, root: etree._Element) -> None:
    """Each cell style's number format, and which styles show dates (openpyxl's
    `Stylesheet._normalise_numbers`, whose `is_date_format`/`is_timedelta_format` decide)."""
    custom: dict[int, str] = {}
    for fmts in root.iterchildren("{*}numFmts"):  # the last one counts, as in openpyxl
        custom = {int(f.attrib["numFmtId"]): f.attrib["formatCode"] for f in fmts.iterchildren("{*}numFmt")}
    formats: list[str] = []
    dates: dict[int, bool] = {}
    for xfs in root.iterchildren("{*}cellXfs"):  # the last one counts here too
        formats, dates = [], {}
        for style, xf in enumerate(xfs.iterchildren("{*}xf")):
            number = int(xf.get("numFmtId", 0))
            fmt = custom[number] if number in custom else BUILTIN_FORMATS.get(number)
            if is_date_format(fmt):
                dates[style] = is_timedelta_format(fmt)
            # An undefined custom format: openpyxl takes another style's or fails; Excel shows General.
            formats.append(fmt if fmt is not None else "General")
    if formats:  # without cell styles openpyxl keeps its one default style, General
        book.formats, book.dates = formats, dates
