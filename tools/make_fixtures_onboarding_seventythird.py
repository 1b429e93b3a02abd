"""The seventy-third trial's forms: `python -m tools.make_fixtures_onboarding_seventythird`.

NEEDS pypdfium2 (PyPI, 5.15.2 with PDFium 159.0.8149.0, installed with `pip install --target
var/pypdfium2 pypdfium2`) and a JDK with JDOM2 (Debian: `apt-get install libjdom2-java`, 2.0.6.1-1, whose
jar says 2.0.5). CI does not run this: the tests read the files kept in tests/onboarding/golden/hilleroed/.

Hillerød (219) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
blank placement agreement is a reportlab AcroForm (as the first trials' forms), and the caseworker fills it
in Chrome's own PDF viewer, whose engine is PDFium: `tools/pdfium/hilleroed_udfyld.py` drives PDFium's
form-fill API through `pypdfium2.raw` as the viewer's clicks and keys do (`FORM_OnLButtonDown`/`Up` on a
widget, `FORM_OnChar` a character at a time, Enter in the purpose, `FORM_SetIndexSelected` in the combo
box) and saves with `FPDF_SaveAsCopy`, flags 0, a whole new file as Chrome's "Save" writes it. Its case
system's export service writes the month's progress reports with JDOM2 (`tools/jdom2/
HillerodStatusudtalelser.java`, `XMLOutputter` with `Format.getPrettyFormat()`). Neither carries a clock:
the same bytes each run (PDFium writes no date into a form it fills; reportlab is run invariant) but for
the second half of the trailer's `/ID`, which PDFium makes new at each save (the tests compare without
it). The records beside them were written by hand from the page and the text before the hub read them
(decision 0060, "Stop 74: trial-137").
`incremental_variant()` and `compact_variant()` are the probes: the agreement saved with
`FPDF_INCREMENTAL` as another PDFium-based program saves, and the reports with `Format.getCompactFormat()`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.colors import black, white

from tools.fixture_files import ROOT, write_all
from tools.fixture_pages import titled_page

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "hilleroed"
FILLER = ROOT / "tools" / "pdfium" / "hilleroed_udfyld.py"
PYPDFIUM2 = ROOT / "var" / "pypdfium2"
JAVA = ROOT / "tools" / "jdom2" / "HillerodStatusudtalelser.java"
JDOM2 = Path("/usr/share/java/jdom2.jar")
ENV = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"}

# (name, caption, y): the agreement's text fields, their captions left of them, top to bottom.
TEXT_FIELDS = (
    ("cpr", "CPR-nummer", 720),
    ("navn", "Borgerens navn", 698),
    ("virksomhed", "Virksomhed", 650),
    ("cvr", "CVR-nummer", 628),
    ("arbejdssted", "Arbejdssted (adresse)", 606),
    ("pnr", "P-nummer", 584),
    ("startdato", "Startdato", 536),
    ("slutdato", "Slutdato", 514),
    ("timer", "Timer pr. uge", 492),
    ("mentor", "Mentor", 360),
    ("sagsbehandler", "Sagsbehandler", 290),
    ("email", "E-mail", 268),
    ("telefon", "Telefon", 246),
)
BENEFITS = (("kontant", "Kontanthjælp"), ("uddannelse", "Uddannelseshjælp"), ("syge", "Sygedagpenge"))
VISITATIONS = ["Jobparat", "Aktivitetsparat", "Uddannelsesparat"]
# The combo box's first item, shown until one is chosen (reportlab draws no combo box with no value).
UNCHOSEN = "- vælg -"


def blank_agreement() -> bytes:
    """The job centre's empty agreement, drawn with reportlab's AcroForm (invariant, so the same bytes)."""
    buffer, canvas = titled_page("Hillerød Kommune - Aftale om virksomhedspraktik")
    form = canvas.acroForm
    canvas.setFont("Helvetica-Bold", 11)
    for heading, y in (("Borger", 742), ("Virksomhed", 672), ("Praktikken", 558), ("Mentor", 380)):
        canvas.drawString(60, y, heading)
    canvas.drawString(60, 310, "Jobcentret")
    canvas.setFont("Helvetica", 10)
    common = {"borderColor": black, "fillColor": white, "textColor": black, "forceBorder": True}
    for name, caption, y in TEXT_FIELDS:
        canvas.drawString(60, y + 4, caption)
        form.textfield(name=name, tooltip=caption, x=200, y=y, width=300, height=16, fontSize=10, **common)
    canvas.drawString(60, 470, "Ydelse")
    for index, (value, words) in enumerate(BENEFITS):
        x = 200 + index * 120
        form.radio(
            name="ydelse",
            tooltip="Ydelse",
            value=value,
            selected=False,
            x=x,
            y=466,
            size=12,
            buttonStyle="circle",
            shape="circle",
            **common,
        )
        canvas.drawString(x + 16, 469, words)
    canvas.drawString(60, 444, "Visitation")
    form.choice(
        name="visitation",
        tooltip="Visitation",
        value=UNCHOSEN,
        options=[UNCHOSEN, *VISITATIONS],
        x=200,
        y=440,
        width=150,
        height=16,
        fontSize=10,
        fieldFlags="combo",
        **common,
    )
    form.checkbox(
        name="mentor_jc",
        tooltip="Mentor er ansat i jobcentret",
        checked=False,
        x=200,
        y=336,
        size=12,
        buttonStyle="check",
        **common,
    )
    canvas.drawString(216, 339, "Mentor er ansat i jobcentret")
    canvas.drawString(60, 220, "Formål med praktikken")
    form.textfield(
        name="formaal",
        tooltip="Formål med praktikken",
        x=200,
        y=160,
        width=300,
        height=70,
        fontSize=10,
        fieldFlags="multiline",
        **common,
    )
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def missing() -> str | None:
    """What this machine lacks of pypdfium2 (in var/pypdfium2), java and JDOM2, or None."""
    if not (PYPDFIUM2 / "pypdfium2").is_dir():
        return "pypdfium2 is missing (pip install --target var/pypdfium2 pypdfium2)"
    if shutil.which("java") is None:
        return "java is missing (apt-get install default-jdk-headless)"
    if not JDOM2.is_file():
        return "JDOM2 is missing (apt-get install libjdom2-java)"
    return None


def _filled(*arguments: str) -> bytes:
    if reason := missing():
        sys.exit(reason)
    with tempfile.TemporaryDirectory() as folder:
        blank, out = Path(folder) / "blank.pdf", Path(folder) / "praktikaftale.pdf"
        blank.write_bytes(blank_agreement())
        env = {**ENV, "PYTHONPATH": str(PYPDFIUM2)}
        command = [sys.executable, str(FILLER), str(blank), str(out), *arguments]
        subprocess.run(command, check=True, capture_output=True, env=env, timeout=300)
        return out.read_bytes()


def _reports(*arguments: str) -> bytes:
    if reason := missing():
        sys.exit(reason)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "statusudtalelser.xml"
        command = ["java", "-cp", str(JDOM2), str(JAVA), str(out), *arguments]
        subprocess.run(command, check=True, capture_output=True, env=ENV, timeout=300)
        return out.read_bytes()


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs pypdfium2 and JDOM2)."""
    return {
        GOLDEN / "praktikaftale.pdf": _filled(),
        GOLDEN / "statusudtalelser.xml": _reports(),
    }


def incremental_variant() -> bytes:
    """The probe: the same agreement filled the same way, saved with `FPDF_INCREMENTAL`."""
    return _filled("incremental")


def compact_variant() -> bytes:
    """The probe: the reports written with `Format.getCompactFormat()`."""
    return _reports("compact")


if __name__ == "__main__":
    write_all(render_all())
