"""`hub adapters suggest` drafts a text written under its label as that label's value (decision 0060,
"Stop 63: trial-81").

Mariagerfjord's placement agreement, a libxlsxwriter workbook laid out as a form, writes its purpose
merged across a row of its own under the heading "Formål med praktikken". A row holding one cell was read
as a section heading, so the purpose was drafted as nobody's value (and headed the labels after it). The
forms here are written as openpyxl and Python's csv writer write them; each expected selector is read off
the form's own label.
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from suggest_support import draft_of, drafted_fields

PURPOSE = "Afklaring af arbejdsevne i produktionen.\nMandag-torsdag kl. 8-13, fredag kl. 8-11."


def _sheet(rows: list[tuple[str, ...]], merge_lone: bool = True) -> bytes:
    """A form on one sheet: a label in A and its value in B; a row of one cell merged across A:D."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Aftale"
    for number, row in enumerate(rows, start=1):
        for col, text in enumerate(row, start=1):
            sheet.cell(number, col, text)
        if merge_lone and len(row) == 1:
            sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=4)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


FORM = [
    ("Aftale om virksomhedspraktik",),
    ("Jobcenter Mariagerfjord, Ndr. Kajgade 1, 9500 Hobro",),  # under the title: its subtitle, no value
    ("CPR-nummer", "210688-2746"),
    ("Startdato", "14-09-2026"),
    ("Formål med praktikken",),
    (PURPOSE,),
    ("Mentor",),
    ("Navn", "Lars Hvidberg"),
]


def test_a_text_merged_under_its_heading_is_drafted_as_that_headings_value() -> None:
    fields = drafted_fields(draft_of(_sheet(FORM), "praktikaftale.xlsx"))
    assert fields["purpose"]["source"] == "below:Formål med praktikken"
    assert fields["mentor.name"]["source"] == "next:Navn"  # the text under its heading heads nothing
    assert "Jobcenter Mariagerfjord" not in str(fields)


def test_a_label_with_a_colon_alone_in_its_row_reads_the_text_under_it() -> None:
    rows = [
        ("Aftale om virksomhedspraktik",),
        ("CPR-nr.:", "210688-2746"),
        ("Formål:",),
        ("Oplæring på lageret, 3 dage om ugen",),
    ]
    out = io.StringIO()  # as a spreadsheet saves it: every row as wide as the widest
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows((*row, "", "")[:3] for row in rows)
    fields = drafted_fields(draft_of(out.getvalue().encode("utf-8"), "aftale.csv"))
    assert fields["purpose"]["source"] == "below:Formål"


def test_a_heading_under_a_heading_stays_a_heading() -> None:
    """Letters only, one line: "Oplysninger om forløbet" under "Praktikken" is a second heading, no text
    the first one labels."""
    rows = [*FORM[:4], ("Praktikken",), ("Oplysninger om forløbet",), ("Timer pr. uge", "18,5")]
    text = draft_of(_sheet(rows), "praktikaftale.xlsx")
    assert "below:" not in text and drafted_fields(text)["hours_per_week"]["source"] == "next:Timer pr. uge"
