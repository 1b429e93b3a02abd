"""The thirty-ninth trial's forms: `python -m tools.make_fixtures_onboarding_thirtyninth`.

NEEDS java (17; StAX's `javax.xml.stream` is in the JDK, and `java File.java` runs the source as it is)
and perl with Text::CSV_XS (Debian's `libtext-csv-xs-perl`, 1.49). CI does not run this: the tests read
the files kept in tests/onboarding/golden/broenderslev/ (each run writes the same bytes).

Brønderslev (810) is onboarded by config alone on forms no earlier trial's programs made. Its case
system, a Java service, exports the placements ended with StAX's `XMLStreamWriter`
(`tools/stax/BroenderslevAfslutninger.java`): ISO-8859-1 as its declaration says, the whole export one
line, a prefixed namespace, the last day as "13. november 2026", an en dash outside Latin-1 written
`&#x2013;`, an empty note `<bs:Bemaerkning/>`. Its mentor firm's timesheet is a Perl script's CSV
written with Text::CSV_XS (`tools/perlcsv/broenderslev_mentortimer.pl`): `;` and CRLF, a field quoted
where it holds a space, the day as the C locale's strftime prints it ("Mon 02.11.2026"), each session's
length as h:mm, Latin-1 bytes (a `use utf8` script with no layer on STDOUT). The records beside them were
written by hand from the files, before the hub read them (decision 0060, "Stop 64: trial-86").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "broenderslev"
JAVA = ROOT / "tools" / "stax" / "BroenderslevAfslutninger.java"
PERL = ROOT / "tools" / "perlcsv" / "broenderslev_mentortimer.pl"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs java, and perl with Text::CSV_XS)."""
    for program in ("java", "perl"):
        if shutil.which(program) is None:
            sys.exit(f"{program} is missing: see this script's docstring")
    has_csv = subprocess.run(["perl", "-MText::CSV_XS", "-e", "1"], capture_output=True, timeout=60)
    if has_csv.returncode != 0:
        sys.exit("perl has no Text::CSV_XS (apt-get install libtext-csv-xs-perl): see the docstring")
    # C.UTF-8: javac reads the Java source in the locale's charset (its Danish letters are UTF-8)
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "TZ": "Europe/Copenhagen"}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "afslutninger.xml"
        subprocess.run(["java", str(JAVA), str(out)], check=True, timeout=300, capture_output=True, env=env)
        ended = out.read_bytes()
    done = subprocess.run(["perl", str(PERL)], check=True, timeout=300, capture_output=True, env=env)
    return {GOLDEN / "afslutninger.xml": ended, GOLDEN / "mentortimer.csv": done.stdout}


if __name__ == "__main__":
    write_all(render_all())
