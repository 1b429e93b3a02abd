"""The thirty-fifth trial's forms: `python -m tools.make_fixtures_onboarding_thirtyfifth`.

NEEDS `perl` with XML::LibXML (Debian: `apt-get install -y libxml-libxml-perl`, 2.0134 over libxml2
2.9.14, under perl 5.36) and `mawk` (Debian's awk, 1.3.4) with `sort`. CI does not run this: the tests
read the files kept in tests/onboarding/golden/faaborg-midtfyn/ (each run writes the same bytes).

Faaborg-Midtfyn (430) is onboarded by config alone on forms no earlier trial's programs made. Its
placement ends are its Perl case system's XML export built as a DOM with XML::LibXML
(`tools/perllibxml/faaborg_praktikophoer.pl`): the document's encoding ISO-8859-1 and its declaration,
`toFile` with format 1, two prefixed namespaces (`fm:`, and `kode:` on the outcome's code attribute), the
values as attributes (dates `30-10-2026`), the caseworker's note the only text, an empty note an empty
element. Its mentor hours are the job centre's nightly shell pipeline, `sort` into awk
(`tools/awkcsv/faaborg_mentortimer.sh`): a tab between fields and no quoting at all, a header line, a
visit a line, dates `14.09.2026`, hours printed by printf "%.2f" with the point made a comma, the
approval empty until the mentor approves, and a total line `I alt` at the end. The records beside them
were written by hand from the files' text, before the hub read them (decision 0060, "Stop 63: trial-82").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "faaborg-midtfyn"
PERL = ROOT / "tools" / "perllibxml" / "faaborg_praktikophoer.pl"
AWK = ROOT / "tools" / "awkcsv" / "faaborg_mentortimer.sh"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs perl with XML::LibXML, and mawk)."""
    if shutil.which("perl") is None:
        sys.exit("perl is missing: see this script's docstring")
    probe = subprocess.run(["perl", "-MXML::LibXML", "-e1"], check=False, capture_output=True)
    if probe.returncode != 0:
        sys.exit("perl has no XML::LibXML (libxml-libxml-perl): see this script's docstring")
    if shutil.which("mawk") is None or shutil.which("sort") is None:
        sys.exit("mawk or sort is missing: see this script's docstring")
    made = {}
    # C.UTF-8: sort's order is the bytes' and printf's decimal point a point, whatever the host's locale
    env = {**os.environ, "TZ": "UTC", "LC_ALL": "C.UTF-8"}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "praktikophoer.xml"
        subprocess.run(["perl", str(PERL), str(out)], check=True, timeout=300, env=env)
        made[GOLDEN / out.name] = out.read_bytes()
    report = subprocess.run(["sh", str(AWK)], check=True, timeout=300, env=env, capture_output=True)
    made[GOLDEN / "mentortimer.csv"] = report.stdout
    return made


if __name__ == "__main__":
    write_all(render_all())
