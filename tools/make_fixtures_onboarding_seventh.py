"""Write the forms of the seventh onboarding trial: `python -m tools.make_fixtures_onboarding_seventh`.

Morsø (773) is onboarded by config alone in tests/onboarding/, on forms shaped unlike the earlier trials':
a caseworker's workbook of mentor grants under a header of two rows whose upper row groups the columns in
merged cells (`Borger` over `CPR-nr. | Navn`, `Mentor` over `Navn | Ansat hos`, `Bevilget periode` over
`Fra | Til`; `P-nr.`, `Timer pr. uge`, `Timepris` and `Bevilget` merged down over both rows), so that
`Navn` is printed twice in the header, the citizen's and the mentor's; names written `Efternavn, Fornavn`;
hours a week typed `7:30` as text and kept in a `[h]:mm` time cell; a start as Excel's day number in a
General cell. And a PDF placement agreement whose CPR is ten one-digit fields (`cpr1`..`cpr10`, a box
each), whose first day is three fields (`start_dag`, `start_md`, `start_aar`), the benefit a radio group
exporting numbers, the visitation a group of three checkboxes, the name `Efternavn, Fornavn` and the
hours `18:30`. The values are written here as the systems would; the expected records beside the files
were written by hand from these values.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import xlsxwriter

from tools.fixture_files import write_all
from tools.fixture_pages import fields_in_a_row, labelled_fields, titled_page

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "morsoe"

# (CPR, citizen, mentor, employed by, P-number, first day, last day, hours a week, rate, granted on).
# A first day given as an int is Excel's day number in a General cell; hours given as a float are a
# fraction of a day in a `[h]:mm` cell; text is typed as it stands.
GRANTS: tuple[tuple[object, ...], ...] = (
    (
        "070391-2245",
        "Kristensen, Anna",
        "Mikkelsen, Bo",
        "Virksomhed",
        "1012345678",
        datetime(2026, 3, 2),
        datetime(2026, 5, 29),
        "7:30",
        285,
        "24.02.2026",
    ),
    (
        "1505884321",
        "Nørgaard, Peter",
        "Thomsen, Lene",
        "Jobcenter",
        "1023456789",
        46097,  # Excel's day number of 16 March 2026, the cell's date format lost
        datetime(2026, 6, 12),
        4.5 / 24,  # 4:30 in a [h]:mm cell
        285,
        datetime(2026, 3, 10),
    ),
    (
        "221195-4410",
        "Hansen, Mads",
        "Mikkelsen, Bo",
        "Virksomhed",
        "1012345678",
        datetime(2026, 3, 23),
        datetime(2026, 4, 30),
        "2:45",
        "312,50",
        "18.03.2026",
    ),
)


def grants_xlsx() -> bytes:
    """Morsø's mentor grants: a merged title, a header of two rows (groups merged across over their
    columns, single headers merged down), one grant a row."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": datetime(2026, 3, 25, 9, 0, 0)})  # the same bytes every run
    sheet = book.add_worksheet("Bevillinger")
    bold = book.add_format({"bold": True, "align": "center", "valign": "vcenter", "border": 1})
    title = book.add_format({"bold": True, "font_size": 14})
    date = book.add_format({"num_format": "dd-mm-yyyy"})
    money = book.add_format({"num_format": "#,##0.00"})
    duration = book.add_format({"num_format": "[h]:mm"})
    sheet.merge_range("A1:J1", "Morsø Kommune - Jobcenter Morsø", title)
    sheet.merge_range("A2:J2", "Bevilgede mentorforløb, marts 2026", book.add_format({"italic": True}))
    sheet.merge_range("A4:B4", "Borger", bold)
    sheet.merge_range("C4:D4", "Mentor", bold)
    sheet.merge_range("E4:E5", "P-nr.", bold)
    sheet.merge_range("F4:G4", "Bevilget periode", bold)
    sheet.merge_range("H4:H5", "Timer pr. uge", bold)
    sheet.merge_range("I4:I5", "Timepris", bold)
    sheet.merge_range("J4:J5", "Bevilget", bold)
    for col, header in enumerate(("CPR-nr.", "Navn", "Navn", "Ansat hos")):
        sheet.write_string(4, col, header, bold)
    sheet.write_string(4, 5, "Fra", bold)
    sheet.write_string(4, 6, "Til", bold)
    sheet.set_column("A:J", 15)
    for offset, grant in enumerate(GRANTS):
        row = 5 + offset
        cpr, citizen, mentor, employer, pnr, start, end, hours, rate, granted = grant
        for col, text in enumerate((cpr, citizen, mentor, employer, pnr)):
            sheet.write_string(row, col, str(text))
        for col, value in ((5, start), (6, end), (9, granted)):
            if isinstance(value, datetime):
                sheet.write_datetime(row, col, value, date)
            elif isinstance(value, int):
                sheet.write_number(row, col, value)  # General: the day number shows as 46097
            else:
                sheet.write_string(row, col, str(value))
        if isinstance(hours, float):
            sheet.write_number(row, 7, hours, duration)
        else:
            sheet.write_string(row, 7, str(hours))
        if isinstance(rate, int):
            sheet.write_number(row, 8, rate, money)
        else:
            sheet.write_string(row, 8, str(rate))
    book.close()
    return buffer.getvalue()


# The placement agreement: (field, label printed left of it, y, value). The CPR is ten fields of one
# digit, a box each, and the first day three fields (day, month, year), as a form designer splits a value
# so that each digit gets its box; the last day is one field.
PLACEMENT_TEXT = (
    ("navn", "Borgerens navn (efternavn, fornavn)", 690, "Sørensen, Maja Louise"),
    ("virksomhed", "Virksomhed", 560, "Mors Maskinfabrik ApS"),
    ("cvr", "CVR-nr.", 538, "29471509"),
    ("arbejdssted", "Arbejdssted", 516, "Nykøbing Mors, Havnevej 12"),
    ("pnr", "P-nr.", 494, "1012345678"),
    ("slut", "Sidste dag", 450, "28-05-2026"),
    ("timer", "Timer pr. uge", 428, "18:30"),
    ("mentor", "Mentor (efternavn, fornavn)", 406, "Mikkelsen, Bo"),
    ("sagsbehandler", "Sagsbehandler", 340, "Karen Holt"),
    ("email", "E-mail", 318, "KAHO@morsoe.example.dk"),
    ("telefon", "Telefon", 296, "99 70 70 00"),
)
CPR_DIGITS = "1402905567"
START = (("start_dag", "02", 30), ("start_md", "03", 30), ("start_aar", "2026", 50))
BENEFITS = (("1", "Kontanthjælp"), ("2", "Uddannelseshjælp"), ("3", "Sygedagpenge"), ("4", "Ledighedsydelse"))
VISITATION = (("vis_jobparat", "Jobparat"), ("vis_aktivitetsparat", "Aktivitetsparat"),
              ("vis_uddannelsesparat", "Uddannelsesparat"))  # fmt: skip
CHOSEN = {"ydelse": "2", "vis_uddannelsesparat": True, "mentor_ansat": "V"}


def placement_pdf() -> bytes:
    """Morsø's placement agreement, one page, its values typed in."""
    buffer, canvas = titled_page("Morsø Kommune - Aftale om virksomhedspraktik", top=770)
    form = canvas.acroForm
    canvas.drawString(60, 714, "CPR-nummer")
    for i, digit in enumerate(CPR_DIGITS, start=1):
        x = 240 + (i - 1) * 20 + (10 if i > 6 else 0)  # a gap where the dash would be
        form.textfield(name=f"cpr{i}", tooltip="", value=digit, x=x, y=710, width=18, height=18, maxlen=1)
    canvas.drawString(226 + 6 * 20 + 2, 714, "-")
    labelled_fields(canvas, PLACEMENT_TEXT)
    fields_in_a_row(canvas, "Første dag (dd mm åååå)", 472, START, gap=8)
    canvas.drawString(60, 650, "Ydelse")
    for i, (code, label) in enumerate(BENEFITS):
        chosen = CHOSEN["ydelse"] == code
        form.radio(name="ydelse", value=code, selected=chosen, x=60 + 120 * i, y=630, size=12)
        canvas.drawString(76 + 120 * i, 632, label)
    canvas.drawString(60, 604, "Visitation")
    for i, (name, label) in enumerate(VISITATION):
        form.checkbox(name=name, tooltip="", checked=bool(CHOSEN.get(name)), x=60 + 140 * i, y=584, size=12)
        canvas.drawString(76 + 140 * i, 586, label)
    canvas.drawString(60, 380, "Mentor er ansat i")
    for i, (code, label) in enumerate((("V", "Virksomheden"), ("J", "Jobcentret"))):
        selected = CHOSEN["mentor_ansat"] == code
        form.radio(name="mentor_ansat", value=code, selected=selected, x=240 + 120 * i, y=376, size=12)
        canvas.drawString(256 + 120 * i, 378, label)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_all() -> dict[Path, bytes]:
    """The two forms of the seventh trial: their paths and bytes (nothing is written)."""
    return {
        GOLDEN / "mentor_support.xlsx": grants_xlsx(),
        GOLDEN / "placement.pdf": placement_pdf(),
    }


if __name__ == "__main__":
    write_all(render_all())
