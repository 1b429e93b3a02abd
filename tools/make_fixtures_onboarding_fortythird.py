"""The forty-third trial's forms: `python -m tools.make_fixtures_onboarding_fortythird`.

NEEDS MuPDF's `mutool` (Debian's `mupdf-tools`, 1.21: `mutool run` runs its JavaScript) and a Python
with DuckDB (`pip install duckdb` into a virtualenv outside the repository, e.g. under var/, and
`DUCKDB_PYTHON` naming that virtualenv's python; DuckDB 1.x or 2.x). CI does not run this: the tests read
the files kept in tests/onboarding/golden/silkeborg/ (each run writes the same bytes).

Silkeborg (740) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
form service makes the placement agreement with `mutool run` (`tools/mutool/silkeborg_praktikaftale.js`):
printed labels left of the fields, each a widget `PDFPage.createAnnotation("Widget")` made and named as a
form designer names them (`Tekst1`, `Kombi1`, `Liste1`) with the label as its tooltip, the benefit and the
mentor's employer combo boxes, the visitation a list box, MuPDF's own appearances. Its mentor firm's
reporting job writes the month's mentor visits with DuckDB's `COPY ... TO ... (FORMAT csv, HEADER)`
(`tools/duckdb/silkeborg_mentortimer.sql`): a visit a row repeating its course's citizen, site and
mentor, each visit's length an INTERVAL (`01:30:00`), the approval a TIMESTAMPTZ
(`2026-11-30 14:05:12+01`), a course not yet approved empty. The records beside them were written by hand
from the files, before the hub read them (decision 0060, "Stop 65: trial-95").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "silkeborg"
MUTOOL = ROOT / "tools" / "mutool" / "silkeborg_praktikaftale.js"
DUCKDB = ROOT / "tools" / "duckdb" / "silkeborg_mentortimer.sql"
# The runner DuckDB's python is given: the session's zone (the approval's offset follows it) and the
# output path in the script's COPY.
RUN_SQL = (
    "import sys, duckdb; db = duckdb.connect(); db.execute(\"SET TimeZone = 'Europe/Copenhagen'\"); "
    "db.execute(open(sys.argv[1], encoding='utf-8').read().replace('__OUT__', sys.argv[2]))"
)


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs mutool, and a python with duckdb
    named by `DUCKDB_PYTHON`)."""
    if shutil.which("mutool") is None:
        sys.exit("mutool is missing (apt-get install mupdf-tools): see this script's docstring")
    python = os.environ.get("DUCKDB_PYTHON", sys.executable)
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "TZ": "Europe/Copenhagen"}
    if subprocess.run([python, "-c", "import duckdb"], timeout=120, capture_output=True, env=env).returncode:
        sys.exit(f"{python} cannot import duckdb: set DUCKDB_PYTHON, see this script's docstring")
    with tempfile.TemporaryDirectory() as folder:
        pdf, csv = Path(folder) / "praktikaftale.pdf", Path(folder) / "mentortimer.csv"
        subprocess.run(["mutool", "run", str(MUTOOL), str(pdf)], check=True, timeout=300, env=env)
        subprocess.run([python, "-c", RUN_SQL, str(DUCKDB), str(csv)], check=True, timeout=300, env=env)
        return {GOLDEN / "praktikaftale.pdf": pdf.read_bytes(), GOLDEN / "mentortimer.csv": csv.read_bytes()}


if __name__ == "__main__":
    write_all(render_all())
