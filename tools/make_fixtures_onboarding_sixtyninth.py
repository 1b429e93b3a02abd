"""The sixty-ninth trial's forms: `python -m tools.make_fixtures_onboarding_sixtyninth`.

NEEDS Debian's python3 with PyPDF2 (`apt-get install python3-pypdf2`, 2.12.1; run as /usr/bin/python3,
not the hub's virtualenv) and node with excelize-wasm (0.1.3 from npm, installed outside the repository:
`npm install excelize-wasm` in a folder of its own, and `NODE_PATH` naming its node_modules). CI does
not run this: the tests read the files kept in tests/onboarding/golden/hjoerring/.

Hjørring (860) is onboarded by config alone on forms no earlier trial's programs made (the brief's
muhammara could not be installed here: npm found no prebuilt binary it could fetch and built from
source at some 4 files a minute of 564; decision 0060, "Stop 73: trial-129"). Its mentor supplier's
Python service draws its placement agreement with PyPDF2's objects and fills it as PyPDF2's
documentation says (`tools/pypdf2/hjoerring_praktikaftale.py`): every value a string with each byte not
a letter or digit written octal (`(22\\05650)`), Danish letters PDFDocEncoding, the box's value the
string `(/Ja)` beside its `/AS /Ja`, no appearance drawn for a text field, and the catalog's
`/AcroForm` pointing at the page, where `/NeedAppearances true` is set. Its node service writes the
month's mentor visits with excelize-wasm (`tools/excelizewasm/hjoerring_mentortimer.js`): a table
"Besoeg" over a row a visit, each day an Excel serial under format 14, the hours under "0.00", the
employer a boolean cell, a second sheet about the export. Each run writes the same bytes (PyPDF2
writes no `/ID` and no date; Excelize's zip entries carry no time and its core properties a fixed
2006 date). The records beside them were written by hand from the page and the cells, before the hub
read them. `variant()` and `xlsx_variant()` are the probes: the reader's `/AcroForm` put back before
filling, and each day written as text.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "hjoerring"
PYTHON = "/usr/bin/python3"
PDF = ROOT / "tools" / "pypdf2" / "hjoerring_praktikaftale.py"
NODE = ROOT / "tools" / "excelizewasm" / "hjoerring_mentortimer.js"
ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "TZ": "Europe/Copenhagen"}


def missing() -> str | None:
    """What this machine lacks of Debian's python3 with PyPDF2, and node with excelize-wasm, or None."""
    if not Path(PYTHON).is_file():
        return f"{PYTHON} is missing (apt-get install python3 python3-pypdf2)"
    probe = subprocess.run([PYTHON, "-c", "import PyPDF2"], capture_output=True, env=ENV, timeout=60)
    if probe.returncode:
        return "PyPDF2 is missing from Debian's python3 (apt-get install python3-pypdf2)"
    if shutil.which("node") is None:
        return "node is missing: see this script's docstring"
    if not (Path(os.environ.get("NODE_PATH", "")) / "excelize-wasm").is_dir():
        return "NODE_PATH does not name a node_modules folder holding excelize-wasm: see the docstring"
    return None


def _run(program: list[str], name: str, arguments: tuple[str, ...]) -> bytes:
    if reason := missing():
        sys.exit(reason)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / name
        env = ENV | {"NODE_PATH": os.environ.get("NODE_PATH", "")}
        command = [*program, str(out), *arguments]
        subprocess.run(command, check=True, capture_output=True, env=env, timeout=300)
        return out.read_bytes()


def _pdf(*arguments: str) -> bytes:
    return _run([PYTHON, str(PDF)], "praktikaftale.pdf", arguments)


def _xlsx(*arguments: str) -> bytes:
    return _run(["node", str(NODE)], "mentortimer.xlsx", arguments)


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs PyPDF2 and excelize-wasm)."""
    return {GOLDEN / "mentortimer.xlsx": _xlsx(), GOLDEN / "praktikaftale.pdf": _pdf()}


def variant() -> bytes:
    """The probe: the agreement filled by a second PyPDF2 user who puts the reader's `/AcroForm` back."""
    return _pdf("variant")


def xlsx_variant() -> bytes:
    """The probe: the visits as a second excelize-wasm user writes them, each day the text 2027-06-01."""
    return _xlsx("variant")


if __name__ == "__main__":
    write_all(render_all())
