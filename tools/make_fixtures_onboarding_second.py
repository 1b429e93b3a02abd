"""Write the binary forms of the second onboarding trial: `python -m tools.make_fixtures_onboarding_second`.

Ærø and Langeland (and Samsø, whose XML is text written by hand) are onboarded by config alone in
tests/onboarding/, as stop 36's three were (`tools/make_fixtures_onboarding.py`), on forms that differ
from those in ways not tried before: a workbook whose start date is an Excel date number in a cell left
in the General format and whose end is a length ("13 uger"); a comma-separated export with every cell
quoted, amounts "DKK 1.050,00", dates "tirs. 3. mar. 2026", "ma 16-03-2026" and "02-mar-26" and a
remark of several lines.
The values are written here as each system would print them; the expected records beside the files
were written by hand from these values.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import xlsxwriter

from tools.fixture_files import write_all
from tools.fixture_pages import titled_page

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "onboarding" / "golden"

# Ærø's placement form, a label in column A and its value in column B. A number is typed as a number:
# the start date 46083 is Monday 2 March 2026 as Excel counts days, in a cell nobody formatted as a date.
AEROE_PLACEMENT: tuple[tuple[str, str | int], ...] = (
    ("CPR-nr.", "150390-2231"),
    ("Borgerens navn", "Mikkel Jessen"),
    ("Virksomhed", "Ærø Bryggeri ApS"),
    ("CVR-nr.", 38412302),
    ("Arbejdssted", "Ærøskøbing Bryggeri, Vestergade 2"),
    ("P-nr.", 1056789012),
    ("Startdato", 46083),
    ("Varighed", "13 uger"),
    ("Timer pr. uge", 15),
    ("Ydelse", "Sygedagpenge"),
    ("Visitation", "Aktivitetsparat"),
    ("Mentor", "Hanne Kjær"),
    ("Mentor ansat hos", "Virksomheden"),
    ("Sagsbehandler", "Peter Møller"),
    ("E-mail", "PMO@aeroe.example.dk"),
    ("Telefon", "62 52 10 00"),
)


def aeroe_placement(values: tuple[tuple[str, str | int], ...] = AEROE_PLACEMENT) -> bytes:
    """A one-sheet workbook "Praktikaftale": a title, then one label and its value a row from row 3;
    numbers written as numbers in the General format (no date format anywhere)."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    book.set_properties({"created": datetime(2026, 2, 24, 9, 0, 0)})  # the same bytes every run
    sheet = book.add_worksheet("Praktikaftale")
    sheet.write_string("A1", "Ærø Kommune - Aftale om virksomhedspraktik")
    for row, (label, value) in enumerate(values, start=2):
        sheet.write_string(row, 0, label)
        if isinstance(value, int):
            sheet.write_number(row, 1, value)
        else:
            sheet.write_string(row, 1, value)
    book.close()
    return buf.getvalue()


# Langeland's case system exports its mentor grants comma-separated, every cell quoted, UTF-8 without a
# BOM, LF; amounts as "DKK 1.050,00", dates as the system's clerk typed them (with an abbreviated
# weekday, "tirs. 3. mar. 2026", "ma 16-03-2026"; a month abbreviated, "30. jun. 2026", "02-mar-26"), a
# remark over two lines.
LANGELAND_GRANTS = [
    ["CPR", "P-nummer", "Mentor", "Ansat hos", "Timer/uge", "Timesats", "Fra", "Til", "Bevilget",
     "Bemærkning"],
    ["2011874410", "1067890123", "Jensen, Ole", "Virksomhed", "4", "DKK 275,50", "tirs. 3. mar. 2026",
     "29. maj 2026", "02-mar-26", "Mentor på lageret;\nopfølgning hver anden uge"],
    ["051199-3318", "1067890123", "Lise Dahl", "Jobcenter", "2,5", "DKK 1.050,00", "ma 16-03-2026",
     "30. jun. 2026", "12. mar. 2026", ""],
]  # fmt: skip


def langeland_grants(rows: list[list[str]] = LANGELAND_GRANTS) -> bytes:
    """The export: comma-separated, every cell quoted, a line break inside a quoted cell."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=",", quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    return buf.getvalue().encode("utf-8")


# Langeland's placement form: two pages. Page 1 the citizen: CPR in a comb field (ten boxes, one digit
# each), the benefit and the visitation as radio groups, whose buttons export codes ("KH", "AP");
# page 2 the company, the period and the contacts in fields named only "Tekstfelt10".."Tekstfelt21",
# found by the labels printed left of them; the mentor's employer a radio group of two.
LANGELAND_RADIOS = (
    ("ydelse", (("KH", "Kontanthjælp"), ("UH", "Uddannelseshjælp"), ("SD", "Sygedagpenge"),
                ("LY", "Ledighedsydelse")), 1, 640),
    ("visitation", (("JP", "Jobparat"), ("AP", "Aktivitetsparat"), ("UP", "Uddannelsesparat")), 1, 590),
    ("mentor_hos", (("V", "Virksomheden"), ("J", "Jobcentret")), 2, 420),
)  # fmt: skip
LANGELAND_PAGE2 = (
    ("Tekstfelt10", "Virksomhed", 740), ("Tekstfelt11", "CVR-nr.", 715), ("Tekstfelt12", "Arbejdssted", 690),
    ("Tekstfelt13", "P-nr.", 665), ("Tekstfelt14", "Første dag", 640), ("Tekstfelt15", "Sidste dag", 615),
    ("Tekstfelt16", "Timer pr. uge", 590), ("Tekstfelt17", "Mentor", 450),
    ("Tekstfelt18", "Sagsbehandler", 380), ("Tekstfelt19", "E-mail", 355), ("Tekstfelt20", "Telefon", 330),
    ("Tekstfelt21", "Formål", 290),
)  # fmt: skip
LANGELAND_VALUES = {
    "cpr": "2011874410", "navn": "Jonas Bech", "ydelse": "KH", "visitation": "AP", "mentor_hos": "V",
    "Tekstfelt10": "Langeland Møbler A/S", "Tekstfelt11": "29471509", "Tekstfelt12": "Rudkøbing, Havnegade 8",
    "Tekstfelt13": "1067890123", "Tekstfelt14": "2. mar. 2026", "Tekstfelt15": "29. maj 2026",
    "Tekstfelt16": "18,5", "Tekstfelt17": "Ole Jensen", "Tekstfelt18": "Maja Friis",
    "Tekstfelt19": "maja.friis@langeland.example.dk", "Tekstfelt20": "63 51 60 00",
    "Tekstfelt21": "Oplæring i lager og montage",
}  # fmt: skip


def langeland_placement(values: dict[str, str] = LANGELAND_VALUES) -> bytes:
    """The two-page form with `values` typed in; a radio group's value is its chosen button's code."""
    buf, c = titled_page("Langeland Kommune - Aftale om virksomhedspraktik")
    form = c.acroForm
    c.drawString(60, 744, "CPR-nummer")
    form.textfield(name="cpr", value=values.get("cpr", ""), x=200, y=740, width=200, height=18, maxlen=10,
                   fieldFlags="comb", fontSize=11)  # fmt: skip
    c.drawString(60, 719, "Borgerens navn")
    form.textfield(name="navn", value=values.get("navn", ""), x=200, y=715, width=300, height=16, fontSize=9)
    for page in (1, 2):
        if page == 2:
            c.showPage()
            c.setFont("Helvetica", 10)
            for name, label, y in LANGELAND_PAGE2:
                c.drawString(60, y + 4, label)
                form.textfield(name=name, value=values.get(name, ""), x=200, y=y, width=300, height=16,
                               fontSize=9)  # fmt: skip
        for group, buttons, on_page, y in LANGELAND_RADIOS:
            if on_page != page:
                continue
            for i, (code, label) in enumerate(buttons):
                x = 60 + 130 * i
                form.radio(name=group, value=code, selected=values.get(group) == code, x=x, y=y, size=12)
                c.drawString(x + 16, y + 2, label)
    c.showPage()
    c.save()
    return buf.getvalue()


def render_all() -> dict[Path, bytes]:
    """Every binary form of the second trial: its path and its bytes (nothing is written)."""
    return {
        GOLDEN / "aeroe" / "placement.xlsx": aeroe_placement(),
        GOLDEN / "langeland" / "mentor_support.csv": langeland_grants(),
        GOLDEN / "langeland" / "placement.pdf": langeland_placement(),
    }


if __name__ == "__main__":
    write_all(render_all())
