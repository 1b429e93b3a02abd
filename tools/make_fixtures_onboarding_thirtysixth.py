"""The thirty-sixth trial's forms: `python -m tools.make_fixtures_onboarding_thirtysixth`.

NEEDS `go` with tealeg/xlsx (Debian: `apt-get install -y golang-go golang-github-tealeg-xlsx-dev`, Go 1.19
and tealeg/xlsx 1.0.3; built offline in GOPATH mode from /usr/share/gocode, no module proxy) and
`xmlstarlet` (Debian: `xmlstarlet`, 1.6.1 over libxml2 2.9.14). CI does not run this: the tests read the
files kept in tests/onboarding/golden/ikast-brande/ (each run writes the same bytes).

Ikast-Brande (756) is onboarded by config alone on forms no earlier trial's programs made. Its mentor
hours are its Go case system's export made with tealeg/xlsx (`tools/goxlsx/ikast_brande_mentortimer.go`):
a cover sheet first ("Forside", the export's time by `SetDateTime`), then the sheet "Timer" with a row a
visit, the CPR as text, the P-number an integer, the day by `SetDate` (the built-in format 14), the hours
in the system's own format `0.00" t"`, the approval a boolean cell, the approver's name and day empty
until the mentor approves (tealeg writes an empty text as a shared-string cell without a value), and a
total line "I alt". Its grant of mentor support is the job centre's shell script building XML with
xmlstarlet (`tools/xmlstarlet/ikast_brande_mentorstoette.sh`): `ed` filling a namespaced skeleton, `fo`
with tabs in windows-1252. The records beside them were written by hand from the files, before the hub
read them (decision 0060, "Stop 63: trial-83").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "ikast-brande"
GO_SOURCE = ROOT / "tools" / "goxlsx" / "ikast_brande_mentortimer.go"
SHELL_SCRIPT = ROOT / "tools" / "xmlstarlet" / "ikast_brande_mentorstoette.sh"
GOPATH = Path("/usr/share/gocode")
TEALEG = GOPATH / "src" / "github.com" / "tealeg" / "xlsx"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs Go with tealeg/xlsx, and xmlstarlet)."""
    if shutil.which("go") is None:
        sys.exit("go is missing (golang-go): see this script's docstring")
    if not TEALEG.is_dir():
        sys.exit("tealeg/xlsx is missing (golang-github-tealeg-xlsx-dev): see this script's docstring")
    if shutil.which("xmlstarlet") is None:
        sys.exit("xmlstarlet is missing: see this script's docstring")
    made = {}
    with tempfile.TemporaryDirectory() as folder:
        # GOPATH mode, offline: Debian's Go sources, no module proxy; the build cache in the temporary folder
        env = {
            **os.environ,
            "TZ": "UTC",
            "LC_ALL": "C.UTF-8",
            "GOPATH": str(GOPATH),
            "GO111MODULE": "off",
            "GOFLAGS": "",
            "GOCACHE": str(Path(folder) / "gocache"),
        }
        program = Path(folder) / "mentortimer"
        subprocess.run(["go", "build", "-o", str(program), str(GO_SOURCE)], check=True, timeout=600, env=env)
        out = Path(folder) / "mentortimer.xlsx"
        subprocess.run([str(program), str(out)], check=True, timeout=300, env=env, cwd=folder)
        made[GOLDEN / out.name] = out.read_bytes()
        out = Path(folder) / "mentorstoette.xml"
        subprocess.run(["sh", str(SHELL_SCRIPT), str(out)], check=True, timeout=300, env=env, cwd=folder)
        made[GOLDEN / out.name] = out.read_bytes()
    return made


if __name__ == "__main__":
    write_all(render_all())
