"""Jammerbugt's mentor hours as the mentor portal writes them with pyexcelerate (0.13.0).

Run in pyexcelerate's own environment, never the hub's (tools/make_fixtures_onboarding_twentyseventh.py):
`python jammerbugt_mentortimer.py OUT.xlsx`. pyexcelerate writes every text as an inline string (no
shared strings), a date as a number styled `yyyy-mm-dd`, a formula with no value cached and no
`<dimension>`; its document properties and zip entries carry the time of writing, fixed here so that each
run writes the same bytes.
"""

import sys
import time
from datetime import date

from pyexcelerate import Style, Workbook
from pyexcelerate.Font import Font
from pyexcelerate.Writer import Writer

FIXED = time.mktime((2026, 5, 22, 15, 40, 0, 0, 0, -1))
time.time = lambda: FIXED  # zipfile stamps each entry with time.time()
Writer._get_utc_now = lambda self: "2026-05-22T13:40:00Z"  # docProps/core.xml's created and modified

# The mentor's sessions: day, hours, what was done.
SESSIONS = [
    (date(2026, 5, 4), 2.5, "Introduktion og sikkerhed på værkstedet"),
    (date(2026, 5, 6), 1.5, "Oplæring i dækskift"),
    (date(2026, 5, 8), 1, "Opfølgning med Mikkel"),
    (date(2026, 5, 11), 2, "Værkstedsopgaver"),
    (date(2026, 5, 13), 1.5, "Værkstedsopgaver"),
    (date(2026, 5, 19), 2, "Kundemodtagelse"),
    (date(2026, 5, 21), 1, "Samtale med jobkonsulent"),
]
WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]


def main(out: str) -> None:
    book = Workbook()
    sheet = book.new_sheet("Mentortimer")
    bold = Style(font=Font(bold=True))
    sheet.set_cell_value(1, 1, "Registrering af mentortimer – maj 2026")
    sheet.set_cell_style(1, 1, Style(font=Font(bold=True, size=14)))
    sheet.range("A1", "D1").merge()
    sheet.set_cell_value(2, 1, "Jobcenter Jammerbugt · Mentorportalen")
    facts = [
        ("CPR-nr.", "170394-2217"),
        ("Borger", "Mikkel Sørensen Bak"),
        ("P-nr.", 1022458816),
        ("Mentor", "Kurt Bach"),
    ]
    for row, (label, value) in enumerate(facts, start=4):
        sheet.set_cell_value(row, 1, label)
        sheet.set_cell_style(row, 1, bold)
        sheet.set_cell_value(row, 2, value)
    header = 9
    for col, words in enumerate(["Dato", "Ugedag", "Timer", "Aktivitet"], start=1):
        sheet.set_cell_value(header, col, words)
        sheet.set_cell_style(header, col, bold)
    row = header
    for day, hours, what in SESSIONS:
        row += 1
        sheet.set_cell_value(row, 1, day)
        sheet.set_cell_value(row, 2, WEEKDAYS[day.weekday()])
        sheet.set_cell_value(row, 3, hours)
        sheet.set_cell_value(row, 4, what)
    row += 1
    sheet.set_cell_value(row, 1, "I alt")
    sheet.set_cell_style(row, 1, bold)
    sheet.set_cell_value(row, 3, f"=SUM(C{header + 1}:C{row - 1})")
    sheet.set_cell_style(row, 3, bold)
    row += 2
    sheet.set_cell_value(row, 1, "Godkendt af mentor")
    sheet.set_cell_value(row, 2, "Kurt Bach")
    sheet.set_cell_value(row + 1, 1, "Godkendt dato")
    sheet.set_cell_value(row + 1, 2, date(2026, 5, 22))
    book.save(out)


if __name__ == "__main__":
    main(sys.argv[1])
