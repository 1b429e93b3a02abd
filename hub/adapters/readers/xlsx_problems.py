"""What can be wrong with a workbook's package, said in words for the person who sent it (decision 0061).

The XLSX reader raises these instead of what zipfile, lxml or a conversion raise ("Bad CRC-32 for file
'xl/...'", "There is no item named ..." or "invalid literal for int()"), so that its rejection says
which part, sheet or cell is wrong, and how, in English and Danish.
"""

from __future__ import annotations

import decimal
import zipfile
import zlib

from lxml import etree

from hub.adapters.readers import faults
from hub.adapters.readers.no_value_words import NO_VALUE_WORDS, no_value_word
from hub.errors import FieldProblem, UnreadableDocument
from hub.quoting import UNREADABLE, readable


class BrokenPart(Exception):
    """A part of the package is missing, does not unpack, or is not XML the hub reads."""

    sheet: str | None = None  # set by the reader of the sheet it is in

    def __init__(self, part: str, reason_en: str, reason_da: str) -> None:
        self.part = part
        self.reason_en, self.reason_da = f"{part}: {reason_en}", f"{part}: {reason_da}"
        super().__init__(self.reason_en)

    @classmethod
    def of(cls, part: str, exc: UnreadableDocument) -> BrokenPart:
        """The part's XML was refused by the hardened parser: its reason."""
        problem = exc.problems[0]
        return cls(part, problem.reason_en, problem.reason_da)


class BookProblem(Exception):
    """The package holds no workbook the hub reads, or its parts do not fit together."""

    sheet: str | None = None  # set where the problem is one sheet's (more merged cells than are read)

    def __init__(self, reason_en: str, reason_da: str) -> None:
        self.reason_en, self.reason_da = reason_en, reason_da
        super().__init__(reason_en)


class CellProblem(Exception):
    """A cell (or a row) whose value cannot be what its type says: "abc" as a number, a shared string
    that is not there, a date that is no date."""

    sheet: str | None = None  # set by the reader of the sheet it is in

    def __init__(self, where_en: str, where_da: str, value: str | None) -> None:
        self.where_en, self.where_da, self.value = where_en, where_da, value
        super().__init__(f"{where_en}: {value!r}")


class OutsideSheet(CellProblem):
    """A cell (or row) whose reference lies outside Excel's grid (row 0, row 1,048,577, column XFE and
    on): no spreadsheet shows such a cell, and a row number of twenty digits made the table rules walk
    every row up to it (stop 47's mutation fuzzing, decision 0064)."""


class NoSuchCell(CellProblem):
    """A cell written as no workbook writes one: a type the file format does not have (`t="zz"`, whose
    shared string's index was read as the value: 29 hours for the 29th string), or a reference in another
    row than the row it is written in (`a1` in row 6, which ended the row at column A and lost its grant).
    Excel repairs such a file and shows what it repaired; the hub cannot know what was meant (stop 52's
    mutation fuzzing, decision 0064)."""

    def __init__(self, where_en: str, where_da: str, reason_en: str, reason_da: str) -> None:
        super().__init__(where_en, where_da, None)
        self.reason_en, self.reason_da = reason_en, reason_da


# What reading a member raises when its bytes do not unpack: a bad checksum, a cut-off or corrupt
# stream, an unknown compression, a member with a password.
_UNPACKING = (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError)


def member(archive: zipfile.ZipFile, part: str) -> bytes:
    """The bytes of one part of the package."""
    try:
        return archive.read(part)
    except KeyError as exc:
        raise BrokenPart(
            part,
            "this part is missing from the file",
            "denne del mangler i filen",
        ) from exc
    except _UNPACKING as exc:
        raise BrokenPart(
            part,
            "this part is damaged and cannot be unpacked",
            "denne del er beskadiget og kan ikke pakkes ud",
        ) from exc


# What reading a workbook raises about the file itself (decision 0061, stop 53): the hub's own words for
# a broken part, cell or book; what zipfile and zlib raise on a package that does not unpack; lxml's on
# XML it will not parse; a number, date or text that does not convert (ValueError, UnicodeError among
# them; OverflowError, decimal's InvalidOperation); nesting deeper than Python's stack. Anything else (a
# KeyError, TypeError, AttributeError, IndexError in the hub's code) is the hub's fault (`faults`).
FILE_ERRORS: tuple[type[Exception], ...] = (
    BrokenPart,
    BookProblem,
    CellProblem,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    etree.LxmlError,
    ValueError,
    OverflowError,
    decimal.InvalidOperation,
    RecursionError,
)
HUB_ERROR = faults.reason("this workbook", "denne projektmappe")


def hub_fault(exc: Exception, filename: str) -> faults.HubFault:
    """The refusal of a workbook an error in the hub's own code stopped (`exc`, no FILE_ERRORS kind):
    the sender is told the fault is not theirs; the operator's record goes with it (`faults.record`)."""
    problem = FieldProblem(*HUB_ERROR, file=filename)
    return faults.HubFault([problem], faults.record(exc))


DAMAGED = _DAMAGED_EN, _DAMAGED_DA = "damaged Excel workbook (.xlsx)", "beskadiget Excel-projektmappe (.xlsx)"
_AGAIN_EN, _AGAIN_DA = "open it in Excel and save it again", "åbn den i Excel, og gem den igen"
_SHOWN = 40  # of a crafted value, a person needs the start


def rejection(exc: Exception, filename: str) -> UnreadableDocument:
    """The rejection of a workbook whose reading raised `exc`: what is wrong and where, in words. An
    exception of no kind above (a package that breaks a rule no real file breaks) is said plainly,
    without the library's words."""
    sheet = getattr(exc, "sheet", None)
    where_en = where_da = ""
    if sheet is not None:
        where_en, where_da = f'sheet "{sheet}"', f'ark "{sheet}"'
    if isinstance(exc, BrokenPart):
        en, da = f"{_DAMAGED_EN}: {exc.reason_en}", f"{_DAMAGED_DA}: {exc.reason_da}"
    elif isinstance(exc, OutsideSheet):
        where_en, where_da = f"{where_en}, {exc.where_en}", f"{where_da}, {exc.where_da}"
        en = f"{_DAMAGED_EN}: the cell lies outside the sheet's rows and columns; {_AGAIN_EN}"
        da = f"{_DAMAGED_DA}: cellen ligger uden for arkets rækker og kolonner; {_AGAIN_DA}"
    elif isinstance(exc, NoSuchCell):
        where_en, where_da = f"{where_en}, {exc.where_en}", f"{where_da}, {exc.where_da}"
        en, da = (
            f"{_DAMAGED_EN}: {exc.reason_en}; {_AGAIN_EN}",
            f"{_DAMAGED_DA}: {exc.reason_da}; {_AGAIN_DA}",
        )
    elif isinstance(exc, CellProblem) and (exc.value or "").strip().lower() in NO_VALUE_WORDS:
        # zipcelx (fixes-118) writes a JavaScript null as `<v>null</v>`: no damage Excel's resaving
        # would mend but a value missing when the file was made, which only its sender can give.
        where_en, where_da = f"{where_en}, {exc.where_en}", f"{where_da}, {exc.where_da}"
        en, da = no_value_word((exc.value or "").strip())
    elif isinstance(exc, CellProblem):
        where_en, where_da = f"{where_en}, {exc.where_en}", f"{where_da}, {exc.where_da}"
        shown = readable(exc.value, _SHOWN)
        said_en, said_da = (f'"{shown}"', f'"{shown}"') if shown is not None else UNREADABLE
        en = f"{_DAMAGED_EN}: the value {said_en} does not fit its cell's type; {_AGAIN_EN}"
        da = f"{_DAMAGED_DA}: værdien {said_da} passer ikke til cellens type; {_AGAIN_DA}"
    elif isinstance(exc, BookProblem):
        en, da = exc.reason_en, exc.reason_da
    else:
        en = f"{_DAMAGED_EN}: its parts do not fit together; {_AGAIN_EN}"
        da = f"{_DAMAGED_DA}: dens dele passer ikke sammen; {_AGAIN_DA}"
    problem = FieldProblem(en, da, file=filename, locator=where_en, locator_da=where_da)
    return UnreadableDocument([problem])
