"""The twenty-eighth trial's forms: `python -m tools.make_fixtures_onboarding_twentyeighth`.

NEEDS Ghostscript (`gs`, Debian's `ghostscript`, 10.00 here) and a JDK's `java` (17; its own DOM and
javax.xml.transform, no library). CI does not run this: the tests read the files kept in
tests/onboarding/golden/rebild/ (each run writes the same bytes).

Rebild (840) is onboarded by config alone on forms no earlier trial's programs made. Its placement
agreements ("Aftale om virksomhedspraktik", two) come from an old print pipeline: PostScript whose fields
are `pdfmark` widgets (`/ANN` with `/FT /Tx` or `/Btn`, the `/AcroForm` put in the catalogue), turned
into a PDF form by Ghostscript's pdfwrite (`tools/ghostscript/rebild_praktikaftale.ps`, the case's
values a PostScript dictionary written here in front of it). Fields named in capitals (`CPRNR`,
`DATO_FRA`), listed in the catalogue last to first, no appearance of a text (`/NeedAppearances`), boxes
on as `/On`, dates `07-09-2026`, the labels in Helvetica re-encoded to ISOLatin1Encoding, whose hyphen is
a minus sign. Its mentor hours are the mentor scheme's month as a Java system writes it with DOM and a
Transformer (`tools/javadom/RebildMentortimer.java`): ISO-8859-1 declared, `standalone="no"`, a default
namespace, indented by two, a record a course (`Forloeb`), a talk's date an attribute, its length
java.time's `Duration` text (`PT1H30M`), names of places and notes in CDATA, one course not approved.
Ghostscript writes a new file id and XMP document id each run: both are left out (`-dOmitID
-dOmitXMP`), and the document dates are the pdfmark's. The records beside them were written by hand
from the PDFs as `pdftoppm` draws them and from the XML's text, before the hub read them (decision
0060, "Stop 61: trial-75").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "rebild"
POSTSCRIPT = ROOT / "tools" / "ghostscript" / "rebild_praktikaftale.ps"
JAVA = ROOT / "tools" / "javadom" / "RebildMentortimer.java"
_BOXES = ("VIS_JOB", "VIS_AKT", "VIS_UDD", "MENTOR_VIRK", "MENTOR_JC")
# Each agreement's case as the print pipeline hands it over; a box is on or off.
CASES: dict[str, dict[str, str | bool]] = {
    "praktikaftale.pdf": {
        "CPRNR": "030991-5528",
        "BORG_NAVN": "Sofie Nørgaard Lund",
        "VIRK_CVR": "29 41 77 33",
        "VIRK_NAVN": "Støvring Tømrer & Snedker ApS",
        "ARBST_PNR": "1019384456",
        "ARBST_NAVN": "Værkstedet, Industrivej 12, Støvring",
        "DATO_FRA": "07-09-2026",
        "DATO_TIL": "29-11-2026",
        "TIMER_UGE": "18,5",
        "YDELSE": "Kontanthjælp",
        "VIS_AKT": True,
        "MENTOR_NAVN": "Jørgen Ravn",
        "MENTOR_VIRK": True,
        "SB_NAVN": "Birgitte Holm",
        "SB_MAIL": "bho@rebild.example.dk",
        "SB_TLF": "99 88 71 42",
        "FORMAAL": "Afklaring af arbejdsevne.\nOptrapning af timer efter 4 uger.",
    },
    "praktikaftale_sygedagpenge.pdf": {
        "CPRNR": "1712840631",
        "BORG_NAVN": "Ali Hassan Omar",
        "VIRK_CVR": "DK-38 11 20 58",
        "VIRK_NAVN": "Skørping Brugs a.m.b.a.",
        "ARBST_PNR": "1021665590",
        "ARBST_NAVN": "Skørping Brugs, Jernbanegade 3",
        "DATO_FRA": "14-09-2026",
        "DATO_TIL": "08-11-2026",
        "TIMER_UGE": "12",
        "YDELSE": "Sygedagpenge",
        "MENTOR_NAVN": "Lone Ebbesen",
        "MENTOR_JC": True,
        "SB_NAVN": "Kasper Dam Vestergaard",
        "SB_MAIL": "KDV@REBILD.EXAMPLE.DK",
        "SB_TLF": "+45 99 88 71 57",
        "FORMAAL": "",
    },
}


def _ps_string(text: str) -> str:
    """A PostScript string of Latin-1 bytes (PDFDocEncoding for these letters), escaped as PostScript
    escapes them: a pdfmark's string reaches the PDF as these bytes."""
    out = []
    for char in text:
        if char in "()\\":
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif ord(char) > 126:
            out.append(f"\\{ord(char.encode('latin-1')):03o}")
        else:
            out.append(char)
    return "(" + "".join(out) + ")"


def _case(values: dict[str, str | bool]) -> str:
    """The dictionary /Sag the PostScript reads its values from."""
    lines = [f"/{name} {'true' if values.get(name) else 'false'}" for name in _BOXES]
    lines += [f"/{name} {_ps_string(value)}" for name, value in values.items() if isinstance(value, str)]
    return "/Sag <<\n" + "\n".join(lines) + "\n>> def\n"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs gs and java)."""
    for program in ("gs", "java"):
        if shutil.which(program) is None:
            sys.exit(f"{program} is missing: see this script's docstring")
    made = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, values in CASES.items():
            source = Path(folder) / "job.ps"
            source.write_text(_case(values) + POSTSCRIPT.read_text(encoding="ascii"), encoding="ascii")
            out = Path(folder) / name
            run = ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-dOmitID", "-dOmitXMP"]
            run += ["-sDEVICE=pdfwrite", f"-sOutputFile={out}", str(source)]
            subprocess.run(run, check=True, timeout=300, capture_output=True)
            made[GOLDEN / name] = out.read_bytes()
        out = Path(folder) / "mentortimer.xml"
        subprocess.run(["java", str(JAVA), str(out)], check=True, timeout=300, capture_output=True)
        made[GOLDEN / "mentortimer.xml"] = out.read_bytes()
    return made


if __name__ == "__main__":
    write_all(render_all())
