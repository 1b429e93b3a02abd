"""A mark offered as a dropdown (decision 0060, "Stop 59: suggest-68").

A progress report's marks are whole numbers from 1 to 5 in the record (DESIGN.md). The twentieth trial
left a mark given as a dropdown untried: a PDF combo box or a sheet's list validation whose lines are
"4 - Godt" or the words alone ("Dårlig" ... "Rigtig godt") was drafted `integer`, which refuses each
line ("Not a valid integer"). Now each line is mapped to its mark, then made a number; a dropdown of
bare digits is drafted `integer` as before. Each form is built here; every expected mark is the line
chosen on it, read off the scale it prints.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.pdfgen import canvas
from suggest_support import drafted_config, drafted_fields

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.marks import dropdown_marks

ROOT = Path(__file__).resolve().parents[2]
WITH_DIGITS = ("1 - Dårlig", "2 - Mindre godt", "3 - Middel", "4 - Godt", "5 - Rigtig godt")
WORDS = ("Dårlig", "Mindre godt", "Middel", "Godt", "Rigtig godt")  # the same scale, its digits left out
DIGITS = ("1", "2", "3", "4", "5")
# Ballerup's scale, lowest first as above; its case system lists it best first (`_pdf(..., best_first)`).
SATISFIED = (
    "Ikke tilfredsstillende",
    "Mindre tilfredsstillende",
    "Acceptabel",
    "Tilfredsstillende",
    "Meget tilfredsstillende",
)
# Each mark's label and the line chosen on the form: its place on the scale (1-5) is the mark.
CHOSEN = {"Fremmøde": 4, "Punktlighed": 3, "Samarbejde": 5, "Opgaveløsning": 2, "Selvstændighed": 4}
SCORES = dict(
    zip(CHOSEN, ("attendance", "punctuality", "cooperation", "task_solving", "independence"), strict=True)
)
# Each combo box named as a case system names it: the label's word in ASCII.
NAMES = dict(
    zip(CHOSEN, ("fremmoede", "punktlighed", "samarbejde", "opgaveloesning", "selvstaendighed"), strict=True)
)
HEAD = [
    ("CPR-nummer", "cpr", "150291-1234"),
    ("P-nummer", "pnr", "1017382946"),
    ("Vurderet den", "dato", "31-03-2026"),
]


def _pdf(lines: tuple[str, ...], blank_first: bool = False, best_first: bool = False) -> bytes:
    """A site's progress report drawn with reportlab: three text fields, then each mark a combo box of
    `lines`, the scale from 1 up (listed from 5 down where `best_first`; a blank line first where
    `blank_first`), the line of the mark `CHOSEN` picked."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=1)
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(56, 780, "Praktikstedets statusudtalelse")
    pdf.setFont("Helvetica", 10)
    printed = list(reversed(lines)) if best_first else list(lines)
    options = ["", *printed] if blank_first else printed
    rows = [(label, name, value, None) for label, name, value in HEAD]
    rows += [(label, NAMES[label], lines[CHOSEN[label] - 1], options) for label in CHOSEN]
    for n, (label, name, value, listed) in enumerate(rows):
        y = 720 - 30 * n
        pdf.drawString(56, y + 4, label)
        if listed is None:
            pdf.acroForm.textfield(name=name, x=180, y=y, width=160, height=16, value=value)
        else:
            pdf.acroForm.choice(name=name, x=180, y=y, width=160, height=16, value=value, options=listed)
    pdf.save()
    return out.getvalue()


def _book(name: str, title: str) -> tuple[Workbook, Worksheet]:
    """A workbook of one sheet, `name`, its title in A1 and a blank row under it."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = name
    sheet.append([title])
    sheet.append([])
    return book, sheet


def _xlsx(lines: tuple[str, ...]) -> bytes:
    """The same report as a workbook written with openpyxl: a label left of each value, each mark's cell
    under a list validation of `lines`."""
    book, sheet = _book("Statusudtalelse", "Praktikstedets statusudtalelse")
    for label, _, value in HEAD:
        sheet.append([label, value])
    listed = DataValidation(type="list", formula1='"' + ",".join(lines) + '"')
    for label, mark in CHOSEN.items():
        sheet.append([label, lines[mark - 1]])
        listed.add(f"B{sheet.max_row}")
    sheet.add_data_validation(listed)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _draft(data: bytes, name: str) -> str:
    extraction = extract(data, name, READ_OPTIONS)
    return suggest(extraction, name, data if name.endswith(".pdf") else None).to_toml()


def _scores(data: bytes, name: str, tmp_path: Path) -> dict[str, object]:
    config = drafted_config(_draft(data, name), tmp_path, "410", "middelfart", "Middelfart")
    record = canonical_records(config, data, name)
    return dict(record["scores"])


WANT = {SCORES[label]: mark for label, mark in CHOSEN.items()}


def test_a_mark_given_as_a_pdf_dropdown_of_words_is_mapped_to_its_mark(tmp_path: Path) -> None:
    """Before: `integer` alone, and the record refused five times "Not a valid integer"."""
    cases = (
        (WITH_DIGITS, False, False),
        (WORDS, False, False),
        (WORDS, True, False),
        (SATISFIED, False, True),
    )
    for lines, blank, best_first in cases:
        data = _pdf(lines, blank, best_first)
        (mapped, then) = drafted_fields(_draft(data, "status.pdf"))["scores.attendance"]["transforms"]
        assert mapped["name"] == "map" and then == {"name": "integer"}
        assert mapped["values"] == {line: str(n) for n, line in enumerate(lines, 1)}
        assert _scores(data, "status.pdf", tmp_path) == WANT


def test_a_mark_given_as_a_sheets_list_validation_is_mapped_to_its_mark(tmp_path: Path) -> None:
    for lines in (WITH_DIGITS, WORDS):
        assert _scores(_xlsx(lines), "status.xlsx", tmp_path) == WANT


def test_a_dropdown_of_bare_digits_is_read_by_integer_as_before(tmp_path: Path) -> None:
    data = _pdf(DIGITS)
    assert drafted_fields(_draft(data, "status.pdf"))["scores.attendance"]["transforms"] == ["integer"]
    assert _scores(data, "status.pdf", tmp_path) == WANT


# An overview of the sites' reports, one a row: each citizen's CPR number and the line chosen per mark.
OVERVIEW = {"150291-1234": (4, 3, 5, 2, 4), "020779-4418": (2, 2, 3, 1, 5)}


def _overview(lines: tuple[str, ...]) -> bytes:
    """The job centre's overview written with openpyxl: a title, the header on row 3, one report a row,
    each mark's column under one list validation of `lines` (as a case system exports it)."""
    book, sheet = _book("Statusudtalelser", "Praktikstedernes statusudtalelser")
    sheet.append(["CPR-nr.", "P-nummer", "Vurderet", *CHOSEN])
    for cpr, marks in OVERVIEW.items():
        sheet.append([cpr, "1017382946", "31-03-2026", *(lines[m - 1] for m in marks)])
    listed = DataValidation(type="list", formula1='"' + ",".join(lines) + '"')
    listed.add("D4:H20")
    sheet.add_data_validation(listed)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_mark_column_under_a_list_validation_is_mapped_to_its_marks(tmp_path: Path) -> None:
    """A column of marks in words takes its scale from the validation's list, not from the values its
    rows happen to hold (here no row chose "Rigtig godt" for every mark)."""
    for lines in (WITH_DIGITS, WORDS):
        data = _overview(lines)
        config = drafted_config(_draft(data, "oversigt.xlsx"), tmp_path, "410", "middelfart", "Middelfart")
        records = canonical_records(config, data, "oversigt.xlsx")
        got = {r["citizen"]["cpr"]: tuple(r["scores"][s] for s in SCORES.values()) for r in records}
        assert got == {cpr.replace("-", ""): marks for cpr, marks in OVERVIEW.items()}


def test_ballerups_golden_progress_report_maps_from_its_draft_unedited(tmp_path: Path) -> None:
    """Ballerup's form (golden) lists its five lines best first: drafted `integer` before, each mark
    refused; now its draft's maps are those of Ballerup's hand-written config, and read its record."""
    data = (ROOT / "tests" / "golden" / "ballerup" / "progress_report.pdf").read_bytes()
    want = json.loads((ROOT / "tests" / "golden" / "ballerup" / "progress_report.expected.json").read_text())
    config = drafted_config(_draft(data, "progress_report.pdf"), tmp_path, "151", "ballerup", "Ballerup")
    assert canonical_records(config, data, "progress_report.pdf")["scores"] == want["scores"]


def test_a_column_of_marks_shown_as_numbers_is_left_to_integer() -> None:
    """A column whose marks a sheet shows as numbers ("4", "3.0") holds no words to map: `integer` reads
    it as before; words in it are mapped by their digit, else left a TODO (no list gives their place)."""
    assert dropdown_marks((), ("4", "3.0", "5,0")) == {}
    assert dropdown_marks((), ("4 - Godt", "Middel")) == {"4 - Godt": "4", "Middel": "TODO"}
