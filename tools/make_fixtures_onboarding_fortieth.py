"""The fortieth trial's forms: `python -m tools.make_fixtures_onboarding_fortieth`.

NEEDS ruby with Nokogiri (Debian's `ruby-nokogiri`, 1.13.10) and node with write-excel-file (4.1.1 from
npm, installed outside the repository: `npm install write-excel-file` under var/, and `NODE_PATH` naming
that node_modules folder). CI does not run this: the tests read the files kept in
tests/onboarding/golden/favrskov/ (each run writes the same bytes).

Favrskov (710) is onboarded by config alone on forms no earlier trial's programs made. Its mentor firm's
web app (Ruby) exports a month's mentor visits with `Nokogiri::XML::Builder`
(`tools/nokogiri/favrskov_mentortimer.rb`) in the shape Rails' `to_xml` gives a record: dashed element
names, a `type` attribute on each typed value, the visits a `type="array"` element holding elements of
the same name, no note `nil="true"`, decimals as BigDecimal prints them (`2.0`, `0.75`). Its job centre's
node service writes the month's placement agreements with write-excel-file
(`tools/write_excel_file/favrskov_praktikaftaler.js`): a title merged over four columns, a header row, an
agreement a row, the CVR and P-numbers and the hours as numbers, the days as dates shown `dd-mm-yyyy`.
The records beside them were written by hand from the files, before the hub read them (decision 0060,
"Stop 64: trial-87").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "favrskov"
RUBY = ROOT / "tools" / "nokogiri" / "favrskov_mentortimer.rb"
NODE = ROOT / "tools" / "write_excel_file" / "favrskov_praktikaftaler.js"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs ruby with Nokogiri, and node with
    write-excel-file on `NODE_PATH`)."""
    for program in ("ruby", "node"):
        if shutil.which(program) is None:
            sys.exit(f"{program} is missing: see this script's docstring")
    if subprocess.run(["ruby", "-rnokogiri", "-e", "1"], capture_output=True, timeout=60).returncode:
        sys.exit("ruby has no Nokogiri (apt-get install ruby-nokogiri): see the docstring")
    modules = os.environ.get("NODE_PATH", "")
    if not (Path(modules) / "write-excel-file").is_dir():
        sys.exit("NODE_PATH does not name a node_modules folder holding write-excel-file: see the docstring")
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "TZ": "Europe/Copenhagen", "NODE_PATH": modules}
    visits = subprocess.run(["ruby", str(RUBY)], check=True, timeout=300, capture_output=True, env=env)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "praktikaftaler.xlsx"
        subprocess.run(["node", str(NODE), str(out)], check=True, timeout=300, capture_output=True, env=env)
        agreements = out.read_bytes()
    return {GOLDEN / "mentortimer.xml": visits.stdout, GOLDEN / "praktikaftaler.xlsx": agreements}


if __name__ == "__main__":
    write_all(render_all())
