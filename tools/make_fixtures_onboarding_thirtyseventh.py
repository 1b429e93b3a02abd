"""The thirty-seventh trial's forms: `python -m tools.make_fixtures_onboarding_thirtyseventh`.

NEEDS a PostgreSQL server (`HUB_TEST_DATABASE_URL`; written with PostgreSQL 15's `table_to_xml`) and
node with xmlbuilder2 (`NODE_PATH` naming the node_modules folder xmlbuilder2 4.0.3 is installed in:
`npm install --prefix var/npm xmlbuilder2`). CI does not run this: the tests read the files kept in
tests/onboarding/golden/ringkoebing-skjern/ (each run writes the same bytes).

Ringkøbing-Skjern (760) is onboarded by config alone on forms no earlier trial's programs made. Its case
system's database exports the placements ended with PostgreSQL's `table_to_xml` over a view (`SQL`): the
root and every element named after the view and its columns, a space escaped as `_x0020_`, "Årsag" kept
as it is, a NULL note as `xsi:nil="true"`, dates and timestamps in XML Schema's forms, a boolean as
`true`; a row an ending. Its placement agreement is written by the job centre's web app with xmlbuilder2
(`tools/xmlbuilder2/ringkoebing_skjern_praktikaftale.js`): a default namespace, values as attributes and
text, the days as the browser shows them (`5.10.2026`). The records beside them were written by hand from
the files, before the hub read them (decision 0060, "Stop 63: trial-84").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "ringkoebing-skjern"
NODE_SOURCE = ROOT / "tools" / "xmlbuilder2" / "ringkoebing_skjern_praktikaftale.js"

# The case system's view of ended placements, exported whole: the names are the system's column names.
VIEW = """
CREATE TEMP VIEW "praktik afslutninger" AS
SELECT * FROM (VALUES
  ('081188-4471', 'Jonas Vestergaard Bach', 1017733264::bigint, 'Vestjysk Maskinservice, Tarm',
   DATE '2026-11-13', 'Ordinært job', 'Ansat 30 timer om ugen fra 16. november.',
   TIMESTAMP '2026-11-16 09:30:00', true),
  ('150702-3318', 'Amalie Nørgaard Poulsen', 1021456987::bigint, 'Hvide Sande Fiskeauktion',
   DATE '2026-11-20', 'Uddannelse', NULL, TIMESTAMP '2026-11-20 14:05:12', false)
) AS a("CPR-nummer", "Borgers navn", "P-nummer", "Praktiksted", "Slutdato", "Årsag", "Bemærkning",
       "Registreret", "Mentor afsluttet")
"""
SQL = """SELECT table_to_xml('"praktik afslutninger"'::regclass, true, false, '')"""


def exported_xml(url: str) -> bytes:
    """The export as `psql -At -c` writes it to a file: the function's text, then a newline."""
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        connection.execute("SET client_encoding = 'UTF8'")
        connection.execute(VIEW)
        row = connection.execute(SQL).fetchone()
    assert row is not None
    return str(row[0]).encode("utf-8") + b"\n"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs PostgreSQL, and node with xmlbuilder2)."""
    url = os.environ.get("HUB_TEST_DATABASE_URL")
    if not url:
        sys.exit("HUB_TEST_DATABASE_URL is not set: the endings are PostgreSQL's table_to_xml output")
    if shutil.which("node") is None:
        sys.exit("node is missing: see this script's docstring")
    if not (Path(os.environ.get("NODE_PATH", "")) / "xmlbuilder2").is_dir():
        sys.exit("NODE_PATH does not name a node_modules folder holding xmlbuilder2: see the docstring")
    env = {**os.environ, "TZ": "Europe/Copenhagen", "LC_ALL": "C.UTF-8"}
    done = subprocess.run(["node", str(NODE_SOURCE)], check=True, timeout=300, capture_output=True, env=env)
    return {GOLDEN / "afslutninger.xml": exported_xml(url), GOLDEN / "praktikaftale.xml": done.stdout}


if __name__ == "__main__":
    write_all(render_all())
