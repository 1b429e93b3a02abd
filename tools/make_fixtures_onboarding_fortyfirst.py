"""The forty-first trial's forms: `python -m tools.make_fixtures_onboarding_fortyfirst`.

NEEDS `xelatex` (TeX Live 2022: Debian's `texlive-xetex`, hyperref 7.00u, xdvipdfmx 20211117) with
`texlive-fonts-recommended` (hyperref's check marks need ZapfDingbats' metrics), and Miller 6 (`mlr`,
Debian's `miller` 6.6). CI does not run this: the tests read the files kept in
tests/onboarding/golden/skanderborg/ (each run writes the same bytes: the PDF's dates and id follow
SOURCE_DATE_EPOCH, which this fixes).

Skanderborg (746) is onboarded by config alone on forms no earlier trial's programs made. Its job
centre's letter system fills a XeLaTeX template's hyperref fields by writing each value into the
`.tex` (`tools/xelatex/skanderborg_praktikaftale.tex`) and runs xelatex, whose xdvipdfmx writes the
PDF: a placement agreement whose every field name is UTF-16 text, whose radio group's buttons are three
fields of one name of which the catalogue's list names the first, each state hyperref's escaped UTF-16
of its word. Its mentor firm's month-end report turns its app's visits (JSON) into CSV with Miller
(`tools/miller/skanderborg_mentortimer.sh`): a visit a row, the citizens interleaved in date order, the
nested objects' names flattened with dots (`borger.cpr`), each visit's hours worked out from its start
and end. The records beside them were written by hand from the files, before the hub read them
(decision 0060, "Stop 65: trial-93").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "skanderborg"
TEX = ROOT / "tools" / "xelatex" / "skanderborg_praktikaftale.tex"
MILLER = ROOT / "tools" / "miller"
# 1 December 2026, 09:00 UTC: the day the agreement was made, so that two runs write the same bytes
# (xdvipdfmx stamps the document's dates and derives its /ID from them).
EPOCH = "1796115600"


def placement_pdf() -> bytes:
    """The placement agreement as xelatex writes it (run twice: hyperref's second run settles it)."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "praktikaftale.tex").write_bytes(TEX.read_bytes())
        env = {"PATH": "/usr/bin:/bin", "HOME": folder, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1"}
        for _ in range(2):
            latex = ["xelatex", "-interaction=nonstopmode", "praktikaftale.tex"]
            subprocess.run(latex, cwd=work, check=True, timeout=300, capture_output=True, env=env)
        return (work / "praktikaftale.pdf").read_bytes()


def visits_csv() -> bytes:
    """The month's mentor visits as the firm's Miller script writes them."""
    script = [str(MILLER / "skanderborg_mentortimer.sh"), str(MILLER / "skanderborg_besoeg.json")]
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "TZ": "UTC"}
    return subprocess.run(["sh", *script], check=True, timeout=300, capture_output=True, env=env).stdout


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs xelatex and mlr)."""
    for program in ("xelatex", "mlr"):
        if shutil.which(program) is None:
            sys.exit(f"{program} is missing: see this script's docstring")
    return {GOLDEN / "praktikaftale.pdf": placement_pdf(), GOLDEN / "mentortimer.csv": visits_csv()}


if __name__ == "__main__":
    write_all(render_all())
