"""The forty-eighth trial's forms: `python -m tools.make_fixtures_onboarding_fortyeighth`.

NEEDS tclsh with tdom (Debian's `tdom`, 0.9.3) and node with excel-builder-vanilla (5.2.5, npm, e.g.
`npm install excel-builder-vanilla@5.2.5` under var/ebv; its node_modules folder named by
`EXCEL_BUILDER_NODE_MODULES`, var/ebv/node_modules by default). CI does not run this: the tests read the
files kept in tests/onboarding/golden/aabenraa/ (each run writes the same bytes).

Aabenraa (580) is onboarded by config alone on forms no earlier trial's programs made. Its case tool, a
Tcl application, exports one placement agreement with tdom (`tools/tdom/aabenraa_praktikaftale.tcl`):
a default namespace, the agreement a nested Tcl dict written as `<gruppe navn="...">` holding `<felt
navn="...">` name-value elements, every letter outside ASCII a character reference (`-escapeNonASCII`),
days in Danish words by Tcl's clock, the mentor's employer a Tcl boolean. Its mentor firm's web app
exports a month of mentor hours with excel-builder-vanilla (`tools/excelbuilder/aabenraa_mentortimer.mjs`):
a day a row as a date cell, each visit's length a time cell formatted `[h]:mm`, the month's sum a formula
saved with no value. The records beside them were written by hand from the files, before the hub read
them (decision 0060, "Stop 67: trial-105").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "aabenraa"
TCL = ROOT / "tools" / "tdom" / "aabenraa_praktikaftale.tcl"
NODE_APP = ROOT / "tools" / "excelbuilder" / "aabenraa_mentortimer.mjs"


def placement_xml() -> bytes:
    """The agreement as the case tool writes it (in Danish time, as it runs)."""
    env = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LC_ALL": "C.UTF-8"}
    made = subprocess.run(["tclsh", str(TCL)], check=True, timeout=300, capture_output=True, env=env)
    return made.stdout


def hours_xlsx(modules: Path) -> bytes:
    """The month's hours as the firm's app writes them (on a server in UTC, so its days are whole)."""
    entry = (modules / "excel-builder-vanilla" / "dist" / "index.js").as_uri()
    env = {"PATH": "/usr/bin:/bin", "TZ": "UTC", "EXCEL_BUILDER_ENTRY": entry}
    made = subprocess.run(["node", str(NODE_APP)], check=True, timeout=300, capture_output=True, env=env)
    return made.stdout


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs tclsh with tdom, node and the library)."""
    for program in ("tclsh", "node"):
        if shutil.which(program) is None:
            sys.exit(f"{program} is missing: see this script's docstring")
    has_tdom = subprocess.run(["tclsh"], input=b"package require tdom\n", timeout=60, capture_output=True)
    if has_tdom.returncode or has_tdom.stderr:
        sys.exit("tclsh has no tdom (Debian's `tdom`): see this script's docstring")
    modules = Path(os.environ.get("EXCEL_BUILDER_NODE_MODULES", ROOT / "var" / "ebv" / "node_modules"))
    if not (modules / "excel-builder-vanilla").is_dir():
        sys.exit(f"excel-builder-vanilla is not in {modules}: see this script's docstring")
    return {GOLDEN / "praktikaftale.xml": placement_xml(), GOLDEN / "mentortimer.xlsx": hours_xlsx(modules)}


if __name__ == "__main__":
    write_all(render_all())
