"""The sixty-first trial's forms: `python -m tools.make_fixtures_onboarding_sixtyfirst`.

NEEDS node with fast-csv (5.0.8, `npm install --prefix var/fast-csv fast-csv@5.0.8`; the folder of its
node_modules named by `FAST_CSV_NODE_MODULES`, var/fast-csv/node_modules by default) and with
msexcel-builder 0.0.2 on the xmlbuilder of its day (`npm install --prefix var/msexcel-builder
msexcel-builder@0.0.2 xmlbuilder@1.1.2`: its `>=0.4.2` takes xmlbuilder 15 today, which refuses its
element `fileVersion ` with a space; `MSEXCEL_BUILDER_NODE_MODULES`, var/msexcel-builder/node_modules by
default), and `faketime` (Debian's). CI does not run this: the tests read the files kept in
tests/onboarding/golden/roskilde/. Each run writes the same bytes: the workbook's zip entries and its
"Udtrukket" line carry the clock, which faketime stops at the moment the intranet made it.

Roskilde (265) is onboarded by config alone on forms no earlier trial's programs made. Its mentor
supplier's node service writes a month of mentor visits with fast-csv (`tools/fastcsv/`): its defaults
(a comma, quotes only where needed, "\\n" between rows and none after the last, the header from the
first row's keys, null and undefined as nothing, `String()` of anything else), `writeBOM: true` and a
`transform` naming the columns; the day `toLocaleDateString('da-DK')` (`3.5.2027`), the length minutes
divided by 60 (`0.75`), the approval a `Date` as its toString(). Its job centre's intranet gives the
month's granted mentor support as a workbook made by msexcel-builder (`tools/msexcelbuilder/`): every
value a shared string (`2.5`, `412.5`, `true`, a `Date`'s toString()), `<dimension ref="A1"/>`, a title
merged over the columns above a header on row 4. The records beside them were written by hand from the
files' text and the sheet's cells, before the hub read them (decision 0060, "Stop 71: trial-119").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "roskilde"
CSV = ROOT / "tools" / "fastcsv" / "roskilde_mentorbesoeg.js"
BOOK = ROOT / "tools" / "msexcelbuilder" / "roskilde_mentorbevillinger.js"
# The moment the intranet made the workbook, stopped (faketime's absolute form does not advance).
MADE_AT = "2027-05-31 06:15:00"


def fast_csv_modules() -> str:
    """The folder holding fast-csv."""
    return os.environ.get("FAST_CSV_NODE_MODULES", str(ROOT / "var" / "fast-csv" / "node_modules"))


def msexcel_builder_modules() -> str:
    """The folder holding msexcel-builder and the xmlbuilder it runs on."""
    default = str(ROOT / "var" / "msexcel-builder" / "node_modules")
    return os.environ.get("MSEXCEL_BUILDER_NODE_MODULES", default)


def missing() -> str | None:
    """What the forms' programs lack here, or None."""
    for program in ("node", "faketime"):
        if not shutil.which(program):
            return f"no {program}"
    if not (Path(fast_csv_modules()) / "fast-csv").is_dir():
        return f"no fast-csv in {fast_csv_modules()}: see the docstring"
    if not (Path(msexcel_builder_modules()) / "msexcel-builder").is_dir():
        return f"no msexcel-builder in {msexcel_builder_modules()}: see the docstring"
    return None


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs node's fast-csv and msexcel-builder)."""
    if reason := missing():
        sys.exit(reason)
    env = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"}
    csv_env = {**env, "NODE_PATH": fast_csv_modules()}
    csv = subprocess.run(["node", str(CSV)], check=True, timeout=300, capture_output=True, env=csv_env)
    with tempfile.TemporaryDirectory() as folder:
        book_env = {**env, "NODE_PATH": msexcel_builder_modules()}
        run = ["faketime", "-f", MADE_AT, "node", str(BOOK), folder, "mentorbevillinger.xlsx"]
        subprocess.run(run, check=True, timeout=300, env=book_env, cwd=folder)
        xlsx = (Path(folder) / "mentorbevillinger.xlsx").read_bytes()
    return {GOLDEN / "mentorbevillinger.xlsx": xlsx, GOLDEN / "mentorbesoeg.csv": csv.stdout}


if __name__ == "__main__":
    write_all(render_all())
