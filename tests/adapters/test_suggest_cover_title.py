"""A lone cell above a sheet's labels lends them only what a heading says of its own (decision 0060,
"Stop 63: trial-83").

Ikast-Brande's mentor hours, a Go case system's tealeg/xlsx export, open with a cover sheet: the title
"Timeseddel for mentorstøtte" over "Udtrukket" (the export's time) and "Periode", then the sheet "Timer"
with a row a visit. The title was read as the labels' heading, and "mentorstøtte" holds "mentor": the
export's time was drafted as the mentor's name and the column "Mentor" left a TODO, so every record
read the export's time as its mentor, in silence. The forms here are written as openpyxl writes them;
each expected selector is read off the form's own label.
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from suggest_support import draft_of, drafted_fields

HEADERS = ("CPR", "P-nummer", "Mentor", "Dato", "Timer")


def _book(cover: list[tuple[object, ...]]) -> bytes:
    """A cover sheet of `cover`'s rows, then the sheet "Timer" with two visits."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Forside"
    for row in cover:
        sheet.append(row)
    rows = book.create_sheet("Timer")
    rows.append(HEADERS)
    rows.append(("170392-3308", 1024681357, "Søren Ærbo Kragh", dt.date(2026, 9, 8), 2.5))
    rows.append(("281101-4632", 1031425364, "Ida Mølgaard-Nissen", dt.date(2026, 9, 15), 2))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_cover_title_naming_mentor_support_names_no_mentor() -> None:
    cover = [
        ("Timeseddel for mentorstøtte",),
        ("Udtrukket", dt.datetime(2026, 10, 5, 7, 15)),
        ("Periode", "september 2026"),
    ]
    draft = draft_of(_book(cover), "mentortimer.xlsx")
    assert drafted_fields(draft)["mentor.name"]["source"] == "column:Mentor"
    assert '# source = "Forside!next:Udtrukket"' in draft and '# source = "Forside!next:Periode"' in draft


def test_a_name_under_a_lone_mentor_cell_is_still_the_mentors() -> None:
    """`Mentor` over `Navn`: the label says a name, so the cell above still says whose."""
    cover = [("Timeseddel",), ("Mentor",), ("Navn", "Søren Ærbo Kragh")]
    draft = draft_of(_book(cover), "mentortimer.xlsx")
    assert drafted_fields(draft)["mentor.name"]["source"] == "Forside!next:Navn"
