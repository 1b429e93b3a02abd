"""The thirty-fourth trial's forms: `python -m tools.make_fixtures_onboarding_thirtyfourth`.

NEEDS `gcc` with libxlsxwriter (Debian: `apt-get install -y libxlsxwriter-dev`, 1.1.4) and `Rscript`
(Debian: `r-base-core`, 4.2; base R's `write.csv`). CI does not run this: the tests read the files kept
in tests/onboarding/golden/mariagerfjord/ (each run writes the same bytes).

Mariagerfjord (846) is onboarded by config alone on forms no earlier trial's programs made. Its placement
agreement is its C case system's workbook made with libxlsxwriter
(`tools/libxlsxwriter/mariagerfjord_praktikaftale.c`, compiled here with gcc): one sheet laid out as a
form, each value in a range merged across B:D beside its label, headings merged over A:D, the labels
"Navn" and "Dato" more than once; the first day a number in a `dd-mm-yyyy` format, the last day a formula
over it with its value cached; CVR, P-number and phone numbers (the phone in a `00 00 00 00` format);
the mentor's employer a boolean cell; the e-mail a mailto link showing the address. Its mentor visits are
the job centre's R script writing with base R's `write.csv` (`tools/rwritecsv/mariagerfjord_mentortimer.R`):
",", ".", texts quoted, R's row names kept as the first column (not 1, 2, 3: the month's rows of a larger
table), a row a visit, two citizens' rows in date order, dates as R prints a Date, hours as R prints a
number, `NA` where a course is not yet approved. The records beside them were written by hand from the
files, before the hub read them (decision 0060, "Stop 63: trial-81").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "mariagerfjord"
C_SOURCE = ROOT / "tools" / "libxlsxwriter" / "mariagerfjord_praktikaftale.c"
R_SCRIPT = ROOT / "tools" / "rwritecsv" / "mariagerfjord_mentortimer.R"
HEADER = Path("/usr/include/xlsxwriter.h")


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs gcc with libxlsxwriter, and R)."""
    if shutil.which("gcc") is None:
        sys.exit("gcc is missing: see this script's docstring")
    if not HEADER.exists():
        sys.exit("libxlsxwriter is missing (libxlsxwriter-dev): see this script's docstring")
    if shutil.which("Rscript") is None:
        sys.exit("Rscript is missing (r-base-core): see this script's docstring")
    made = {}
    env = {**os.environ, "TZ": "UTC", "LC_ALL": "C.UTF-8"}
    with tempfile.TemporaryDirectory() as folder:
        program = Path(folder) / "praktikaftale"
        subprocess.run(
            ["gcc", "-Wall", "-o", str(program), str(C_SOURCE), "-lxlsxwriter"], check=True, timeout=300
        )
        out = Path(folder) / "praktikaftale.xlsx"
        subprocess.run([str(program), str(out)], check=True, timeout=300, env=env, cwd=folder)
        made[GOLDEN / out.name] = out.read_bytes()
        out = Path(folder) / "mentortimer.csv"
        subprocess.run(["Rscript", str(R_SCRIPT), str(out)], check=True, timeout=300, env=env, cwd=folder)
        made[GOLDEN / out.name] = out.read_bytes()
    return made


if __name__ == "__main__":
    write_all(render_all())
