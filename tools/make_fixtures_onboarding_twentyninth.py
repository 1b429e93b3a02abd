"""The twenty-ninth trial's forms: `python -m tools.make_fixtures_onboarding_twentyninth`.

NEEDS `php` with TCPDF (Debian: `apt-get install -y php-cli php-tcpdf`, 6.6.2; TCPDF_PHP naming another
php) and `node` with xlsx-populate 1.21.0 installed under var/, never in the repository's own tree:
`mkdir -p var/npm-xp && cd var/npm-xp && npm init -y && npm install xlsx-populate@1.21.0` (or
XLSX_POPULATE_MODULES naming a node_modules folder that holds it). CI does not run this: the tests read
the files kept in tests/onboarding/golden/norddjurs/ (each run writes the same bytes).

Norddjurs (707) is onboarded by config alone on forms no earlier trial's programs made. Its placement
agreements ("Praktikaftale – virksomhedspraktik", two cases) are a PHP case-system web app's PDF form
made with TCPDF (`tools/tcpdf/norddjurs_praktikaftale.php`): snake_case field names (`borger_cpr`,
`virk_cvr`), labels drawn left of the boxes under numbered headings; dates typed `01.06.2026` in fields
whose actions hold Acrobat's `AFDate_FormatEx("dd.mm.yyyy")`, hours `18,50` under `AFNumber_Format`;
the benefit a combo box of `[export, shown]` lines (`KTH` beside `Kontanthjælp`) whose appearance TCPDF
draws as every line of the list; the visitation three checkboxes TCPDF sets to `/Yes` whatever on-value
it is given (that value, `ja`, only in `/Opt`); the mentor's employer a radio group (`/virksomhed`,
`/jobcenter`). Its mentor hours are the Node mentor portal's sheet as xlsx-populate writes it
(`tools/xlsx_populate/norddjurs_mentortimer.js`): the citizen's facts as labels in one row with their
values in the row under them; a visit a row, its date a date styled `dd-mm-yyyy` and its time as the
mentor types it, a clock time styled `h:mm` (2:30), the total `=SUM(...)` styled `[h]:mm` and never
calculated; the mentor's attestation under it; a stylesheet of empty `<fill/>` elements openpyxl
refuses. The records beside them were written by hand from the PDFs as `pdftoppm` draws them and from
the generator's values, before the hub read them (decision 0060, "Stop 61: trial-76").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "norddjurs"
PHP = ROOT / "tools" / "tcpdf" / "norddjurs_praktikaftale.php"
NODE = ROOT / "tools" / "xlsx_populate" / "norddjurs_mentortimer.js"
TCPDF = Path("/usr/share/php/tcpdf/tcpdf.php")
AGREEMENTS = (("1", "praktikaftale.pdf"), ("2", "praktikaftale_jobcenter.pdf"))


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs php with TCPDF, node, xlsx-populate)."""
    php = os.environ.get("TCPDF_PHP", "php")
    if shutil.which(php) is None or not TCPDF.exists():
        sys.exit(f"php or TCPDF is missing ({php}, {TCPDF}): see this script's docstring")
    modules = Path(os.environ.get("XLSX_POPULATE_MODULES", str(ROOT / "var" / "npm-xp" / "node_modules")))
    if shutil.which("node") is None or not (modules / "xlsx-populate").is_dir():
        sys.exit(f"node or xlsx-populate is missing ({modules}): see this script's docstring")
    made = {}
    with tempfile.TemporaryDirectory() as folder:
        for case, name in AGREEMENTS:
            out = Path(folder) / name
            subprocess.run([php, str(PHP), str(out), case], check=True, timeout=300, capture_output=True)
            made[GOLDEN / name] = out.read_bytes()
        out = Path(folder) / "mentortimer.xlsx"
        env = {**os.environ, "NODE_PATH": str(modules)}
        subprocess.run(["node", str(NODE), str(out)], check=True, timeout=300, capture_output=True, env=env)
        made[GOLDEN / "mentortimer.xlsx"] = out.read_bytes()
    return made


if __name__ == "__main__":
    write_all(render_all())
