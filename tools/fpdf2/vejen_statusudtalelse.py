"""Vejen's progress report page as its case system draws it with fpdf2 (2.8.9): `python
vejen_statusudtalelse.py OUT.pdf` writes the page and prints the boxes the fields go in, as JSON (name:
[x, y, width, height] in millimetres from the page's top left). Run in an environment with fpdf2 (the
twenty-second trial's `tools/make_fixtures_onboarding_twentysecond.py` says how); fpdf2 draws no form
fields (2.8.9 has signature fields only), so the fields are added to this page by that script."""

import json
import sys
from datetime import UTC, datetime

from fpdf import FPDF

MARKS = [
    ("Fremmøde", "Fremmoede"),
    ("Overholder aftalte tider", "Tider"),
    ("Samarbejde med kolleger", "Samarbejde"),
    ("Løser de aftalte opgaver", "Opgaver"),
    ("Arbejder selvstændigt", "Selvstaendig"),
]


def main(out: str) -> None:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(datetime(2026, 4, 9, 8, 30, tzinfo=UTC))
    pdf.set_title("Statusudtalelse fra praktikstedet")
    pdf.set_creator("KMD-lignende sagssystem, Jobcenter Vejen")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    boxes: dict[str, list[float]] = {}
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 6, "Vejen Kommune", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.set_font("helvetica", "", 9)
    pdf.cell(0, 5, "Jobcenter Vejen · Østergade 2 · 6600 Vejen", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(8)
    pdf.set_font("helvetica", "B", 17)
    pdf.cell(0, 9, "Statusudtalelse fra praktikstedet", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9)
    pdf.multi_cell(
        0,
        4.5,
        "Udfyldes af praktikstedet og sendes til jobkonsulenten senest 14 dage efter praktikperiodens midte.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    def heading(text: str) -> None:
        pdf.set_fill_color(222, 232, 240)
        pdf.set_font("helvetica", "B", 11)
        pdf.cell(0, 7, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def row(label: str, name: str, width: float = 110, height: float = 7) -> None:
        pdf.set_font("helvetica", "", 10)
        y = pdf.get_y()
        pdf.cell(60, height, label)
        pdf.rect(75, y, width, height)
        boxes[name] = [75, y, width, height]
        pdf.set_y(y + height + 2)

    heading("Borger")
    row("Navn", "txtBorgerNavn")
    row("CPR-nr.", "txtBorgerCpr", 45)
    heading("Praktiksted")
    row("Virksomhed", "txtVirksomhed")
    row("P-nummer", "txtPnummer", 45)
    row("Dato for udtalelse", "txtDato", 45)
    heading("Vurdering")
    pdf.set_font("helvetica", "I", 9)
    pdf.cell(
        0,
        5,
        "Sæt ét kryds i hver linje. 1 = i meget lav grad, 5 = i meget høj grad.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("helvetica", "B", 10)
    y = pdf.get_y() + 1
    pdf.set_xy(10, y)
    pdf.cell(75, 6, "")
    for mark in range(1, 6):
        pdf.cell(20, 6, str(mark), align="C")
    pdf.set_y(y + 7)
    pdf.set_font("helvetica", "", 10)
    for label, name in MARKS:
        y = pdf.get_y()
        pdf.cell(75, 7, label, border="B")
        for mark in range(1, 6):
            x = 85 + (mark - 1) * 20
            pdf.cell(20, 7, "", border="B")
            pdf.rect(x + 7.5, y + 1.5, 4, 4)
            boxes[f"chk{name}{mark}"] = [x + 7.5, y + 1.5, 4, 4]
        pdf.set_y(y + 8)
    pdf.ln(3)
    heading("Bemærkninger")
    y = pdf.get_y()
    pdf.rect(10, y, 190, 22)
    boxes["txtBemaerkninger"] = [10, y, 190, 22]
    pdf.set_y(y + 28)
    heading("Underskrift")
    row("Udfyldt af (praktikstedet)", "txtUdfyldtAf")
    row("Dato", "txtUnderskriftDato", 45)
    pdf.set_y(-20)
    pdf.set_font("helvetica", "", 8)
    pdf.cell(0, 5, "Jobcenter Vejen · Blanket JC-PR 04 · Side 1 af 1", align="C")
    pdf.output(out)
    print(json.dumps(boxes))


if __name__ == "__main__":
    main(sys.argv[1])
