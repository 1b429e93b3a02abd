"""The fifty-second trial's forms: `python -m tools.make_fixtures_onboarding_fiftysecond`.

NEEDS PyPDFForm (6.x: `pip install --target var/py PyPDFForm`; the folder named by
`HALSNAES_PYTHONPATH`, var/py when unset, put first on the tool's path) and R with data.table (Debian's
`r-cran-data.table`, `Rscript` on PATH). CI does not run this: the tests read the files kept in
tests/onboarding/golden/halsnaes/ (each run writes the same bytes: the PDF through reportlab with
`RL_invariant=1`, its fixed dates and /ID; fwrite writes no date of its own).

Halsnæs (260) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
small Python tool writes the placement agreement with PyPDFForm
(`tools/pypdfform/halsnaes_praktikaftale.py`: the page and its labels drawn by PyPDFForm, its fields made
by `bulk_create_fields`, then filled: the benefit and the visitation drop-downs, the mentor's employer
two boxes, the days `3/5-2027`). Its monthly R script writes the month's ended placements with
data.table's `fwrite` (`tools/datatable/halsnaes_afsluttede.R`: `sep = ";"`, `dec = ","`, `bom = TRUE`,
quoting "auto", ISO dates, the end a date-time in UTC). The records beside them were written by hand
from the files, before the hub read them (decision 0060, "Stop 68: trial-110").
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tools.fixture_files import ROOT, need_r_package, r_script_output, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "halsnaes"
TOOL = ROOT / "tools" / "pypdfform" / "halsnaes_praktikaftale.py"
SCRIPT = ROOT / "tools" / "datatable" / "halsnaes_afsluttede.R"


def agreement_pdf(path: str) -> bytes:
    """The placement agreement as the job centre's PyPDFForm tool writes it."""
    # reportlab (under PyPDFForm) stamps the time and a random /ID unless told to be invariant
    env = dict(os.environ, PYTHONPATH=path, RL_invariant="1")
    return subprocess.run(
        [sys.executable, str(TOOL)], check=True, timeout=300, capture_output=True, env=env
    ).stdout


def ended_csv() -> bytes:
    """The month's ended placements as the R script writes them with fwrite."""
    return r_script_output(SCRIPT, "afsluttede.csv")


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs PyPDFForm and R's data.table)."""
    path = os.environ.get("HALSNAES_PYTHONPATH", str(ROOT / "var" / "py"))
    if not (Path(path) / "PyPDFForm").is_dir():
        sys.exit(f"PyPDFForm is not in {path}: see this script's docstring")
    need_r_package("data.table", "r-cran-data.table")
    return {GOLDEN / "praktikaftale.pdf": agreement_pdf(path), GOLDEN / "afsluttede.csv": ended_csv()}


if __name__ == "__main__":
    write_all(render_all())
