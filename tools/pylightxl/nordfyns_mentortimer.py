"""Nordfyns Kommune's month of mentor hours as its mentor firm's in-house tool writes it with pylightxl
(1.61, `writexl`): one sheet, the course's facts a label and its value a row, then a row a week of the
month. Run by `tools/make_fixtures_onboarding_fortyfourth.py` with a python that has pylightxl: `python
nordfyns_mentortimer.py OUT.xlsx`.

The tool's choices, as pylightxl leaves them: no styles at all (pylightxl writes no styles part), so each
day is text the tool formats itself (`01-12-2026`) and each figure a bare number; the week's year and its
number columns of their own beside the week's first and last day of the month; the total a formula,
`=SUM(E11:E15)`, which pylightxl saves with no value (Excel works it out when it opens the file).
"""

import sys

import pylightxl

COURSE = [
    ("Borger", "Mads Holm Sejersen"),
    ("CPR-nr.", "071190-2385"),
    ("Arbejdssted", "Otterup Plantecenter"),
    ("P-nr.", 1018876543),
    ("Mentor", "Birthe Krog Damgaard"),
]
# (year, ISO week, the week's first and last day in December, hours, what was done)
WEEKS = [
    (2026, 49, "01-12-2026", "06-12-2026", 4.5, "Opstart & rundvisning"),
    (2026, 50, "07-12-2026", "13-12-2026", 3, "Pottning, samtale om mødetider"),
    (2026, 51, "14-12-2026", "20-12-2026", 6.25, "Julesalg i butikken"),
    (2026, 52, "21-12-2026", "27-12-2026", 2, "Opfølgning"),
    (2026, 53, "28-12-2026", "31-12-2026", 1.5, "Status før nytår"),
]


def main(out):
    db = pylightxl.Database()
    db.add_ws(ws="Mentortimer")
    sheet = db.ws(ws="Mentortimer")
    sheet.update_address(address="A1", val="Nordfyns Kommune - Mentorstøtte, timer for december 2026")
    for row, (label, value) in enumerate(COURSE, start=3):
        sheet.update_index(row=row, col=1, val=label)
        sheet.update_index(row=row, col=2, val=value)
    header = ["År", "Uge", "Fra", "Til", "Timer", "Aktiviteter"]
    for col, words in enumerate(header, start=1):
        sheet.update_index(row=10, col=col, val=words)
    for row, week in enumerate(WEEKS, start=11):
        for col, value in enumerate(week, start=1):
            sheet.update_index(row=row, col=col, val=value)
    total = 11 + len(WEEKS)
    sheet.update_index(row=total, col=1, val="I alt")
    sheet.update_index(row=total, col=5, val=f"=SUM(E11:E{total - 1})")
    sheet.update_index(row=total + 2, col=1, val="Godkendt af mentor")
    sheet.update_index(row=total + 2, col=2, val="Birthe Krog Damgaard")
    sheet.update_index(row=total + 3, col=1, val="Dato")
    sheet.update_index(row=total + 3, col=2, val="04-01-2027")
    pylightxl.writexl(db=db, fn=out)


if __name__ == "__main__":
    main(sys.argv[1])
