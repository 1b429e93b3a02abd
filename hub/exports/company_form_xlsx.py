"""The company's one form as a spreadsheet, pre-filled with its current interns.

The layout is the contract in `company_form_model`: title in row 1, agreement, period and kind in
A2:B4, the header in row 6, one row per intern (per intern and week for mentor hours) from row 7, then
a blank row and the signature rows. Who to send it to is printed in D2:D4, beside the facts.
Pre-filled cells are grey and locked, the cells to fill in are white and unlocked, and the sheet is
protected without a password: it guides the hand, it does not lock anyone out. Every text cell is
formula-safe (`xlsx_safe`); validations say in Danish what a cell takes.
"""

from __future__ import annotations

from datetime import date
from typing import Any, BinaryIO

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from hub.datewords import week_text
from hub.exports import danish
from hub.exports.company_form_model import (
    HEADERS,
    OUTCOME_OPTIONS,
    SHEET_NAMES,
    XLSX_FIRST_DATA_ROW,
    XLSX_HEADER_ROW,
    XLSX_SIGNED_BY_LABEL,
    XLSX_SIGNED_ON_LABEL,
    CompanyFormSpec,
)
from hub.exports.company_redact import redact_form
from hub.exports.xlsx_safe import DATE_FORMAT, open_workbook, write_text
from hub.schemas.vocabulary import FORM_TYPE_LABELS

WIDTHS = {
    "mentor_hours": (15, 30, 30, 26, 12, 9),
    "progress_report": (15, 30, 30, 12, 11, 12, 12, 14, 15, 40),
    "placement_end": (15, 30, 30, 13, 28, 40),
}
_DATE_RULE = {
    "validate": "date",
    "criteria": "between",
    "minimum": date(2000, 1, 1),
    "maximum": date(2099, 12, 31),
    "input_title": "Dato",
    "input_message": "Skriv datoen som dd.mm.åååå, fx 15.09.2026.",
    "error_title": "Ikke en dato",
    "error_message": "Skriv en dato som dd.mm.åååå, fx 15.09.2026.",
}
_HOURS_RULE = {
    "validate": "decimal",
    "criteria": "between",
    "minimum": 0,
    "maximum": 168,
    "input_title": "Mentortimer",
    "input_message": "Timer mentoren brugte på deltageren i ugen, fx 3 eller 2,5. Skriv 0 for ingen.",
    "error_title": "Ugyldigt antal timer",
    "error_message": "Skriv et tal mellem 0 og 168, fx 3 eller 2,5.",
}
# The mentor is pre-filled on each of an intern's rows (one per week), and the record holds one mentor: a
# correction on one row and not the others is refused at the next upload (fuzz-96, stop 65), and the sheet
# did not say so. Said where the cell is chosen, in Danish and English (Excel shows at most 255
# characters), and in the sheet's notes (`_head`). No rule on the value: a name is any text.
MENTOR_NOTE = (
    "Rettes mentoren, skal den nye mentor skrives på hver af deltagerens rækker. "
    "A corrected mentor must be written on each of the intern's rows."
)
_MENTOR_RULE = {"validate": "any", "input_title": "Mentor", "input_message": MENTOR_NOTE}
_SCORE_RULE = {
    "validate": "integer",
    "criteria": "between",
    "minimum": 1,
    "maximum": 5,
    "input_title": "Vurdering",
    "input_message": "Et helt tal fra 1 (lav) til 5 (høj).",
    "error_title": "Ugyldig vurdering",
    "error_message": "Skriv et helt tal fra 1 (lav) til 5 (høj).",
}
_OUTCOME_RULE = {
    "validate": "list",
    "source": list(OUTCOME_OPTIONS),
    "input_title": "Årsag",
    "input_message": "Vælg årsagen til ophøret på listen.",
    "error_title": "Ukendt årsag",
    "error_message": "Vælg en af årsagerne på listen.",
}


def write_form_xlsx(spec: CompanyFormSpec, out: BinaryIO) -> None:
    """Write the form of `spec.kind` as an XLSX workbook with one protected sheet."""
    spec = redact_form(spec)
    title = f"{FORM_TYPE_LABELS['da'][spec.kind]}: {spec.agreement_name} ({spec.company_name})"
    book = open_workbook(out, title, spec.contact.organisation)
    f = _formats(book)
    sheet = book.add_worksheet(SHEET_NAMES[spec.kind])
    for col, width in enumerate(WIDTHS[spec.kind]):
        sheet.set_column(col, col, width)
    _head(sheet, spec, title, f)
    first = XLSX_FIRST_DATA_ROW - 1  # xlsxwriter counts rows from 0
    rows = _ROWS[spec.kind](sheet, spec, first, f)
    if rows:
        _validate(sheet, spec.kind, first, first + rows - 1)
    if spec.signed:
        signed_by = first + rows + 1  # one blank row after the table
        write_text(sheet, signed_by, 0, XLSX_SIGNED_BY_LABEL, f["bold"])
        sheet.write_blank(signed_by, 1, None, f["input"])
        write_text(sheet, signed_by + 1, 0, XLSX_SIGNED_ON_LABEL, f["bold"])
        sheet.write_blank(signed_by + 1, 1, None, f["input_date"])
        sheet.data_validation(signed_by + 1, 1, signed_by + 1, 1, _DATE_RULE)
    sheet.freeze_panes(XLSX_HEADER_ROW, 0)
    sheet.protect("", {"format_columns": True, "format_rows": True})
    book.close()


def _formats(book: Workbook) -> dict[str, Format]:
    border = {"border": 1, "border_color": "#C6CFDA"}
    return {
        "title": book.add_format({"bold": True, "font_size": 14}),
        "bold": book.add_format({"bold": True}),
        "note": book.add_format({"font_color": "#5B6675"}),
        "head": book.add_format({"bold": True, "bg_color": "#1F4E79", "font_color": "#FFFFFF", **border}),
        "fixed": book.add_format({"bg_color": "#E9F0F7", **border}),
        "input": book.add_format({"locked": False, **border}),
        "input_date": book.add_format({"locked": False, "num_format": DATE_FORMAT, **border}),
        "input_number": book.add_format({"locked": False, "num_format": "0.0#", **border}),
    }


def _head(sheet: Worksheet, spec: CompanyFormSpec, title: str, f: dict[str, Format]) -> None:
    contact = spec.contact
    write_text(sheet, 0, 0, title, f["title"])
    # The kind in words: the company adapter tells the kinds apart by the sheet `next:Skema` is on.
    kind = FORM_TYPE_LABELS["da"][spec.kind]
    facts = (("Aftale", spec.agreement_id), ("Periode", spec.period_label), ("Skema", kind))
    notes = (
        f"Send det udfyldte skema til {contact.name}, {contact.organisation}",
        f"E-mail {contact.email} · telefon {danish.phone(contact.phone)}",
        "Udfyld de hvide celler. Deltagerne står under deltager-id: skriv aldrig CPR-numre."
        # What the Mentor column's input message says, where the instructions are read first.
        + (f" {MENTOR_NOTE}" if spec.kind == "mentor_hours" else ""),
    )
    for row, ((label, value), note) in enumerate(zip(facts, notes, strict=True), start=1):
        write_text(sheet, row, 0, label, f["bold"])
        write_text(sheet, row, 1, value, f["fixed"])
        write_text(sheet, row, 3, note, f["note"])
    if spec.last_week is not None:  # under the notes, where the weeks the sheet leaves out are told
        write_text(sheet, 4, 3, danish.later_weeks_note(spec.last_week, spec.period_label), f["note"])
    for col, name in enumerate(HEADERS[spec.kind]):
        write_text(sheet, XLSX_HEADER_ROW - 1, col, name, f["head"])


def _identity(sheet: Worksheet, row: int, values: tuple[str, str, str], f: dict[str, Format]) -> None:
    for col, value in enumerate(values):
        write_text(sheet, row, col, value, f["fixed"])


def _mentor_hours_rows(sheet: Worksheet, spec: CompanyFormSpec, first: int, f: dict[str, Format]) -> int:
    """One row per intern and week: the mentor (pre-filled, may be corrected), the week, the hours."""
    row = first
    for intern in spec.interns:
        for week in intern.weeks:
            _identity(sheet, row, (intern.participant_id, intern.name, intern.site_name), f)
            write_text(sheet, row, 3, intern.mentor_name, f["input"])
            # In the words the company's PDF form and the hub's other Danish use ("uge 32 2026", not
            # "2026-W32"): the company reads both forms. The adapter's `week` reads either back.
            write_text(sheet, row, 4, week_text(week, "da"), f["fixed"])
            sheet.write_blank(row, 5, None, f["input_number"])
            row += 1
    return row - first


def _one_row_each(sheet: Worksheet, spec: CompanyFormSpec, first: int, f: dict[str, Format]) -> int:
    """One row per intern: a date to fill in, then the kind's other input cells."""
    inputs = len(HEADERS[spec.kind]) - 4
    for row, intern in enumerate(spec.interns, start=first):
        _identity(sheet, row, (intern.participant_id, intern.name, intern.site_name), f)
        sheet.write_blank(row, 3, None, f["input_date"])
        for col in range(4, 4 + inputs):
            sheet.write_blank(row, col, None, f["input"])
    return len(spec.interns)


def _validate(sheet: Worksheet, kind: str, top: int, bottom: int) -> None:
    """The data validations of the input columns, rows `top`..`bottom` (0-based)."""
    rules: list[tuple[int, int, dict[str, Any]]]
    if kind == "mentor_hours":
        rules = [(3, 3, _MENTOR_RULE), (5, 5, _HOURS_RULE)]
    elif kind == "progress_report":
        rules = [(3, 3, _DATE_RULE), (4, 8, _SCORE_RULE)]
    else:
        rules = [(3, 3, _DATE_RULE), (4, 4, _OUTCOME_RULE)]
    for first_col, last_col, rule in rules:
        sheet.data_validation(top, first_col, bottom, last_col, rule)


_ROWS = {"mentor_hours": _mentor_hours_rows, "progress_report": _one_row_each, "placement_end": _one_row_each}
