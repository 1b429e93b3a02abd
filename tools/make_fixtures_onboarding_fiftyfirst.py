"""The fifty-first trial's forms: `python -m tools.make_fixtures_onboarding_fiftyfirst`.

NEEDS a python with xmltodict (1.0.4), duckdb (1.4.4) and DuckDB's excel extension for it, e.g.
`pip install --target var/py xmltodict duckdb==1.4.4 duckdb-ext-excel==1.4.4.20260205` (the extension
ships inside that package, so DuckDB need not download it); the folder named by `GRIBSKOV_PYTHONPATH`,
var/py by default. CI does not run this: the tests read the files kept in tests/onboarding/golden/gribskov/
(each run writes the same bytes).

Gribskov (270) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
reporting job writes the month's placement agreements with DuckDB's excel extension
(`tools/duckdb/gribskov_praktikaftaler.sql`, `COPY ... TO ... (FORMAT xlsx, HEADER true)`): an agreement a
row, the days the extension's `dd/mm/yy`, the mentor's employer a BOOLEAN. Its mentor firm's case system
exports a month of mentor visits with xmltodict's `unparse` (`tools/xmltodictxml/gribskov_mentortimer.py`):
`@` keys as attributes, `#text` as text, each visit's length Python's `str(timedelta)`. The records beside
them were written by hand from the files, before the hub read them (decision 0060, "Stop 67: trial-109").
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "gribskov"
SQL = ROOT / "tools" / "duckdb" / "gribskov_praktikaftaler.sql"
SCRIPT = ROOT / "tools" / "xmltodictxml" / "gribskov_mentortimer.py"
# The reporting job's runner: the excel extension loaded from the package that ships it, the SQL run with
# the output path put in.
RUN_SQL = (
    "import sys, pathlib, duckdb, duckdb_ext; db = duckdb.connect(); "
    "shipped = pathlib.Path(duckdb_ext.__path__[0]) / 'extensions' / f'v{duckdb.__version__}'; "
    "ext = next(shipped.glob('*/excel.duckdb_extension')); "
    "db.execute(f\"LOAD '{ext}'\"); "
    "db.execute(pathlib.Path(sys.argv[1]).read_text(encoding='utf-8').replace(\"'OUT'\", repr(sys.argv[2])))"
)


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs xmltodict, duckdb and its excel
    extension on `GRIBSKOV_PYTHONPATH`)."""
    env = {"PATH": "/usr/bin:/bin", "TZ": "UTC", "LC_ALL": "C.UTF-8"}
    env["PYTHONPATH"] = os.environ.get("GRIBSKOV_PYTHONPATH", str(ROOT / "var" / "py"))
    probe = "import xmltodict, duckdb, duckdb_ext"
    if subprocess.run([sys.executable, "-c", probe], timeout=120, capture_output=True, env=env).returncode:
        sys.exit(f"no xmltodict, duckdb or duckdb-ext-excel on {env['PYTHONPATH']}: see the docstring")
    xml = subprocess.run([sys.executable, str(SCRIPT)], check=True, timeout=300, capture_output=True, env=env)
    with tempfile.TemporaryDirectory() as folder:
        xlsx = Path(folder) / "praktikaftaler.xlsx"
        subprocess.run([sys.executable, "-c", RUN_SQL, str(SQL), str(xlsx)], check=True, timeout=300, env=env)
        return {GOLDEN / "praktikaftaler.xlsx": xlsx.read_bytes(), GOLDEN / "mentortimer.xml": xml.stdout}


if __name__ == "__main__":
    write_all(render_all())
