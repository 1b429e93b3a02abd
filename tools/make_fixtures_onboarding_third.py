"""Write the binary forms of the third onboarding trial: `python -m tools.make_fixtures_onboarding_third`.

Stevns (336) is onboarded by config alone in tests/onboarding/, as the first two trials' six were, on
forms that differ from theirs: a timesheet workbook whose P-number is labelled "Produktionsenhed nr.",
whose mentor signs as "Kvitteret af mentor" and whose half hour is typed "3½"; and a PDF whose fields
are named in a hierarchy (`Borger.Personnummer`, `Virksomhed.Pnr`), the citizen's name in two fields,
the benefit a dropdown (`/Ch`) of words, the visitation a group of checkboxes, the mentor's employer a
box ticked for "Jobcenter", dates typed `02/03/2026` and `29.05.2026`, hours `18,50`, a CVR number
`DK-41 52 63 78` and a phone number `+45 56 57 57 57`.
The values are written here as a caseworker would type them; the expected records beside the files
were written by hand from these values.
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import xlsxwriter

from tools.fixture_files import write_all
from tools.fixture_pages import titled_page

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "onboarding" / "golden"

# (field name, printed label, tooltip, y); the names are a hierarchy the form's author chose.
STEVNS_TEXT = (
    ("Borger.Personnummer", "Personnummer", "Borgerens personnummer", 730),
    ("Borger.Fornavn", "Fornavn(e)", "Borgerens fornavn", 705),
    ("Borger.Efternavn", "Efternavn", "Borgerens efternavn", 680),
    ("Virksomhed.Navn", "Firmanavn", "Virksomhedens navn", 610),
    ("Virksomhed.CVR", "CVR", "Virksomhedens CVR-nummer", 585),
    ("Virksomhed.Afdeling", "Afdeling", "Afdelingens navn og adresse", 560),
    ("Virksomhed.Pnr", "Produktionsenhed", "Afdelingens P-nummer", 535),
    ("Forloeb.Fra", "Praktikken begynder", "Første dag i praktik", 480),
    ("Forloeb.Til", "Praktikken slutter", "Sidste dag i praktik", 455),
    ("Forloeb.Timetal", "Ugentligt timetal", "Timer om ugen", 430),
    ("Mentor.Navn", "Mentorens navn", "Mentor", 330),
    ("Kontakt.Navn", "Jobkonsulent", "Jobkonsulentens navn", 260),
    ("Kontakt.Mail", "Mail", "Jobkonsulentens e-mail", 235),
    ("Kontakt.Tlf", "Tlf.", "Jobkonsulentens telefon", 210),
    ("Forloeb.Maal", "Mål med praktikken", "Formål", 170),
)  # fmt: skip
STEVNS_BOXES = (
    ("Visitation.Jobparat", "Jobparat", 390),
    ("Visitation.Aktivitetsparat", "Aktivitetsparat", 390),
)
STEVNS_BENEFITS = ["", "Kontanthjælp", "Uddannelseshjælp", "Sygedagpenge", "Ledighedsydelse"]
STEVNS_VALUES = {
    "Borger.Personnummer": "120588-3417", "Borger.Fornavn": "Sofie Marie", "Borger.Efternavn": "Lund",
    "Virksomhed.Navn": "Stevns Klint Bageri ApS", "Virksomhed.CVR": "DK-41 52 63 78",
    "Virksomhed.Afdeling": "Store Heddinge, Torvet 3", "Virksomhed.Pnr": "1023456789",
    "Forloeb.Fra": "02/03/2026", "Forloeb.Til": "29.05.2026", "Forloeb.Timetal": "18,50",
    "Mentor.Navn": "Bente Holm", "Kontakt.Navn": "Rasmus Vinther",
    "Kontakt.Mail": "Rasmus.Vinther@stevns.example.dk", "Kontakt.Tlf": "+45 56 57 57 57",
    "Forloeb.Maal": "Afklaring af arbejdsevne i produktion",
    "Ydelse": "Sygedagpenge", "Visitation.Aktivitetsparat": "ticked", "Mentor.Jobcenter": "",
}  # fmt: skip


def stevns_placement(values: dict[str, str] = STEVNS_VALUES) -> bytes:
    """One page: text fields with tooltips, a dropdown of benefits, boxes for the visitation and one box
    "Mentor ansat i jobcentret" left unticked when the mentor is the company's."""
    buf, c = titled_page("Stevns Kommune - Praktikaftale (virksomhedspraktik)")
    form = c.acroForm
    for name, label, tooltip, y in STEVNS_TEXT:
        c.drawString(60, y + 4, label)
        form.textfield(name=name, tooltip=tooltip, value=values.get(name, ""), x=220, y=y, width=300,
                       height=16, fontSize=9)  # fmt: skip
    c.drawString(60, 414, "Forsørgelsesgrundlag")
    form.choice(name="Ydelse", tooltip="Ydelse", value=values.get("Ydelse", ""), options=STEVNS_BENEFITS,
                x=220, y=410, width=200, height=16, fontSize=9)  # fmt: skip
    for i, (name, label, y) in enumerate(STEVNS_BOXES):
        x = 220 + 130 * i
        form.checkbox(name=name, tooltip=label, checked=bool(values.get(name)), x=x, y=y, size=12)
        c.drawString(x + 16, y + 2, label)
    c.drawString(60, 394, "Visitation")
    c.drawString(60, 304, "Mentor ansat i jobcentret")
    form.checkbox(name="Mentor.Jobcenter", tooltip="Mentor ansat i jobcentret",
                  checked=bool(values.get("Mentor.Jobcenter")), x=220, y=300, size=12)  # fmt: skip
    c.showPage()
    c.save()
    return buf.getvalue()


# Stevns's monthly timesheet, every cell typed as text: the citizen and the site by label, a week a row
# with a half hour typed "3½", the mentor's acknowledgement "Kvitteret af mentor" and its date below it.
STEVNS_HOURS: tuple[tuple[str, ...], ...] = (
    ("Stevns Kommune - Mentortimer marts 2026",), (),
    ("Personnummer:", "120588-3417"), ("Produktionsenhed nr.:", "1023456789"),
    ("Mentorens navn:", "Bente Holm"),
    (), ("Uge nr.", "Antal timer", "Bemærkning"), ("10/2026", "4,5", ""), ("11/2026", "4", ""),
    ("12/2026", "3½", "syg en dag"), (), ("Timer i alt", "12"), (),
    ("Kvitteret af mentor:", "Bente Holm"), ("Dato:", "31-03-2026"),
)  # fmt: skip


def stevns_hours(rows: tuple[tuple[str, ...], ...] = STEVNS_HOURS) -> bytes:
    """One sheet "Timer", every value a text cell."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    book.set_properties({"created": datetime(2026, 3, 31, 9, 0, 0)})  # the same bytes every run
    sheet = book.add_worksheet("Timer")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    book.close()
    return buf.getvalue()


def render_all() -> dict[Path, bytes]:
    """Every binary form of the third trial: its path and its bytes (nothing is written)."""
    return {
        GOLDEN / "stevns" / "placement.pdf": stevns_placement(),
        GOLDEN / "stevns" / "mentor_hours.xlsx": stevns_hours(),
    }


if __name__ == "__main__":
    write_all(render_all())
