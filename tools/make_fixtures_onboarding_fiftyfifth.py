"""The fifty-fifth trial's forms: `python -m tools.make_fixtures_onboarding_fiftyfifth`.

NEEDS node with pdfmake 0.2.23 (which brings its PDFKit fork, @foliojs-fork/pdfkit 0.15.3) in a folder of
its own, never the repository's tree: `mkdir -p var/npm-pdfmake && cd var/npm-pdfmake && npm init -y &&
npm install pdfmake@0.2.23` (or PDFMAKE_MODULES naming its node_modules), and polars (2.1.0) in an
environment of its own, never the hub's: `python3 -m venv .venv-polars && .venv-polars/bin/pip install
polars==2.1.0` in the repository (or POLARS_PYTHON naming that python). CI does not run this: the tests
read the files kept in tests/onboarding/golden/fredensborg/ (each run writes the same bytes: the case
system pins the PDF's date, from which its /ID is drawn, and the CSV holds no clock).

Fredensborg (210) is onboarded by config alone on forms no earlier trial's programs made. Its supplier's
Node case system lays out the placement agreement with pdfmake and puts the fields where pdfmake laid out
each value's cell, through pdfmake's own PDFKit fork (`tools/pdfmake/fredensborg_praktikaftale.js`).
Its mentor firm's Python script writes the month's visits with polars' `write_csv` at its defaults
(`tools/polars/fredensborg_mentortimer.py`: a visit's clock times `09:00:00.000000000`, its hours a
float). The records beside them were written by hand from the files, before the hub read them (decision
0060, "Stop 69: trial-113").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "fredensborg"
NODE = ROOT / "tools" / "pdfmake" / "fredensborg_praktikaftale.js"
POLARS = ROOT / "tools" / "polars" / "fredensborg_mentortimer.py"


def render_all(variant: str = "") -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs node with pdfmake, and polars);
    `variant` "short" gives the agreement of the probe (Intl's default days, the box left unticked)."""
    modules = Path(os.environ.get("PDFMAKE_MODULES", str(ROOT / "var" / "npm-pdfmake" / "node_modules")))
    if shutil.which("node") is None or not (modules / "pdfmake").is_dir():
        sys.exit(f"node or pdfmake is missing ({modules}): see this script's docstring")
    python = os.environ.get("POLARS_PYTHON", str(ROOT / ".venv-polars" / "bin" / "python"))
    if not Path(python).is_file():
        sys.exit(f"polars' python is missing ({python}): see this script's docstring")
    env = {**os.environ, "NODE_PATH": str(modules), "TZ": "UTC"}
    run = {"check": True, "timeout": 300, "env": env, "capture_output": True}
    with tempfile.TemporaryDirectory() as folder:
        pdf, csv = Path(folder) / "praktikaftale.pdf", Path(folder) / "mentortimer.csv"
        subprocess.run(["node", str(NODE), str(pdf), variant], **run)  # type: ignore[call-overload]
        subprocess.run([python, str(POLARS), str(csv)], **run)  # type: ignore[call-overload]
        return {GOLDEN / pdf.name: pdf.read_bytes(), GOLDEN / csv.name: csv.read_bytes()}


if __name__ == "__main__":
    write_all(render_all())
