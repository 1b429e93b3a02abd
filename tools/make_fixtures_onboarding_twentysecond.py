"""The twenty-second trial's forms: `python -m tools.make_fixtures_onboarding_twentysecond`.

NEEDS fpdf2 (2.8.9) in an environment of its own, never the hub's: `python3 -m venv .venv-fpdf2 &&
.venv-fpdf2/bin/pip install fpdf2==2.8.9` in the repository (or FPDF2_PYTHON naming that python). CI
does not run this: the tests read the files kept in tests/onboarding/golden/vejen/ (the PDF's bytes hold
the time its fields were added; a second run writes other bytes).

Vejen (575) is onboarded by config alone on forms no earlier trial's programs made. The site's progress
report ("Statusudtalelse fra praktikstedet") is a case system's page drawn with fpdf2
(`tools/fpdf2/vejen_statusudtalelse.py`); fpdf2 2.8.9 draws no form fields, so the case system adds
them to fpdf2's page (with pikepdf here) in the boxes fpdf2 drew: text fields, and each mark five
separate check boxes `chkFremmoede1`..`5` whose on-state is `/Ja`, the caseworker's fill drawn into
each field's appearance. The mentor's hours are a CSV as Excel on Windows saves "CSV (semikolonsepareret)"
in a Danish locale: UTF-8 with a BOM, semicolons, CRLF, decimal commas, dates `dd-mm-yyyy`. The records
beside them were written by hand from the forms as `pdftoppm` draws them and as the CSV's text shows,
before the hub read them (decision 0060, "Twenty-second trial").
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import tempfile
from pathlib import Path

import pikepdf

from tools.fixture_files import ROOT

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "vejen"
PAGE_SCRIPT = ROOT / "tools" / "fpdf2" / "vejen_statusudtalelse.py"
MM = 72 / 25.4
PAGE_HEIGHT = 297.0

# What the site's contact typed into the case system's form (the marks: the box ticked in each row).
TEXTS = {
    "txtBorgerNavn": "Jonas Ravn Bækgaard",
    "txtBorgerCpr": "030391-1573",
    "txtVirksomhed": "Vejen Cykler & Service ApS",
    "txtPnummer": "1018 2736 45",
    "txtDato": "08-04-2026",
    "txtBemaerkninger": "Jonas er altid mødt til tiden.\nSkal øve sig i at spørge, når han er i tvivl.",
    "txtUdfyldtAf": "Kirsten Lauridsen, værkfører",
    "txtUnderskriftDato": "08-04-2026",
}
TICKED = {"Fremmoede": 5, "Tider": 5, "Samarbejde": 3, "Opgaver": 4, "Selvstaendig": 2}

# The mentor's hours as the case system's export opens in Excel and is saved as CSV by a caseworker.
CSV_ROWS = [
    ["Jobcenter Vejen - Mentortimer", "", "", "", "", ""],
    ["Udskrevet", "09-04-2026", "", "", "", ""],
    ["", "", "", "", "", ""],
    ["CPR-nummer", "Borger", "P-nummer", "Mentor", "", ""],
    ["030391-1573", "Jonas Ravn Bækgaard", "1018273645", "Henrik Friis", "", ""],
    ["", "", "", "", "", ""],
    ["Dato", "Ugedag", "Timer", "Aktivitet", "Bemærkning", ""],
    ["02-03-2026", "mandag", "1,5", "Opstart", "Rundvisning; præsentation", ""],
    ["04-03-2026", "onsdag", "0,75", "Oplæring", "", ""],
    ["10-03-2026", "tirsdag", "2,25", "Oplæring", "", ""],
    ["16-03-2026", "mandag", "1", "Opfølgning", 'Samtale om "faste opgaver"', ""],
    ["19-03-2026", "torsdag", "0,5", "Opfølgning", "", ""],
    ["", "", "", "", "", ""],
    ["I alt", "", "6", "", "", ""],
    ["", "", "", "", "", ""],
    ["Godkendt af mentor", "Henrik Friis", "", "", "", ""],
    ["Dato", "20-03-2026", "", "", "", ""],
]


def _excel_csv(rows: list[list[str]]) -> bytes:
    """Excel's "CSV UTF-8 (semikolonsepareret)": a BOM, `;`, CRLF after every line, a cell quoted only
    when it holds `;`, `"` or a line break, `"` doubled; empty trailing cells kept (Excel writes the
    used range's width on every line)."""

    def cell(text: str) -> str:
        if any(c in text for c in ';"\n\r'):
            return '"' + text.replace('"', '""') + '"'
        return text

    width = max(len(r) for r in rows) - 1  # the last column is empty throughout: outside the used range
    return ("\ufeff" + "".join(";".join(cell(c) for c in r[:width]) + "\r\n" for r in rows)).encode()


def _appearance(pdf: pikepdf.Pdf, text: str, width: float, height: float) -> pikepdf.Stream:
    """A text field's appearance as a case system draws its fill: Helvetica 10 pt, a line each."""
    lines = text.split("\n")
    ops = ["/Tx BMC", "q", "BT", "/Helv 10 Tf", "0 g"]
    top = height - 12 if len(lines) > 1 else (height - 7) / 2
    for number, line in enumerate(lines):
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"1 0 0 1 2 {top - 12 * number:.2f} Tm ({escaped}) Tj".encode("cp1252").decode("latin-1"))
    ops += ["ET", "Q", "EMC"]
    stream = pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1"))
    stream.Type, stream.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
    stream.BBox = [0, 0, width, height]
    stream.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=pdf.Root.AcroForm.DR.Font.Helv))
    return stream


def _box(pdf: pikepdf.Pdf, size: float, ticked: bool) -> pikepdf.Stream:
    """A check box's appearance: a cross when ticked, nothing when not (the square is fpdf2's)."""
    ops = f"q 0 g 0.8 w 1 1 m {size - 1} {size - 1} l S 1 {size - 1} m {size - 1} 1 l S Q" if ticked else ""
    stream = pikepdf.Stream(pdf, ops.encode())
    stream.Type, stream.Subtype, stream.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, [0, 0, size, size]
    return stream


def add_fields(page_pdf: bytes, boxes: dict[str, list[float]]) -> bytes:
    """fpdf2's page with the case system's fields in fpdf2's boxes, filled."""
    pdf = pikepdf.open(io.BytesIO(page_pdf))
    helv = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type1,
            BaseFont=pikepdf.Name.Helvetica,
            Encoding=pikepdf.Name.WinAnsiEncoding,
        )
    )
    pdf.Root.AcroForm = pikepdf.Dictionary(
        Fields=pikepdf.Array(),
        DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=helv)),
        DA=pikepdf.String("/Helv 10 Tf 0 g"),
    )
    page = pdf.pages[0]
    annots = pikepdf.Array()
    for name, (x, y, w, h) in boxes.items():
        rect = [x * MM, (PAGE_HEIGHT - y - h) * MM, (x + w) * MM, (PAGE_HEIGHT - y) * MM]
        width, height = w * MM, h * MM
        field = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            T=pikepdf.String(name),
            Rect=rect,
            F=4,
            P=page.obj,
        )
        if name.startswith("chk"):
            row, mark = name[3:-1], int(name[-1])
            ticked = TICKED[row] == mark
            field.FT = pikepdf.Name.Btn
            field.V = field.AS = pikepdf.Name.Ja if ticked else pikepdf.Name.Off
            field.MK = pikepdf.Dictionary(CA=pikepdf.String("8"))
            field.AP = pikepdf.Dictionary(
                N=pikepdf.Dictionary(Ja=_box(pdf, width, True), Off=_box(pdf, width, False))
            )
        else:
            value = TEXTS[name]
            field.FT = pikepdf.Name.Tx
            field.DA = pikepdf.String("/Helv 10 Tf 0 g")
            field.V = pikepdf.String(value)
            if "\n" in value:
                field.Ff = 4096  # multiline
            field.AP = pikepdf.Dictionary(N=_appearance(pdf, value, width, height))
        ref = pdf.make_indirect(field)
        annots.append(ref)
        pdf.Root.AcroForm.Fields.append(ref)
    page.Annots = annots
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs fpdf2 in a python of its own)."""
    python = os.environ.get("FPDF2_PYTHON", str(ROOT / ".venv-fpdf2" / "bin" / "python"))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "page.pdf"
        done = subprocess.run(
            [python, str(PAGE_SCRIPT), str(out)], check=True, timeout=120, capture_output=True, text=True
        )
        pdf = add_fields(out.read_bytes(), json.loads(done.stdout))
    return {GOLDEN / "statusudtalelse.pdf": pdf, GOLDEN / "mentortimer.csv": _excel_csv(CSV_ROWS)}


if __name__ == "__main__":
    for path, data in render_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
