"""The forty-second trial's forms: `python -m tools.make_fixtures_onboarding_fortysecond`.

NEEDS php-cli with php-xml (Debian's `php-cli` and `php-xml`, PHP 8.2: DOMDocument) and node with
excel4node (1.8.2 from npm, installed outside the repository: `npm install excel4node` under var/, and
`NODE_PATH` naming that node_modules folder). CI does not run this: the tests read the files kept in
tests/onboarding/golden/guldborgsund/ (each run writes the same bytes).

Guldborgsund (376) is onboarded by config alone on forms no earlier trial's programs made. Its case
system, a PHP web app, exports the month's ended placements with DOMDocument
(`tools/phpdom/guldborgsund_afslutninger.php`): a default namespace, a comment and a processing
instruction above the root, each note a CDATA section, the CPR and P-numbers as attributes, each day as
`date('d/m/Y')` prints it, an outcome not yet known an empty element. Its mentor firm's node service
writes a citizen's month of mentor sessions with excel4node (`tools/excel4node/guldborgsund_mentortimer.js`):
a merged title, the facts two label/value pairs a row, a session a row with its day a date cell and its
week the formula `ISOWEEKNUM` saved without a value, the total a `SUM` saved without a value. The records
beside them were written by hand from the files, before the hub read them (decision 0060, "Stop 65:
trial-94").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "guldborgsund"
PHP = ROOT / "tools" / "phpdom" / "guldborgsund_afslutninger.php"
NODE = ROOT / "tools" / "excel4node" / "guldborgsund_mentortimer.js"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs php with DOM, and node with
    excel4node on `NODE_PATH`)."""
    for program in ("php", "node"):
        if shutil.which(program) is None:
            sys.exit(f"{program} is missing: see this script's docstring")
    has_dom = subprocess.run(["php", "-r", "exit(class_exists('DOMDocument') ? 0 : 1);"], timeout=60)
    if has_dom.returncode:
        sys.exit("php has no DOMDocument (apt-get install php-xml): see the docstring")
    modules = os.environ.get("NODE_PATH", "")
    if not (Path(modules) / "excel4node").is_dir():
        sys.exit("NODE_PATH does not name a node_modules folder holding excel4node: see the docstring")
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "TZ": "Europe/Copenhagen", "NODE_PATH": modules}
    endings = subprocess.run(["php", str(PHP)], check=True, timeout=300, capture_output=True, env=env)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "mentortimer.xlsx"
        subprocess.run(["node", str(NODE), str(out)], check=True, timeout=300, capture_output=True, env=env)
        sessions = out.read_bytes()
    return {GOLDEN / "afslutninger.xml": endings.stdout, GOLDEN / "mentortimer.xlsx": sessions}


if __name__ == "__main__":
    write_all(render_all())
