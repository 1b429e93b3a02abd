"""Write the binary forms of the three invented municipalities: `python -m tools.make_fixtures_onboarding`.

Fanø, Læsø (and Vesthimmerland, whose XML is text written by hand) are onboarded by config alone in
tests/onboarding/ to try the README's "Add a municipality" steps on forms unlike every real adapter's:
a Windows-1252 CSV with its header below a title and a note with a line break, a UTF-8 CSV with a BOM,
an XLSX with a merged title, its header on row 3, its data on the second sheet, numbers stored as text
and dates as Excel serials, and a PDF whose boxes export "Ja"/"Nej" and "On" instead of "Yes".
The values are written here as each system would print them; the expected records beside the files
were written by hand from these values.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pikepdf
import xlsxwriter

from tools.fixture_files import write_all
from tools.fixture_pages import titled_page

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "onboarding" / "golden"

FANOE_HOURS = [
    ["Fanø Kommune", "", "", ""],
    ["Mentortimer - virksomhedspraktik", "", "", ""],
    ["", "", "", ""],
    ["CPR-nr.", "120479-2236", "", ""],
    ["P-nr.", "1023456789", "", ""],
    ["Mentor", "Søren Ærø Østergård", "", ""],
    ["", "", "", ""],
    ["Dato", "Timer", "Opgave", "Bemærkning"],
    ["03-03-2026", "1,5", "Oplæring", ""],
    ["05-03-2026", "1,5", "Opfølgning", "Kort samtale\r\nom arbejdstider; ingen fravær"],
    ["10-03-2026", "3", "Oplæring", ""],
    ["", "", "", ""],
    ["Underskrevet af", "Søren Ærø Østergård", "", ""],
    ["Dato", "16-03-2026", "", ""],
]
# A week a row, one column a weekday and no total column (Fanø's second timesheet, typed in the same
# Excel): a day left empty is a day without hours; hours as "1,5", "2" and "1:30".
FANOE_GRID = [
    ["Fanø Kommune", "", "", "", "", "", ""],
    ["Ugeskema - mentortimer", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["CPR-nr.", "120479-2236", "", "", "", "", ""],
    ["P-nr.", "1023456789", "", "", "", "", ""],
    ["Mentor", "Søren Ærø Østergård", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Uge", "Man", "Tir", "Ons", "Tor", "Fre", "Bemærkning"],
    ["11/2026", "1,5", "", "2", "", "0,5", ""],
    ["12/2026", "", "1", "", "", "", "Syg torsdag og fredag"],
    ["13/2026", "2", "1:30", "", "0,75", "", ""],
    ["", "", "", "", "", "", ""],
    ["Underskrevet af", "Søren Ærø Østergård", "", "", "", "", ""],
    ["Dato", "30-03-2026", "", "", "", "", ""],
]
FANOE_END = [
    ["Udtræk: afsluttede praktikforløb, Jobcenter Fanø, 31-03-2026"],
    [],
    ["CPR", "P-nummer", "Slutdato", "Årsag", "Bemærkning"],
    ["120479-2236", "1023456789", "27-03-2026", "ORD", "Ansat på ordinære vilkår; 25 timer\nfra 1. april"],
    ["0302961458", "1023456789", "31-03-2026", "SYG", ""],
]


def _csv(rows: list[list[str]], *, quote_all: bool, line_end: str) -> str:
    """Rows as a semicolon-separated text, quoting a cell holding a quote, a semicolon or a line break."""

    def cell(text: str) -> str:
        if quote_all or any(c in text for c in '";\r\n'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "".join(";".join(cell(c) for c in row) + line_end for row in rows)


def fanoe_files() -> dict[Path, bytes]:
    """The timesheet in Windows-1252 with CRLF, the case system's export in UTF-8 with a BOM and LF."""
    return {
        GOLDEN / "fanoe" / "mentor_hours.csv": _csv(FANOE_HOURS, quote_all=False, line_end="\r\n").encode(
            "cp1252"
        ),
        GOLDEN / "fanoe" / "mentor_hours_grid.csv": _csv(FANOE_GRID, quote_all=False, line_end="\r\n").encode(
            "cp1252"
        ),
        GOLDEN / "fanoe" / "placement_end.csv": _csv(FANOE_END, quote_all=True, line_end="\n").encode(
            "utf-8-sig"
        ),
    }


def laesoe_workbook() -> bytes:
    """A guide sheet first; on "Vurderinger" a merged two-row title, the header on row 3, then one
    citizen a row: P-numbers and scores stored as text, dates as Excel serials shown dd-mm-yyyy."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    # A fixed creation date: XlsxWriter stamps it in the workbook and on each zip entry (same bytes each run).
    book.set_properties({"created": datetime(2026, 3, 31, 12, 0, 0)})
    guide = book.add_worksheet("Vejledning")
    guide.write("A1", "Udfyld arket 'Vurderinger'. Karakterer 1-5 (5 er bedst).")
    sheet = book.add_worksheet("Vurderinger")
    title = book.add_format({"bold": True, "align": "center"})
    date = book.add_format({"num_format": "dd-mm-yyyy"})
    text = book.add_format({"num_format": "@"})
    sheet.merge_range("A1:I1", "Læsø Kommune - Jobcenter Læsø", title)
    sheet.merge_range("A2:I2", "Udviklingsvurdering af praktikanter, 1. kvartal 2026", title)
    header = ["CPR-nummer", "P-nummer", "Vurderet", "Fremmøde", "Punktlighed", "Samarbejde",
              "Opgaveløsning", "Selvstændighed", "Noter"]  # fmt: skip
    sheet.write_row(2, 0, header)
    rows = [
        ("030485-1234", "1034567890", 46112, "4", "3", "5", "4", "2",
         "Møder stabilt.\nSkal øve selvstændighed"),
        ("2709921645", "1034567890", 46127, "5", "5", "4", "3", "3", ""),
    ]  # fmt: skip
    for r, (cpr, pnr, serial, *scores, note) in enumerate(rows, start=3):
        sheet.write_string(r, 0, cpr, text)
        sheet.write_string(r, 1, pnr, text)
        sheet.write_number(r, 2, serial, date)
        for c, score in enumerate(scores, start=3):
            sheet.write_string(r, c, score, text)
        if note:
            sheet.write_string(r, 8, note)
    book.close()
    return buf.getvalue()


# Læsø's weekly timesheet: a week a row, Monday to Sunday, no total column. Hours are numbers, except one
# typed as text with a decimal comma; a day without hours is left empty (None).
LAESOE_GRID: list[tuple[object, ...]] = [
    ("uge 10 2026", 3, 3, None, 2.5, None, None, 1),
    ("uge 11 2026", "2,5", 0, 4, None, 1.25, None, None),
    ("uge 12 2026", None, None, None, None, 0.5, None, None),
]
LAESOE_DAYS = ["Man", "Tir", "Ons", "Tor", "Fre", "Lør", "Søn"]


def laesoe_timesheet(grid: list[tuple[object, ...]] = LAESOE_GRID) -> bytes:
    """A workbook with one sheet "Timer": a title, the mentor's details, then the weekday grid with its
    header on row 6 (`grid`: a week and its seven days, None for an empty cell, text written as text)."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    book.set_properties({"created": datetime(2026, 3, 31, 12, 0, 0)})
    sheet = book.add_worksheet("Timer")
    sheet.write("A1", "Læsø Kommune - Mentortimer pr. uge")
    for row, (label, value) in enumerate(
        (("CPR-nummer", "030485-1234"), ("P-nummer", "1034567890"), ("Mentor", "Birthe Nielsen")), start=1
    ):
        sheet.write_string(row, 0, label)
        sheet.write_string(row, 1, value)
    sheet.write_row(5, 0, ["Uge", *LAESOE_DAYS])
    for r, (week, *days) in enumerate(grid, start=6):
        sheet.write_string(r, 0, str(week))
        for c, hours in enumerate(days, start=1):
            if isinstance(hours, str):
                sheet.write_string(r, c, hours)
            elif hours is not None:
                sheet.write_number(r, c, hours)
    end = 6 + len(grid) + 1
    sheet.write_string(end, 0, "Underskrevet af")
    sheet.write_string(end, 1, "Birthe Nielsen")
    sheet.write_string(end + 1, 0, "Dato")
    sheet.write_string(end + 1, 1, "23-03-2026")
    book.close()
    return buf.getvalue()


# (field name, printed label, y) of Læsø's placement form; boxes are (name, label, x, y, export value)
LAESOE_TEXT = (
    ("cpr", "CPR-nummer", 740), ("navn", "Borgerens navn", 715), ("virksomhed", "Virksomhed", 690),
    ("cvr", "CVR-nummer", 665), ("arbejdssted", "Arbejdssted", 640), ("pnr", "P-nummer", 615),
    ("start", "Første praktikdag", 590), ("slut", "Sidste praktikdag", 565),
    ("timer", "Timer om ugen", 540), ("mentor", "Mentor", 440), ("sagsbehandler", "Sagsbehandler", 380),
    ("mail", "E-mail", 355), ("telefon", "Telefon", 330), ("formaal", "Formål", 305),
)  # fmt: skip
LAESOE_BOXES = (
    ("kontant", "Kontanthjælp", 60, 500, "On"), ("syge", "Sygedagpenge", 180, 500, "On"),
    ("ledig", "Ledighedsydelse", 300, 500, "On"),
    ("jobparat", "Jobparat", 60, 470, "Ja"), ("aktivitetsparat", "Aktivitetsparat", 180, 470, "Ja"),
    ("mentor_jc_ja", "Ja", 300, 415, "Ja"), ("mentor_jc_nej", "Nej", 360, 415, "Nej"),
)  # fmt: skip
LAESOE_VALUES = {
    "cpr": "0304851234", "navn": "Lars Mølgaard", "virksomhed": "Læsø Fiskeindustri A/S",
    "cvr": "36213728", "arbejdssted": "Læsø Fiskeindustri, Vesterø Havn", "pnr": "1034567890",
    "start": "02-03-2026", "slut": "29-05-2026", "timer": "20", "mentor": "Birthe Nielsen",
    "sagsbehandler": "Ole Brandt", "mail": "ole.brandt@laesoe.example.dk", "telefon": "+45 98 49 80 00",
    "formaal": "Praktik i pakkeriet med henblik på ordinære timer",
    "kontant": "On", "aktivitetsparat": "Ja", "mentor_jc_nej": "Nej",
}  # fmt: skip


def laesoe_placement(values: dict[str, str] = LAESOE_VALUES) -> bytes:
    """Læsø's placement form with `values` typed in (a box is ticked when its name is there): reportlab
    draws boxes whose ticked state is /Yes; each is renamed here to the export value the form's author
    gave it ("On", "Ja", "Nej"), in its value and its appearance."""
    buf, c = titled_page("Læsø Kommune - Aftale om virksomhedspraktik")
    form = c.acroForm
    for name, label, y in LAESOE_TEXT:
        c.drawString(60, y + 4, label)
        form.textfield(name=name, value=values.get(name, ""), x=200, y=y, width=300, height=16,
                       fontSize=9)  # fmt: skip
    c.drawString(60, 520, "Borgerens ydelse")
    c.drawString(60, 488, "Visitation")
    c.drawString(60, 417, "Mentor ansat i jobcentret:")
    for name, label, x, y, _ in LAESOE_BOXES:
        form.checkbox(name=name, checked=name in values, x=x, y=y, size=12, buttonStyle="cross")
        c.drawString(x + 16, y + 2, label)
    c.showPage()
    c.save()
    exports = {name: export for name, _, _, _, export in LAESOE_BOXES}
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        for field in pdf.Root.AcroForm.Fields:
            export = exports.get(str(field.get("/T", "")))
            if export is None:
                continue
            on = pikepdf.Name("/" + export)
            for kind in ("/N", "/D"):
                states = field.AP.get(kind)
                if states is not None and "/Yes" in states:
                    states[on] = states["/Yes"]
                    del states["/Yes"]
            if field.get("/V") == pikepdf.Name.Yes:
                field.V = on
                field.AS = on
        pdf.save(out, deterministic_id=True)
    return out.getvalue()


def render_all() -> dict[Path, bytes]:
    """Every binary form of the invented municipalities: its path and its bytes (nothing is written)."""
    return fanoe_files() | {
        GOLDEN / "laesoe" / "progress_report.xlsx": laesoe_workbook(),
        GOLDEN / "laesoe" / "placement.pdf": laesoe_placement(),
        GOLDEN / "laesoe" / "mentor_hours.xlsx": laesoe_timesheet(),
    }


if __name__ == "__main__":
    write_all(render_all())
