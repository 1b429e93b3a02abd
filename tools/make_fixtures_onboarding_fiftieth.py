"""The fiftieth trial's forms: `python -m tools.make_fixtures_onboarding_fiftieth`.

NEEDS pypdf (7.x, in the hub's virtualenv: the interpreter running this) and csvkit (2.x, `pip install
csvkit` into a virtualenv under var/) whose `in2csv` and `csvformat` are in the folder named by
`CSVKIT_BIN` (var/csvkit/bin when unset). CI does not run this: the tests read the files kept in
tests/onboarding/golden/horsens/ (each run writes the same bytes: pypdf writes no date and no /ID, and
csvkit no date).

Horsens (615) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
small Python tool writes the placement agreement with pypdf's generic objects
(`tools/pypdfform/horsens_praktikaftale.py`): the labels drawn in a content stream of its own, the
/AcroForm and every Widget built by hand, `/NeedAppearances true` instead of the text fields' appearances,
the benefit a radio group whose states are indexes into its `/Opt`, the visitation a combo box of export
value and word pairs, the mentor's employer one box. Its mentor firm's timesheet system exports a month of
visits as JSON (`tools/csvkit/horsens_mentortimer.json`, nested objects, the month's total its last
record), which the firm's office turns into a CSV for Excel with csvkit: `in2csv` (the nested keys
flattened with `/`, the Danish days read with `--date-format` and written ISO), then `csvformat` with a
semicolon, every field quoted, a byte order mark and Windows line ends. The records beside them were
written by hand from the files, before the hub read them (decision 0060, "Stop 67: trial-108").
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "horsens"
TOOL = ROOT / "tools" / "pypdfform" / "horsens_praktikaftale.py"
EXPORT = ROOT / "tools" / "csvkit" / "horsens_mentortimer.json"


def agreement_pdf() -> bytes:
    """The placement agreement as the job centre's pypdf tool writes it."""
    return subprocess.run([sys.executable, str(TOOL)], check=True, timeout=300, capture_output=True).stdout


def hours_csv(bin_dir: Path) -> bytes:
    """The month's visits as the office turns the firm's JSON export into a CSV with csvkit."""
    read = [str(bin_dir / "in2csv"), "-f", "json", "--date-format", "%d-%m-%Y"]
    read += ["--datetime-format", "%d-%m-%Y %H:%M", str(EXPORT)]
    flat = subprocess.run(read, check=True, timeout=300, capture_output=True).stdout
    write = [str(bin_dir / "csvformat"), "-D", ";", "-U", "1", "-M", "\r\n", "--add-bom"]
    return subprocess.run(write, input=flat, check=True, timeout=300, capture_output=True).stdout


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs pypdf and csvkit)."""
    try:
        import pypdf  # noqa: F401
    except ImportError:
        sys.exit("pypdf is missing: see this script's docstring")
    bin_dir = Path(os.environ.get("CSVKIT_BIN", ROOT / "var" / "csvkit" / "bin"))
    if not (bin_dir / "in2csv").is_file() or not (bin_dir / "csvformat").is_file():
        sys.exit(f"csvkit's in2csv and csvformat are not in {bin_dir}: see this script's docstring")
    return {GOLDEN / "praktikaftale.pdf": agreement_pdf(), GOLDEN / "mentortimer.csv": hours_csv(bin_dir)}


if __name__ == "__main__":
    write_all(render_all())
