"""The eighteenth trial's forms: `python -m tools.make_fixtures_onboarding_eighteenth`.

NEEDS reportlab (5.1, in the hub's own environment) and `node` with the npm package `xlsx` (SheetJS
0.18.5) found through NODE_PATH (`npm install xlsx@0.18.5` in a folder of its own, then
`NODE_PATH=FOLDER/node_modules`). CI does not run this: the tests read the files kept in
tests/onboarding/golden/varde/ (a PDF's and a workbook's bytes hold their creation dates; a second run
writes other bytes).

Varde (573) is onboarded by config alone on forms no earlier trial's programs made. The placement
agreement is a case system's PDF form drawn and filled in one go with reportlab's AcroForm (`canvas.acroForm`:
text fields named as the case system names them, `Borger_CPR`, a combo box of benefits with export
codes, a radio group for the visitation, a check box, a multi-line purpose; the values given as the
fields are made, as a case system fills a form it prints). The mentor's timesheet is the case system's
export written with SheetJS (`tools/sheetjs/varde_timesheet.js`), as XLSX and as SheetJS's CSV
(semicolons). The records beside them were written by hand from the forms as drawn by `pdftoppm` and
as the cells show, before the hub read them (decision 0060, "Eighteenth trial").
"""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from tools.fixture_files import ROOT

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "varde"

# (label printed left of the field, field name, value the caseworker's case system gave)
SECTIONS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "1. Borger",
        [("CPR-nummer", "Borger_CPR", "150291-2746"), ("Navn", "Borger_Navn", "Amalie Søgaard Hansen")],
    ),
    (
        "2. Praktikvirksomhed",
        [
            ("Virksomhedens navn", "Virk_Navn", "Varde Byggemarked ApS"),
            ("CVR-nummer", "Virk_CVR", "29184755"),
            ("P-nummer", "Virk_PNr", "1023456789"),
            ("Arbejdsstedets adresse", "Virk_Adresse", "Storegade 12, 6800 Varde"),
        ],
    ),
    (
        "3. Periode og omfang",
        [
            ("Startdato", "Periode_Fra", "09.03.2026"),
            ("Slutdato", "Periode_Til", "05.06.2026"),
            ("Timer pr. uge", "Timer_Uge", "20 timer"),
        ],
    ),
]
LATER: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("5. Mentor", [("Mentorens navn", "Mentor_Navn", "Henrik Østergaard")]),
    (
        "6. Sagsbehandler",
        [
            ("Navn", "SB_Navn", "Mette Lund"),
            ("E-mail", "SB_Mail", "Mette.Lund@varde.example.dk"),
            ("Telefon", "SB_Tlf", "79 94 12 34"),
        ],
    ),
]
BENEFITS = [
    ("Kontanthjælp", "KH"),
    ("Uddannelseshjælp", "UH"),
    ("Sygedagpenge", "SD"),
    ("Ledighedsydelse", "LY"),
]
VISITATION = [("Jobparat", "JP"), ("Aktivitetsparat", "AP"), ("Uddannelsesparat", "UP")]
PURPOSE = "Afklaring af arbejdsevne i detailhandel.\nStarter med 4 timer om dagen."


def _rows(canvas: Canvas, sections: list[tuple[str, list[tuple[str, str, str]]]], y: float) -> float:
    """Each section's heading and its label-and-field rows from `y` down; the next row's height."""
    for heading, rows in sections:
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(56, y, heading)
        y -= 24
        for label, name, value in rows:
            canvas.setFont("Helvetica", 10)
            canvas.drawString(70, y + 5, label)
            canvas.acroForm.textfield(
                name=name, value=value, x=220, y=y, width=300, height=18, borderWidth=1, fontSize=10
            )
            y -= 24
        y -= 8
    return y


def placement_pdf() -> bytes:
    """The placement agreement: reportlab's AcroForm, drawn and filled in one go."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    canvas.setTitle("Praktikaftale")
    canvas.setFont("Helvetica-Bold", 15)
    canvas.drawString(56, 790, "Varde Kommune")
    canvas.setFont("Helvetica", 12)
    canvas.drawString(56, 772, "Aftale om virksomhedspraktik (LAB kapitel 11)")
    y = _rows(canvas, SECTIONS, 736)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(56, y, "4. Forsørgelse og visitation")
    y -= 24
    canvas.setFont("Helvetica", 10)
    canvas.drawString(70, y + 5, "Ydelse")
    form = canvas.acroForm
    form.choice(name="Ydelse", value="UH", options=BENEFITS, x=220, y=y, width=300, height=18, fontSize=10)
    y -= 26
    canvas.drawString(70, y + 5, "Visitationskategori")
    for i, (words, state) in enumerate(VISITATION):
        x = 220 + i * 105
        form.radio(name="Visitation", value=state, selected=state == "AP", x=x, y=y, size=14)
        canvas.drawString(x + 18, y + 3, words)
    y -= 34
    y = _rows(canvas, LATER, y)
    canvas.drawString(70, y + 5, "Mentor er ansat i jobcentret")
    form.checkbox(name="Mentor_JC", checked=False, x=220, y=y, size=14)
    y -= 32
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(56, y, "7. Formål med praktikken")
    form.textfield(
        name="Formaal",
        value=PURPOSE,
        x=70,
        y=y - 52,
        width=450,
        height=42,
        fontSize=10,
        fieldFlags="multiline",
        borderWidth=1,
    )
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def timesheet_files() -> dict[Path, bytes]:
    """The mentor's timesheet as SheetJS writes it, XLSX and CSV (needs node and SheetJS)."""
    with tempfile.TemporaryDirectory() as folder:
        script = ROOT / "tools" / "sheetjs" / "varde_timesheet.js"
        env = {**os.environ, "TZ": "UTC"}
        subprocess.run(["node", str(script), folder], check=True, timeout=300, env=env, capture_output=True)
        names = ("mentor_hours.xlsx", "mentor_hours.csv")
        return {GOLDEN / name: (Path(folder) / name).read_bytes() for name in names}


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written)."""
    return {GOLDEN / "placement.pdf": placement_pdf(), **timesheet_files()}


if __name__ == "__main__":
    for path, data in render_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
