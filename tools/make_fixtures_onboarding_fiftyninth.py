"""The fifty-ninth trial's forms: `python -m tools.make_fixtures_onboarding_fiftyninth`.

NEEDS node with xlsx-template (1.4.7, on its JSZip 2 fork `@kant2002/jszip` 2.7.1: `npm install --prefix
var/xlsx-template xlsx-template@1.4.7`; the folder of its node_modules named by `XLSX_TEMPLATE_NODE_MODULES`,
var/xlsx-template/node_modules by default) and with papaparse (5.7.1, `npm install --prefix var/papaparse
papaparse@5.7.1`; `PAPAPARSE_NODE_MODULES`, var/papaparse/node_modules by default). CI does not run this:
the tests read the files kept in tests/onboarding/golden/solroed/ (each run writes the same bytes: the
script pins the clock JSZip stamps the entries it writes with, which is also the report's "Udfyldt den").

Solrød (269) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
supplier fills the sites' progress reports into a template its spreadsheet person laid out
(`tools/xlsxtemplate/solroed_statusudtalelse_skabelon.xlsx`, kept; made by
`tools/xlsxtemplate/solroed_skabelon.py`) with xlsx-template (`tools/xlsxtemplate/solroed_statusudtalelse.js`:
a letterhead, the facts a label and its value a row, the marks a table whose one row of placeholders is
repeated a mark a row, a `Date` Excel's day number of its UTC moment, a boolean a `t="b"` cell). Its mentor
supplier's node service writes the month's visits with papaparse's `unparse`
(`tools/papaparse/solroed_mentorbesoeg.js`: `;`, `escapeFormulae`, a visit a row, its length whole minutes,
a `Date` its toISOString()). The records beside them were written by hand from the files, before the hub
read them (decision 0060, "Stop 70: trial-117").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "solroed"
TEMPLATE = ROOT / "tools" / "xlsxtemplate" / "solroed_statusudtalelse_skabelon.xlsx"
SHEET = ROOT / "tools" / "xlsxtemplate" / "solroed_statusudtalelse.js"
CSV = ROOT / "tools" / "papaparse" / "solroed_mentorbesoeg.js"


def xlsx_template_modules() -> str:
    """The folder holding xlsx-template."""
    return os.environ.get("XLSX_TEMPLATE_NODE_MODULES", str(ROOT / "var" / "xlsx-template" / "node_modules"))


def papaparse_modules() -> str:
    """The folder holding papaparse."""
    return os.environ.get("PAPAPARSE_NODE_MODULES", str(ROOT / "var" / "papaparse" / "node_modules"))


def missing() -> str | None:
    """What the forms' programs lack here, or None."""
    if not shutil.which("node"):
        return "no node"
    if not (Path(xlsx_template_modules()) / "xlsx-template").is_dir():
        return f"no xlsx-template in {xlsx_template_modules()}: see the docstring"
    if not (Path(papaparse_modules()) / "papaparse").is_dir():
        return f"no papaparse in {papaparse_modules()}: see the docstring"
    return None


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs node's xlsx-template and papaparse)."""
    if reason := missing():
        sys.exit(reason)
    env = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"}
    csv_env = {**env, "NODE_PATH": papaparse_modules()}
    csv = subprocess.run(["node", str(CSV)], check=True, timeout=300, capture_output=True, env=csv_env)
    with tempfile.TemporaryDirectory() as folder:
        xlsx = Path(folder) / "statusudtalelse.xlsx"
        sheet_env = {**env, "NODE_PATH": xlsx_template_modules()}
        subprocess.run(["node", str(SHEET), str(TEMPLATE), str(xlsx)], check=True, timeout=300, env=sheet_env)
        return {GOLDEN / "statusudtalelse.xlsx": xlsx.read_bytes(), GOLDEN / "mentorbesoeg.csv": csv.stdout}


if __name__ == "__main__":
    write_all(render_all())
