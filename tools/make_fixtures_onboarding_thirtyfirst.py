"""The thirty-first trial's forms: `python -m tools.make_fixtures_onboarding_thirtyfirst`.

NEEDS `node` with PDFKit 0.20.2 installed under var/, never in the repository's own tree: `mkdir -p
var/npm-pdfkit && cd var/npm-pdfkit && npm init -y && npm install pdfkit@0.20.2` (or PDFKIT_MODULES
naming a node_modules folder that holds it), and `Rscript` with openxlsx (Debian: `apt-get install -y
--no-install-recommends r-cran-openxlsx`, 4.2.5.2). CI does not run this: the tests read the files
kept in tests/onboarding/golden/hedensted/ (each run writes the same bytes).

Hedensted (766) is onboarded by config alone on forms no earlier trial's programs made. Its placement
agreements ("Aftale om virksomhedspraktik", two cases) are its Node case system's PDF form made with
PDFKit's AcroForm API (`tools/pdfkit/hedensted_praktikaftale.js`): no appearances (PDFKit sets
/NeedAppearances), fields in a hierarchy of parent fields (`borger.cpr`, `periode.fra`), labels above
the boxes; dates `01/09/2026` under `AFDate_FormatEx("dd/mm/yyyy")`; the benefit a combo box, the
visitation a list box, the mentor's employer a radio group whose value is a string on its parent
field; two push buttons. Its mentor hours are the job centre's R report as openxlsx writes it
(`tools/openxlsx/hedensted_mentortimer.R`; Debian's Apache POI 4.0.1 was asked for and cannot write
XSSF: its poi-ooxml-schemas jar lacks XMLBeans' type system): label and merged-value pairs, two a
row; a visit a row with its start and end clock times, a pause in minutes and the hours; dates styled
`[$-406]d. mmm yyyy`; a total `=SUM(...)` never calculated; a weekly summary on a second sheet. The
records beside them were written by hand from the PDFs as `pdftoppm` draws them and from the
generators' values, before the hub read them (decision 0060, "Stop 62: trial-78").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "hedensted"
NODE = ROOT / "tools" / "pdfkit" / "hedensted_praktikaftale.js"
R = ROOT / "tools" / "openxlsx" / "hedensted_mentortimer.R"
AGREEMENTS = (("1", "praktikaftale.pdf"), ("2", "praktikaftale_sygedagpenge.pdf"))


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs node with PDFKit, R with openxlsx)."""
    modules = Path(os.environ.get("PDFKIT_MODULES", str(ROOT / "var" / "npm-pdfkit" / "node_modules")))
    if shutil.which("node") is None or not (modules / "pdfkit").is_dir():
        sys.exit(f"node or PDFKit is missing ({modules}): see this script's docstring")
    if shutil.which("Rscript") is None:
        sys.exit("Rscript is missing (and openxlsx with it): see this script's docstring")
    made = {}
    # openxlsx's zip stamps entries in local time: one zone, so every machine writes the same bytes
    env = {**os.environ, "NODE_PATH": str(modules), "TZ": "UTC"}
    with tempfile.TemporaryDirectory() as folder:
        for case, name in AGREEMENTS:
            out = Path(folder) / name
            subprocess.run(["node", str(NODE), str(out), case], check=True, timeout=300, env=env)
            made[GOLDEN / name] = out.read_bytes()
        out = Path(folder) / "mentortimer.xlsx"
        subprocess.run(["Rscript", str(R), str(out)], check=True, timeout=300, env=env, cwd=folder)
        made[GOLDEN / "mentortimer.xlsx"] = out.read_bytes()
    return made


if __name__ == "__main__":
    write_all(render_all())
