"""The thirty-second trial's forms: `python -m tools.make_fixtures_onboarding_thirtysecond`.

NEEDS `php` with XMLWriter (Debian: `apt-get install -y php8.2-cli php8.2-xml`, PHP 8.2) and `Rscript`
(Debian: `r-base-core`, R 4.2.2; write.csv2 is base R). CI does not run this: the tests read the files
kept in tests/onboarding/golden/holstebro/ (each run writes the same bytes).

Holstebro (661) is onboarded by config alone on forms no earlier trial's programs made. Its placement
agreements are its PHP case system's XML export made with XMLWriter
(`tools/phpxml/holstebro_praktikaftaler.php`): two agreements in one file, one space a level, a prefixed
namespace (`sag:`), dates as PHP's `date('c')` writes local midnight (`2026-09-07T00:00:00+02:00`, and
`+01:00` in winter), hours as PHP prints a float (`18.5`, `30`), the mentor's employer a flag as PHP
prints a bool (`"1"` or `""`), nulls as empty elements. Its mentor hours are the job centre's R script
writing a data frame of visits with write.csv2 (`tools/rcsv/holstebro_mentortimer.R`): `;`, decimal
commas, quoted strings, the row names a first column headed `""`, `NA` where missing, dates as R prints
a Date, a logical column. The records beside them were written by hand from the files' text, before the
hub read them (decision 0060, "Stop 62: trial-79").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "holstebro"
PHP = ROOT / "tools" / "phpxml" / "holstebro_praktikaftaler.php"
R = ROOT / "tools" / "rcsv" / "holstebro_mentortimer.R"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs php with XMLWriter, and Rscript)."""
    if shutil.which("php") is None:
        sys.exit("php is missing: see this script's docstring")
    probe = subprocess.run(["php", "-r", "exit(class_exists('XMLWriter') ? 0 : 1);"], check=False)
    if probe.returncode != 0:
        sys.exit("php has no XMLWriter (php8.2-xml): see this script's docstring")
    if shutil.which("Rscript") is None:
        sys.exit("Rscript is missing: see this script's docstring")
    made = {}
    env = {**os.environ, "TZ": "UTC", "LC_ALL": "C.UTF-8"}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "praktikaftaler.xml"
        subprocess.run(["php", str(PHP), str(out)], check=True, timeout=300, env=env)
        made[GOLDEN / out.name] = out.read_bytes()
        out = Path(folder) / "mentortimer.csv"
        subprocess.run(["Rscript", str(R), str(out)], check=True, timeout=300, env=env, cwd=folder)
        made[GOLDEN / out.name] = out.read_bytes()
    return made


if __name__ == "__main__":
    write_all(render_all())
