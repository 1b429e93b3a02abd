"""Haderslev's mentor timesheet as a case system writes it with XlsxWriter: `python
tools/xlsxwriter_timesheet.py OUT`, run by the seventeenth trial's generator in a Python that has `xlsxwriter`
(the hub's venv has not).

Written as a case system's export is: the facts by label, the days as date cells shown `d. mmmm yyyy`,
hours as numbers shown `0.0`, a weekday and a total as formulas whose values XlsxWriter does not calculate
(it writes `0` as each formula's saved value and asks Excel to calculate the book when it is opened), an
autofilter over the table and the header row frozen.
"""

import sys
from datetime import date

import xlsxwriter

DAYS = (
    (date(2026, 3, 2), 2.5, "Opstartssamtale"),
    (date(2026, 3, 4), 2, "Oplæring"),
    (date(2026, 3, 11), 3, "Oplæring"),
    (date(2026, 3, 18), 1.5, "Opfølgning"),
    (date(2026, 3, 25), 2, "Opfølgning"),
)


def main(out: str) -> None:
    book = xlsxwriter.Workbook(out)
    book.set_properties({"title": "Timeseddel", "author": "Sagssystem", "created": date(2026, 3, 31)})
    sheet = book.add_worksheet("Timeseddel")
    bold = book.add_format({"bold": True})
    title = book.add_format({"bold": True, "font_size": 14})
    day = book.add_format({"num_format": "d. mmmm yyyy", "align": "left"})
    hours = book.add_format({"num_format": "0.0"})
    sheet.set_column("A:A", 22)
    sheet.set_column("B:D", 18)
    sheet.merge_range("A1:D1", "Haderslev Kommune - Timeseddel for mentorstøtte", title)
    sheet.write("A3", "CPR-nr.", bold)
    sheet.write_string("B3", "070384-2158")
    sheet.write("A4", "P-nr.", bold)
    sheet.write_number("B4", 1019384756)
    sheet.write("A5", "Mentor", bold)
    sheet.write("B5", "Jørgen Bæk")
    header = ("Dato", "Ugedag", "Timer", "Aktivitet")
    for col, text in enumerate(header):
        sheet.write(6, col, text, bold)
    for i, (when, spent, what) in enumerate(DAYS):
        row = 7 + i
        sheet.write_datetime(row, 0, when, day)
        sheet.write_formula(row, 1, f'=TEXT(A{row + 1},"dddd")')
        sheet.write_number(row, 2, spent, hours)
        sheet.write_string(row, 3, what)
    last = 7 + len(DAYS)
    sheet.write(last, 0, "I alt", bold)
    sheet.write_formula(last, 2, f"=SUM(C8:C{last})", hours)
    sheet.write(last + 2, 0, "Godkendt af mentor", bold)
    sheet.write(last + 2, 1, "Jørgen Bæk")
    sheet.write(last + 3, 0, "Dato", bold)
    sheet.write_datetime(last + 3, 1, date(2026, 3, 31), day)
    sheet.autofilter(6, 0, last - 1, 3)
    sheet.freeze_panes(7, 0)
    book.close()


if __name__ == "__main__":
    main(sys.argv[1])
