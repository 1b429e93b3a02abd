"""Write the form of the eighth onboarding trial: `python -m tools.make_fixtures_onboarding_eighth`.

Odsherred (306) is onboarded by config alone in tests/onboarding/, on a form shaped unlike the earlier
trials': a mentor's monthly timesheet workbook of **two sheets**, as a job centre hands it out: the first,
`Stamdata`, filled in once a placement (the citizen's CPR, the company, the P-number, the mentor), its
labels in cells merged over two columns and a P-number typed as a number; the second, `Timer`, a new copy
each month: a merged title, a header of two rows (`Mentorstøtte` merged over `Timer | Aktivitet`, `Dato`
and `Bemærkning` merged down), one row a day with the date as a date cell or typed `12.03.2026`, hours
written as a caseworker writes them (`3 t.`, `2,5 t`, `4 timer`, `1½ t`), a typed total `I alt` and the
mentor's signature under the table. The values are written here as a mentor would; the expected record
beside the file was written by hand from these values.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import xlsxwriter

from tools.fixture_files import write_all
from tools.fixture_workbooks import merged_facts

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "odsherred"

# The first sheet's label and value rows; an int is typed as a number (General format).
FACTS: tuple[tuple[str, str | int], ...] = (
    ("CPR-nr.", "020387-4418"),
    ("Borgerens navn", "Jonas Friis"),
    ("Virksomhed", "Odden Havn Fiskeeksport ApS"),
    ("P-nr.", 1019283746),
    ("Mentor", "Helle Dam Kristiansen"),
    ("Mentors telefon", "59 66 60 00"),
)
# The second sheet's days: (date, hours as written, activity, remark); a date given as text is typed.
DAYS: tuple[tuple[datetime | str, str, str, str], ...] = (
    (datetime(2026, 3, 2), "3 t.", "Opstart og rundvisning", ""),
    (datetime(2026, 3, 5), "2,5 t", "Oplæring ved pakkebåndet", ""),
    (datetime(2026, 3, 9), "4 timer", "Oplæring", "Kom for sent"),
    ("12.03.2026", "1½ t", "Opfølgningssamtale", ""),
    (datetime(2026, 3, 16), "3,5 t", "Oplæring, truckcertifikat", ""),
    (datetime(2026, 3, 19), "3 t", "Opfølgningssamtale", "Med jobkonsulent"),
)
TOTAL = "17,5 t"
SIGNED = ("Helle Dam Kristiansen", datetime(2026, 3, 31))


def timesheet_xlsx(
    facts: tuple[tuple[str, str | int], ...] = FACTS,
    days: tuple[tuple[datetime | str, str, str, str], ...] = DAYS,
) -> bytes:
    """Odsherred's timesheet: `Stamdata` with the placement's facts, `Timer` with the month's days (a
    test gives others: a later version of the sheet, a day written otherwise)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": datetime(2026, 3, 31, 15, 0, 0)})  # the same bytes every run
    title = book.add_format({"bold": True, "font_size": 14})
    label = book.add_format({"bold": True, "border": 1})
    value = book.add_format({"border": 1})
    head = book.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1})
    date = book.add_format({"num_format": "dd-mm-yyyy"})

    sheet = book.add_worksheet("Stamdata")
    sheet.merge_range("A1:D1", "Odsherred Kommune - Jobcenter Odsherred", title)
    sheet.merge_range("A2:D2", "Timeregistrering for mentorstøtte", book.add_format({"italic": True}))
    merged_facts(sheet, facts, 4, (0, 2, 3), (label, value))  # the label over A:B, its value over C:D
    sheet.set_column("A:D", 18)

    month = book.add_worksheet("Timer")
    month.merge_range("A1:D1", "Mentortimer - marts 2026", title)
    month.merge_range("A3:A4", "Dato", head)
    month.merge_range("B3:C3", "Mentorstøtte", head)
    month.write_string(3, 1, "Timer", head)
    month.write_string(3, 2, "Aktivitet", head)
    month.merge_range("D3:D4", "Bemærkning", head)
    row = 4
    for day, hours, activity, remark in days:
        if isinstance(day, datetime):
            month.write_datetime(row, 0, day, date)
        else:
            month.write_string(row, 0, day)
        month.write_string(row, 1, hours)
        month.write_string(row, 2, activity)
        if remark:
            month.write_string(row, 3, remark)
        row += 1
    month.write_string(row, 0, "I alt", label)
    month.write_string(row, 1, TOTAL, label)
    month.write_string(row + 2, 0, "Underskrevet af mentor")
    month.write_string(row + 2, 1, SIGNED[0])
    month.write_string(row + 3, 0, "Dato")
    month.write_datetime(row + 3, 1, SIGNED[1], date)
    month.set_column("A:D", 22)
    book.close()
    return buffer.getvalue()


def render_all() -> dict[Path, bytes]:
    """The form of the eighth trial: its path and bytes (nothing is written)."""
    return {GOLDEN / "mentor_hours.xlsx": timesheet_xlsx()}


if __name__ == "__main__":
    write_all(render_all())
