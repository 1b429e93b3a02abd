"""The twentieth trial's forms: `python -m tools.make_fixtures_onboarding_twentieth`.

NEEDS `node` with the npm packages `pdf-lib` (1.17.1) and `exceljs` (4.4.0) found through NODE_PATH
(`npm install pdf-lib@1.17.1 exceljs@4.4.0` in a folder of its own, then `NODE_PATH=FOLDER/node_modules`).
CI does not run this: the tests read the files kept in tests/onboarding/golden/middelfart/ (a workbook's
zip holds the time it was written; a second run writes other bytes).

Middelfart (410) is onboarded by config alone on forms no earlier trial's programs made. The site's
progress report ("Praktikstedets statusudtalelse") is a JavaScript case system's PDF form made and then
filled with pdf-lib (`tools/pdflib/middelfart_statusudtalelse.js`: the marks five radio groups of
buttons `1` to `5`, a dropdown and a list box beside them, pdf-lib's own appearances). The job centre's
overview of the sites' reports is exported with ExcelJS (`tools/exceljs/middelfart_statusudtalelser.js`)
as XLSX and as a CSV as Excel on Windows expects it (UTF-8 with a BOM, semicolons, CRLF). The records
beside them were written by hand from the forms as drawn by `pdftoppm` and as the cells show, before the
hub read them (decision 0060, "Twentieth trial").
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "middelfart"
SCRIPTS = {
    ROOT / "tools" / "pdflib" / "middelfart_statusudtalelse.js": ("statusudtalelse.pdf",),
    ROOT / "tools" / "exceljs" / "middelfart_statusudtalelser.js": (
        "statusudtalelser.xlsx",
        "statusudtalelser.csv",
    ),
}


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs node with pdf-lib and exceljs)."""
    made: dict[Path, bytes] = {}
    env = {**os.environ, "TZ": "UTC"}  # both write dates given in UTC; a local zone would move them
    with tempfile.TemporaryDirectory() as folder:
        for script, names in SCRIPTS.items():
            command = ["node", str(script), folder]
            subprocess.run(command, check=True, timeout=300, env=env, capture_output=True)
            made.update({GOLDEN / name: (Path(folder) / name).read_bytes() for name in names})
    return made


if __name__ == "__main__":
    for path, data in render_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
