"""Write the forms of the fifth onboarding trial: `python -m tools.make_fixtures_onboarding_fifth`.

Lemvig (665) is onboarded by config alone in tests/onboarding/, on forms shaped unlike the earlier trials': a
workbook of mentor grants with one grant a column (the labels down column A, as a caseworker lays out an
overview to print on one page), a title merged over the columns, dates as a date cell, as Excel's day
number in a General cell and as typed text, numbers as numbers and as text with a thousands dot; and a
case system's semicolon export of mentor hours with a block of report facts above the table
(`Rapport:;Mentortimer`), the table's header printed again after a page break (after `Side 1 af 2`), a total
line and amounts with thousands dots; and a PDF end form made in a word processor, whose fields are
named `Text1`, `Text2`, ... and its boxes `Check Box7`, ... with no tooltips, the labels printed above
the fields in two columns, so that only a label's place tells what a field holds. The values are written
here as a caseworker would type them; the expected records beside the files were written by hand from
these values.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import xlsxwriter

from tools.fixture_files import write_all
from tools.fixture_pages import titled_page

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "lemvig"

# One grant a column: (label, [grant 1, grant 2, grant 3]); a value is text, a number or a datetime.
GRANT_ROWS: tuple[tuple[str, list[object]], ...] = (
    ("CPR-nr.", ["170391-2745", "0808856612", "230299-4081"]),
    ("Borgerens navn", ["Maja Kirk", "Jens Ove Bruun", "Amira Hassan"]),
    ("P-nr.", ["1034567890", "1034567890", "1045678901"]),
    ("Arbejdssted", ["Lemvig Havn, Havnegade 1", "Lemvig Havn, Havnegade 1", "Thyborøn Fiskeindustri"]),
    ("Mentor", ["Karsten Bech", "Karsten Bech", "Ulla Sand"]),
    ("Mentor ansat i", ["Virksomheden", "Virksomheden", "Jobcentret"]),
    ("Timer pr. uge", [4, 2.5, "3,5"]),
    ("Timepris", [275.5, "1.050,00", 310]),
    ("Bevilget fra", [datetime(2026, 3, 2), 46090, "16.03.2026"]),
    ("Bevilget til", [datetime(2026, 5, 29), datetime(2026, 6, 5), "30.06.2026"]),
    ("Bevillingsdato", [datetime(2026, 2, 26), datetime(2026, 3, 4), "12.03.2026"]),
)


def grants_xlsx() -> bytes:
    """Lemvig's mentor grants: a title merged over the sheet, one grant a column from column B."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"created": datetime(2026, 3, 5, 9, 0, 0)})  # the same bytes every run
    sheet = book.add_worksheet("Bevillinger")
    bold = book.add_format({"bold": True})
    title = book.add_format({"bold": True, "font_size": 14, "align": "center"})
    date = book.add_format({"num_format": "dd-mm-yyyy"})
    money = book.add_format({"num_format": "#,##0.00"})
    sheet.merge_range("A1:D1", "Jobcenter Lemvig - Bevilget mentorstøtte", title)
    sheet.write("A2", "Opdateret 05-03-2026 af Birgit Nørgaard")
    sheet.write("A4", "Bevilling", bold)
    for column in range(3):
        sheet.write_number(3, column + 1, column + 1, bold)
    for offset, (label, values) in enumerate(GRANT_ROWS):
        row = 4 + offset
        sheet.write(row, 0, label, bold)
        for column, value in enumerate(values, start=1):
            if isinstance(value, datetime):
                sheet.write_datetime(row, column, value, date)
            elif isinstance(value, float) and label == "Timepris":
                sheet.write_number(row, column, value, money)
            elif isinstance(value, int | float):
                sheet.write_number(row, column, value)  # General: 46090 is a date nobody formatted
            else:
                sheet.write_string(row, column, str(value))
    book.close()
    return buffer.getvalue()


HOURS_CSV = """\
Jobcenter Lemvig;;;;;;;;;
Rapport:;Mentortimer pr. uge;;;;;;;;
Periode:;01.03.2026 - 31.03.2026;;;;;;;;
Udskrevet:;02.04.2026 kl. 08.12;;;;;;;;
Udskrevet af:;bno;;;;;;;;
;;;;;;;;;
CPR-nr.;Navn;P-nr.;Mentor;År;Uge;Timer;Beløb;Godkendt af mentor;Godkendt dato
170391-2745;Maja Kirk;1034567890;Karsten Bech;2026;10;4,0;1.102,00;Karsten Bech;20.03.2026
170391-2745;Maja Kirk;1034567890;Karsten Bech;2026;11;3,5;964,25;Karsten Bech;20.03.2026
170391-2745;Maja Kirk;1034567890;Karsten Bech;2026;12;4,0;1.102,00;Karsten Bech;20.03.2026
;;;;;;;;;
Side 1 af 2;;;;;;;;;
CPR-nr.;Navn;P-nr.;Mentor;År;Uge;Timer;Beløb;Godkendt af mentor;Godkendt dato
080885-6612;Jens Ove Bruun;1034567890;Karsten Bech;2026;11;2,5;2.625,00;Karsten Bech;31.03.2026
080885-6612;Jens Ove Bruun;1034567890;Karsten Bech;2026;12;2,0;2.100,00;Karsten Bech;31.03.2026
080885-6612;Jens Ove Bruun;1034567890;Karsten Bech;2026;13;2,5;2.625,00;Karsten Bech;31.03.2026
I alt;;;;;;18,5;10.518,25;;
Side 2 af 2;;;;;;;;;
"""


# (field name, label printed above it, x, y, value): two columns, a label above each field
END_TEXT = (
    ("Text1", "CPR-nr.", 60, 700, "230299-4081"),
    ("Text2", "Borgerens navn", 320, 700, "Amira Hassan"),
    ("Text3", "Virksomhed", 60, 650, "Thyborøn Fiskeindustri A/S"),
    ("Text4", "P-nummer", 320, 650, "1045678901"),
    ("Text5", "Sidste praktikdag", 60, 600, "5. juni 2026"),
    ("Text6", "Udfyldt af", 320, 600, "Birgit Nørgaard"),
)
# (box name, words printed right of it, y): the reason the placement ended, one box ticked
END_BOXES = (
    ("Check Box7", "Ordinært job", 520),
    ("Check Box8", "Uddannelse", 500),
    ("Check Box9", "Fleksjob", 480),
    ("Check Box10", "Andet", 460),
)


def end_pdf(ticked: str = "Check Box8") -> bytes:
    """Lemvig's end form: generic field names, no tooltips, labels above the fields in two columns."""
    buffer, canvas = titled_page("Afslutning af virksomhedspraktik", top=770)
    form = canvas.acroForm
    canvas.drawString(60, 752, "Jobcenter Lemvig")
    for name, label, x, y, value in END_TEXT:
        canvas.drawString(x, y + 20, label)
        form.textfield(name=name, tooltip="", value=value, x=x, y=y, width=220, height=16, fontSize=9)
    canvas.drawString(60, 545, "Praktikken sluttede med")
    for name, words, y in END_BOXES:
        form.checkbox(name=name, tooltip="", checked=name == ticked, x=60, y=y, size=12)
        canvas.drawString(78, y + 2, words)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_all() -> dict[Path, bytes]:
    """Both forms of the fifth trial: their paths and bytes (nothing is written); the export in
    Windows-1252 with CRLF, as the case system writes it."""
    return {
        GOLDEN / "mentor_support.xlsx": grants_xlsx(),
        GOLDEN / "mentor_hours.csv": HOURS_CSV.replace("\n", "\r\n").encode("cp1252"),
        GOLDEN / "placement_end.pdf": end_pdf(),
    }


if __name__ == "__main__":
    write_all(render_all())
