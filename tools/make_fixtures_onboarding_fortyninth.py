"""The forty-ninth trial's forms: `python -m tools.make_fixtures_onboarding_fortyninth`.

NEEDS `qpdf` (11.x: Debian bookworm's `qpdf`, 11.3.0) and node with csv-stringify (6.x, `npm install
csv-stringify` in a folder under var/) named by `CSV_STRINGIFY_NODE_MODULES` (its `node_modules`;
var/csvs/node_modules when unset). CI does not run this: the tests read the files kept in
tests/onboarding/golden/lejre/ (each run writes the same bytes: qpdf's `--deterministic-id` derives the
PDF's /ID from its content, and neither writes a date).

Lejre (350) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's small
tool makes the end of a placement through qpdf's JSON (`tools/qpdfjson/lejre_ophoer.py`): the letter's
plain page read with `qpdf --json-output`, an /AcroForm and its widgets with appearance streams added to
the JSON, written back with `qpdf --json-input` (object streams, a cross-reference stream); the outcome a
radio group of the tool's short words, the last day a Danish date in words, the note two lines. Its
mentor firm's node app exports the month's mentor visits with csv-stringify
(`tools/csvstringify/lejre_mentortimer.js`): a byte order mark, Windows line ends, a row a visit, every
date `toLocaleDateString('da-DK')` (2.3.2027), the hours JavaScript numbers, the approval flag `1`,
fields quoted only where needed. The records beside them were written by hand from the files, before the
hub read them (decision 0060, "Stop 67: trial-106").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "lejre"
TOOL = ROOT / "tools" / "qpdfjson" / "lejre_ophoer.py"
NODE_APP = ROOT / "tools" / "csvstringify" / "lejre_mentortimer.js"


def end_pdf() -> bytes:
    """The end of placement as the tool writes it through qpdf's JSON."""
    with tempfile.TemporaryDirectory() as work:
        made = subprocess.run([sys.executable, str(TOOL), work], check=True, timeout=300, capture_output=True)
        return made.stdout


def hours_csv(modules: Path) -> bytes:
    """The month's mentor visits as the firm's node app writes them (in Danish time, as it runs)."""
    env = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "NODE_PATH": str(modules)}
    made = subprocess.run(["node", str(NODE_APP)], check=True, timeout=300, capture_output=True, env=env)
    return made.stdout


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs qpdf, node and csv-stringify)."""
    for program in ("qpdf", "node"):
        if shutil.which(program) is None:
            sys.exit(f"{program} is missing: see this script's docstring")
    modules = Path(os.environ.get("CSV_STRINGIFY_NODE_MODULES", ROOT / "var" / "csvs" / "node_modules"))
    if not (modules / "csv-stringify").is_dir():
        sys.exit(f"csv-stringify is not in {modules}: see this script's docstring")
    return {GOLDEN / "ophoer.pdf": end_pdf(), GOLDEN / "mentortimer.csv": hours_csv(modules)}


if __name__ == "__main__":
    write_all(render_all())
