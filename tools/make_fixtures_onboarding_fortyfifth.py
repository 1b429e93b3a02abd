"""The forty-fifth trial's forms: `python -m tools.make_fixtures_onboarding_fortyfifth`.

NEEDS ruby with its bundled rexml (Debian's `ruby`, Ruby 3.1 with rexml 3.2.5) and jq (Debian's `jq`,
1.6). CI does not run this: the tests read the files kept in tests/onboarding/golden/frederikshavn/
(each run writes the same bytes).

Frederikshavn (813) is onboarded by config alone on forms no earlier trial's programs made. Its mentor
firm's Ruby app exports a month of mentor visits with REXML (`tools/rexml/frederikshavn_mentortimer.rb`):
a default namespace, Danish letters in element and attribute names (`forløb`, `besøg`, `år`), attributes
in apostrophes, each course an element holding its visits grouped in an element a week that carries the
week's sum, the month's total, and the approval as a moment with its offset; REXML's pretty formatter
wraps a text longer than its line onto lines of its own. Its case system's placements are turned from
its JSON export into CSV with jq's `@csv` (`tools/jqcsv/frederikshavn_praktikaftaler.jq` over
`frederikshavn_praktikker.json`): every string quoted, numbers and booleans bare, null as nothing, the
citizen's name in two columns, the mentor's employer a boolean, a line break inside the purpose. The
records beside them were written by hand from the files, before the hub read them (decision 0060,
"Stop 66: trial-101").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "frederikshavn"
RUBY = ROOT / "tools" / "rexml" / "frederikshavn_mentortimer.rb"
JQ = ROOT / "tools" / "jqcsv" / "frederikshavn_praktikaftaler.jq"
JSON = ROOT / "tools" / "jqcsv" / "frederikshavn_praktikker.json"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs ruby with rexml, and jq)."""
    for program in ("ruby", "jq"):
        if shutil.which(program) is None:
            sys.exit(f"{program} is missing: see this script's docstring")
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "TZ": "Europe/Copenhagen"}
    has_rexml = subprocess.run(["ruby", "-e", 'require "rexml/document"'], timeout=60, env=env)
    if has_rexml.returncode:
        sys.exit("ruby has no rexml (Debian's ruby bundles it): see the docstring")
    visits = subprocess.run(["ruby", str(RUBY)], check=True, timeout=300, capture_output=True, env=env)
    placements = subprocess.run(
        ["jq", "-r", "-f", str(JQ), str(JSON)], check=True, timeout=300, capture_output=True, env=env
    )
    return {GOLDEN / "mentortimer.xml": visits.stdout, GOLDEN / "praktikaftaler.csv": placements.stdout}


if __name__ == "__main__":
    write_all(render_all())
