"""The twenty-sixth trial's forms: `python -m tools.make_fixtures_onboarding_twentysixth`.

NEEDS borb (3.0.9) in an environment of its own, never the hub's: `python3 -m venv .venv-borb &&
.venv-borb/bin/pip install borb==3.0.9` in the repository (or BORB_PYTHON naming that python), and the
sqlite3 shell (Debian's `sqlite3`, 3.40). CI does not run this: the tests read the files kept in
tests/onboarding/golden/kalundborg/ (each run writes the same bytes).

Kalundborg (326) is onboarded by config alone on forms no earlier trial's programs made. The brief named
wkhtmltopdf's `--enable-forms` for its PDF forms, but Debian's wkhtmltopdf (0.12.6, built on a Qt
without wkhtmltopdf's patches) says "The switch --enable-forms, is not support using unpatched qt, and
will be ignored": it prints an HTML form's inputs as pictures, a PDF without a field, which the hub
refuses ("the PDF has no form fields"), and the patched build is no package here. Its placement
agreements (two) are instead a Python case system's, printed with borb (`tools/borb/
kalundborg_praktikaftale.py`): labels left of boxes under headings, every field left unnamed so that
borb names it `field-000` ..., the benefit, visitation and mentor's employer drop-down lists of words,
the purpose on page 2. Its mentor hours are the mentor app's SQLite database as the `sqlite3` shell
writes a query with `-csv -header` (`tools/sqlite/kalundborg_mentortimer.sql`): a row for each talk,
two citizens' rows interleaved by time, the talk's start and end as SQLite's text timestamps, hours
computed by the query (`1.5`, `1.0`, `0.75`), text quoted where it holds a space, NULL as nothing.
The records beside them were written by hand from the PDFs as `pdftoppm` draws them and from the CSV's
text, before the hub read them (decision 0060, "Stop 61: trial-73").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "kalundborg"
PAGE_SCRIPT = ROOT / "tools" / "borb" / "kalundborg_praktikaftale.py"
QUERY = ROOT / "tools" / "sqlite" / "kalundborg_mentortimer.sql"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs borb and sqlite3)."""
    python = os.environ.get("BORB_PYTHON", str(ROOT / ".venv-borb" / "bin" / "python"))
    if not Path(python).exists():
        sys.exit(f"borb's python is missing ({python}): see this script's docstring")
    if shutil.which("sqlite3") is None:
        sys.exit("the sqlite3 shell is missing: apt-get install sqlite3")
    made = {}
    with tempfile.TemporaryDirectory() as folder:
        for number in ("1", "2"):
            out = Path(folder) / f"praktikaftale_{number}.pdf"
            subprocess.run(
                [python, str(PAGE_SCRIPT), str(out), number], check=True, timeout=300, capture_output=True
            )
            made[GOLDEN / out.name] = out.read_bytes()
    run = ["sqlite3", "-csv", "-header", ":memory:"]
    csv = subprocess.run(run, input=QUERY.read_bytes(), check=True, timeout=60, capture_output=True)
    return made | {GOLDEN / "mentortimer.csv": csv.stdout}


if __name__ == "__main__":
    write_all(render_all())
