"""The twenty-fifth trial's forms: `python -m tools.make_fixtures_onboarding_twentyfifth`.

NEEDS pandas (3.1.1) with openpyxl (3.1.5) in an environment of its own, never the hub's: `python3 -m venv
.venv-pandas && .venv-pandas/bin/pip install pandas==3.1.1 openpyxl==3.1.5` in the repository (or
PANDAS_PYTHON naming that python). The XML is Python's own `xml.etree.ElementTree`, run here. CI does not
run this: the tests read the files kept in tests/onboarding/golden/viborg/ (each run writes the same
bytes).

Viborg (791) is onboarded by config alone on forms no earlier trial's programs made. Its mentor hours are
the case system's report as pandas writes a DataFrame indexed by citizen and week to a workbook
(`tools/pandas/viborg_mentortimer.py`): the index's levels are the first columns, a citizen's CPR-nr.,
name, P-number and mentor each one cell merged down over that citizen's weeks, weeks `2026-18`, hours
floats, the day approved a datetime shown `YYYY-MM-DD HH:MM:SS`. Its placements are the case system's
export built with `xml.etree.ElementTree` and written by `ElementTree.write` (`PLACEMENTS` below): a
namespace nobody registered, so ElementTree names it `ns0:` on every element; an XML declaration in
single quotes, an element without content written `<ns0:Visitation />`, dates `04-05-2026`, hours `18.5`,
the P-number an attribute. The records beside them were written by hand from the workbook as LibreOffice
shows it and from the XML's text, before the hub read them (decision 0060, "Stop 60: trial-72").
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "viborg"
PANDAS_SCRIPT = ROOT / "tools" / "pandas" / "viborg_mentortimer.py"
NS = "urn:viborg:jobcenter:praktik:2"

# The case system's placements: (CPR, name, CVR, company, P-number, site, start, end, hours, benefit,
# visitation, (mentor's employer, mentor), caseworker, e-mail, phone, purpose or None).
PLACEMENTS = [
    (
        "1407893326",
        "Rasmus Kjeldgaard",
        "31457726",
        "Viborg Maskinstation ApS",
        "1021660418",
        "Viborg Maskinstation, Industrivej 12",
        "04-05-2026",
        "28-08-2026",
        "18.5",
        "Kontanthjælp",
        "Aktivitetsparat",
        ("virksomhed", "Bo Thygesen"),
        "Lene Vinther",
        "lvi@viborg.example.dk",
        "87 87 51 22",
        "Afprøvning af arbejdsevne i værksted, 18,5 timer.",
    ),
    (
        "2201968854",
        "Sofie Nørgaard Lauridsen",
        "29870411",
        "Café Domkirken I/S",
        "1019337650",
        "Café Domkirken",
        "11-05-2026",
        "19-06-2026",
        "25",
        "Sygedagpenge",
        "",
        ("jobcenter", "Tove Hedegaard"),
        "Lene Vinther",
        "lvi@viborg.example.dk",
        "87 87 51 22",
        None,
    ),
]


def placements_xml() -> bytes:
    """The export as ElementTree writes it: its namespace unregistered, so named `ns0:`."""
    root = ET.Element(f"{{{NS}}}Praktikaftaler", {"dannet": "2026-05-01T09:14:00"})
    for row in PLACEMENTS:
        (
            cpr,
            name,
            cvr,
            company,
            pnr,
            site,
            start,
            end,
            hours,
            benefit,
            visit,
            mentor,
            cw,
            mail,
            phone,
            purpose,
        ) = row
        agreement = ET.SubElement(root, f"{{{NS}}}Aftale")
        citizen = ET.SubElement(agreement, f"{{{NS}}}Borger")
        ET.SubElement(citizen, f"{{{NS}}}CPR").text = cpr
        ET.SubElement(citizen, f"{{{NS}}}Navn").text = name
        firm = ET.SubElement(agreement, f"{{{NS}}}Virksomhed", {"cvr": cvr})
        ET.SubElement(firm, f"{{{NS}}}Navn").text = company
        ET.SubElement(firm, f"{{{NS}}}Arbejdssted", {"pnr": pnr}).text = site
        period = ET.SubElement(agreement, f"{{{NS}}}Periode")
        ET.SubElement(period, f"{{{NS}}}Start").text = start
        ET.SubElement(period, f"{{{NS}}}Slut").text = end
        ET.SubElement(agreement, f"{{{NS}}}TimerPrUge").text = hours
        ET.SubElement(agreement, f"{{{NS}}}Ydelse").text = benefit
        ET.SubElement(agreement, f"{{{NS}}}Visitation").text = visit or None
        ET.SubElement(agreement, f"{{{NS}}}Mentor", {"ansat": mentor[0]}).text = mentor[1]
        worker = ET.SubElement(agreement, f"{{{NS}}}Sagsbehandler")
        ET.SubElement(worker, f"{{{NS}}}Navn").text = cw
        ET.SubElement(worker, f"{{{NS}}}Mail").text = mail
        ET.SubElement(worker, f"{{{NS}}}Telefon").text = phone
        if purpose:
            ET.SubElement(agreement, f"{{{NS}}}Formaal").text = purpose
    ET.indent(root)
    out = io.BytesIO()
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return out.getvalue() + b"\n"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs pandas' environment)."""
    python = os.environ.get("PANDAS_PYTHON", str(ROOT / ".venv-pandas" / "bin" / "python"))
    if not Path(python).exists():
        sys.exit(f"pandas' python is missing ({python}): see this script's docstring")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "mentortimer.xlsx"
        subprocess.run([python, str(PANDAS_SCRIPT), str(out)], check=True, timeout=300, capture_output=True)
        made = {GOLDEN / "mentortimer.xlsx": out.read_bytes()}
    return made | {GOLDEN / "praktikaftaler.xml": placements_xml()}


if __name__ == "__main__":
    write_all(render_all())
