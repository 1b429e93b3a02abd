"""The twenty-third trial's forms: `python -m tools.make_fixtures_onboarding_twentythird`.

NEEDS `java` (17) with Apache PDFBox 2 (Debian's `libpdfbox2-java`, 2.0.27, at
/usr/share/java/pdfbox2.jar, and `libcommons-logging-java`; or PDFBOX_CLASSPATH naming the jars), `node`
with the npm package `jspdf` (4.2.1) found through NODE_PATH (`npm install jspdf@4.2.1` in a folder of
its own, then `NODE_PATH=FOLDER/node_modules`), and a PostgreSQL server (HUB_TEST_DATABASE_URL, as the
tests use; `scripts/servers.sh env` sets it). CI does not run this: the tests read the files kept in
tests/onboarding/golden/thisted/ (each run writes the same bytes).

Thisted (787) is onboarded by config alone on forms no earlier trial's programs made. The end of a
placement ("Afslutning af virksomhedspraktik") is a Java case system's PDF form made and filled with
PDFBox (`tools/pdfbox/ThistedAfslutning.java`): labels left of the boxes under ruled headings, the CPR a
comb field of ten, the last day `12/6-2026`, the outcome a dropdown whose export values are codes
`01`..`08` beside its shown words (PDFBox draws the code in the box), a remark of two lines. A site's progress
report ("Statusudtalelse fra praktikstedet") is the job centre's web case system's form drawn with
jsPDF's AcroForm (`tools/jspdf/thisted_statusudtalelse.js`): text fields without borders, each mark a
radio group of five buttons whose options are named `1`..`5`, `28.04.2026`, a P-number `1020 5566 71`.
The sites'
progress reports are the case system's table as PostgreSQL's `COPY ... TO STDOUT (FORMAT csv, HEADER)`
writes it (`COPY_SQL` below; the server writes every byte): commas, LF, a cell quoted only where it
must be, NULL as nothing and an empty text as `""`, dates ISO, booleans `t`/`f`, timestamps with their
zone `+02`, a remark's line break inside its quotes. The ends of placements are the case system's
other export, COPY's own text format (`COPY_TEXT_SQL`: what `COPY ... TO STDOUT` and psql's `\\copy`
write when no format is named): tabs, no quoting, NULL as `\\N`, a line break in a remark as `\\n`.
The records beside them were written by hand from the PDFs as `pdftoppm` draws them (a dropdown's lines
as a viewer lists them) and from the exports' text, before the hub read them (decision 0060,
"Twenty-third trial").
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "thisted"
JAVA = ROOT / "tools" / "pdfbox" / "ThistedAfslutning.java"
JSPDF = ROOT / "tools" / "jspdf" / "thisted_statusudtalelse.js"
PDFBOX = "/usr/share/java/pdfbox2.jar:/usr/share/java/commons-logging.jar"

# The case system's table of the sites' progress reports, one row a report, as its export selects it.
# Its columns: case number, CPR (char(10)), name, P-number (bigint), site, day of the statement (date),
# the five marks (smallint), remark (text, NULL where none was given), approved (boolean), created
# (timestamptz, shown in the session's zone).
COPY_SQL = """
COPY (
  SELECT sagsnr, cpr, borger_navn, pnr, praktiksted, udtalelse_dato, fremmoede, tidspunkter, samarbejde,
         opgaveloesning, selvstaendighed, bemaerkning, godkendt, oprettet
  FROM (VALUES
    ('2026-0412', '1502962384'::char(10), 'Sara Lund Vestergaard', 1019883412::bigint,
     'Thisted Bryghus ApS', '2026-04-24'::date, 4::smallint, 5::smallint, 3::smallint, 4::smallint,
     3::smallint, E'Sara møder stabilt og er god til kunderne.\\nVi vil gerne forlænge praktikken.', true,
     '2026-04-24 13:02:11.482+02'::timestamptz),
    ('2026-0419', '2111983327', 'Ahmad Karimi', 1019445520, 'Thy Trælast & Byggecenter A/S',
     '2026-04-27', 3, 2, 4, 3, 2, NULL, false, '2026-04-27 08:47:55.1+02'),
    ('2026-0431', '0407011942', 'Signe Holm Overgaard', 1020117733, 'Café "Havnen", Hanstholm',
     '2026-05-04', 5, 4, 5, 5, 4, '', true, '2026-05-04 15:30:00+02')
  ) AS u(sagsnr, cpr, borger_navn, pnr, praktiksted, udtalelse_dato, fremmoede, tidspunkter, samarbejde,
         opgaveloesning, selvstaendighed, bemaerkning, godkendt, oprettet)
  ORDER BY sagsnr
) TO STDOUT WITH (FORMAT csv, HEADER true)
"""


# The ends of placements, one row an end: CPR, name, P-number, site, last day, the case system's outcome
# code, remark (NULL where none). In COPY's text format, with the column names as its first line.
COPY_TEXT_SQL = """
COPY (
  SELECT cpr, borger_navn, pnr, praktiksted, slutdato, aarsag_kode, bemaerkning
  FROM (VALUES
    ('1104933318'::char(10), 'Lasse Bundgaard Møller', 1019445520::bigint, 'Thy Trælast & Byggecenter A/S',
     '2026-05-29'::date, 'ORD', E'Fastansat som lagermedarbejder.\\n32 timer om ugen.'),
    ('2802871450', 'Nanna Kjær Christensen', 1019883412, 'Thisted Bryghus ApS', '2026-06-05', 'UDD', NULL),
    ('0510964021', 'Omar Haddad', 1020117733, 'Café "Havnen", Hanstholm', '2026-06-19', 'AND',
     'Flyttet til Morsø Kommune; sagen er overdraget.')
  ) AS a(cpr, borger_navn, pnr, praktiksted, slutdato, aarsag_kode, bemaerkning)
  ORDER BY slutdato
) TO STDOUT WITH (HEADER true)
"""


def copied_csv(url: str, sql: str = COPY_SQL) -> bytes:
    """The export as the server writes it (psycopg's `copy` hands on the server's bytes unchanged)."""
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        connection.execute("SET TimeZone = 'Europe/Copenhagen'")
        connection.execute("SET DateStyle = 'ISO, DMY'")
        connection.execute("SET client_encoding = 'UTF8'")
        data = bytearray()
        with connection.cursor() as cursor, cursor.copy(sql) as copy:
            for block in copy:
                data += block
    return bytes(data)


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs java, PDFBox, jsPDF and PostgreSQL)."""
    url = os.environ.get("HUB_TEST_DATABASE_URL")
    if not url:
        sys.exit("HUB_TEST_DATABASE_URL is not set: the progress reports are PostgreSQL's COPY output")
    classpath = os.environ.get("PDFBOX_CLASSPATH", PDFBOX)
    if not Path(classpath.split(":")[0]).exists():
        sys.exit(f"PDFBox is missing ({classpath}): apt-get install libpdfbox2-java")
    made = {
        GOLDEN / "udtalelser.csv": copied_csv(url),
        GOLDEN / "afslutninger.tsv": copied_csv(url, COPY_TEXT_SQL),
    }
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "afslutning.pdf"
        subprocess.run(
            ["java", "-cp", classpath, str(JAVA), str(out)], check=True, timeout=300, capture_output=True
        )
        made[GOLDEN / "afslutning.pdf"] = out.read_bytes()
    if "NODE_PATH" not in os.environ:
        sys.exit("NODE_PATH is not set: it names the node_modules folder jspdf 4.2.1 is installed in")
    done = subprocess.run(["node", str(JSPDF)], check=True, timeout=300, capture_output=True)
    made[GOLDEN / "statusudtalelse.pdf"] = done.stdout
    return made


if __name__ == "__main__":
    write_all(render_all())
