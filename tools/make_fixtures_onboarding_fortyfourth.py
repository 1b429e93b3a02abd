"""The forty-fourth trial's forms: `python -m tools.make_fixtures_onboarding_fortyfourth`.

NEEDS a Python with pdfrw (0.4) and pylightxl (1.61): `pip install pdfrw pylightxl` into a virtualenv
outside the repository, e.g. under var/, and `PDFRW_PYLIGHTXL_PYTHON` naming that virtualenv's python.
CI does not run this: the tests read the files kept in tests/onboarding/golden/nordfyns/ (each run writes
the same bytes).

Nordfyns (480) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
in-house tool writes the placement agreement with pdfrw (`tools/pdfrw/nordfyns_praktikaftale.py`): the
page, the AcroForm and each widget built by hand from PdfDict, PdfName and PdfArray, the fields named in a
hierarchy (`borger.cpr`), text fields with no appearance (`/NeedAppearances true`), the benefit and the
visitation radio groups with the tool's own state names (`/KH`, `/1`), the mentor's employer a check box
whose on state is `/Ja`, each button with its on and off appearances. Its mentor firm's tool writes the
month's mentor hours with pylightxl (`tools/pylightxl/nordfyns_mentortimer.py`): no styles part, the days
text, a row a week with its year and its number, the total a `SUM` saved with no value. The records beside
them were written by hand from the files, before the hub read them (decision 0060, "Stop 66: trial-100").
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "nordfyns"
PDFRW = ROOT / "tools" / "pdfrw" / "nordfyns_praktikaftale.py"
PYLIGHTXL = ROOT / "tools" / "pylightxl" / "nordfyns_mentortimer.py"
# zipfile stamps each entry pylightxl writes with the clock: the tool is run with the clock fixed at the
# day the sheet was made, so each run writes the same bytes.
RUN_FIXED_CLOCK = (
    "import runpy, sys, time; time.time = lambda: 1799071200.0; "
    "sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"
)


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs a python with pdfrw and pylightxl
    named by `PDFRW_PYLIGHTXL_PYTHON`)."""
    python = os.environ.get("PDFRW_PYLIGHTXL_PYTHON", sys.executable)
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "TZ": "Europe/Copenhagen"}
    if subprocess.run(
        [python, "-c", "import pdfrw, pylightxl"], timeout=120, capture_output=True, env=env
    ).returncode:
        sys.exit(
            f"{python} cannot import pdfrw and pylightxl: set PDFRW_PYLIGHTXL_PYTHON (see the docstring)"
        )
    with tempfile.TemporaryDirectory() as folder:
        pdf, xlsx = Path(folder) / "praktikaftale.pdf", Path(folder) / "mentortimer.xlsx"
        subprocess.run([python, str(PDFRW), str(pdf)], check=True, timeout=300, env=env)
        subprocess.run(
            [python, "-c", RUN_FIXED_CLOCK, str(PYLIGHTXL), str(xlsx)], check=True, timeout=300, env=env
        )
        return {
            GOLDEN / "praktikaftale.pdf": pdf.read_bytes(),
            GOLDEN / "mentortimer.xlsx": xlsx.read_bytes(),
        }


if __name__ == "__main__":
    write_all(render_all())
