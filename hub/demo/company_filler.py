"""A stand-in for the company's mentor: fills in the one form the hub made, as a person would.

Like the municipality simulators, this only writes documents for the demo and the tests to send through
the real adapters; ingestion never uses it. Hours are typed the Danish way ("3", "2,5"), the signature
date as `dd.mm.åååå`. An intern given no hours is left blank, as a mentor who skipped someone would.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader, PdfWriter

from hub.adapters.mapping.textparse import TransformError, parse_week
from hub.exports.company_form_model import HEADERS, SHEET_NAMES, XLSX_SIGNED_BY_LABEL, XLSX_SIGNED_ON_LABEL

Hours = Mapping[str, Mapping[str, str]]  # participant id -> ISO week -> hours as the canonical text


def _typed(hours: str) -> str:
    """ "3.0" as a Dane types it: "3"; "2.5" as "2,5"."""
    text = hours.removesuffix(".0")
    return text.replace(".", ",")


def fill_pdf(form: bytes, hours: Hours, signer: str, signed_on: date) -> bytes:
    """The PDF form with each intern's hours in the lines of their weeks, and signed."""
    reader = PdfReader(io.BytesIO(form))
    fields = {name: str(field.get("/V") or "") for name, field in (reader.get_fields() or {}).items()}
    values = {"underskrevet_af": signer, "underskrevet_dato": signed_on.strftime("%d.%m.%Y")}
    for name, value in fields.items():
        if not name.endswith("_id") or value not in hours:
            continue
        block = name.removesuffix("_id")
        for week, typed in hours[value].items():  # each side read as one (`_iso_week`), as `fill_xlsx`
            slot = next(
                (
                    k
                    for k, v in fields.items()
                    if k.startswith(f"{block}_uge") and _iso_week(v) == _iso_week(week)
                ),
                None,
            )
            if slot is not None:
                values[slot.replace("_uge", "_timer")] = _typed(typed)
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _iso_week(text: str) -> str:
    """A week as the form prints it ("uge 32 2026"; older forms "2026-W32") as its ISO week, which the
    hours are given by; any other text as it is."""
    try:
        return parse_week(text)
    except TransformError:
        return text


def fill_xlsx(form: bytes, hours: Hours, signer: str, signed_on: date) -> bytes:
    """The spreadsheet form with hours in the rows of each intern's weeks, and signed."""
    book = load_workbook(io.BytesIO(form))
    sheet = book[SHEET_NAMES["mentor_hours"]]
    header = HEADERS["mentor_hours"]
    pid_col, week_col, hours_col = (header.index(h) + 1 for h in ("Deltager-id", "Uge", "Timer"))
    for row in range(1, sheet.max_row + 1):
        label = str(sheet.cell(row, 1).value or "")
        if label == XLSX_SIGNED_BY_LABEL:
            sheet.cell(row, 2, signer)
        elif label == XLSX_SIGNED_ON_LABEL:
            sheet.cell(row, 2, signed_on.strftime("%d.%m.%Y"))
        else:
            pid = str(sheet.cell(row, pid_col).value or "")
            week = _iso_week(str(sheet.cell(row, week_col).value or ""))
            given = {_iso_week(w): typed for w, typed in hours.get(pid, {}).items()}
            if week in given:
                sheet.cell(row, hours_col, float(given[week]))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
