"""The thirty-third trial's forms: `python -m tools.make_fixtures_onboarding_thirtythird`.

NEEDS `perl` with XML::Writer (Debian: `apt-get install -y libxml-writer-perl`, 0.900, under perl 5.36)
and `ruby` (Debian: `ruby`, 3.1; its standard `csv` library). CI does not run this: the tests read the
files kept in tests/onboarding/golden/herning/ (each run writes the same bytes).

Herning (657) is onboarded by config alone on forms no earlier trial's programs made. Its mentor hours
are its Perl case system's XML export made with XML::Writer (`tools/perlxml/herning_mentorstoette.pl`):
a default namespace, two spaces a level, US-ASCII with each Danish letter a character reference, a visit
an empty element whose date (`31.08.2026`) and hours (Perl's numbers: `2`, `0.75`) are attributes, the
approval's time as Perl's `scalar localtime` prints it (`Mon Sep 14 09:30:12 2026`), an unapproved
course's `<godkendt />` empty. Its placement agreements are the job centre's Ruby script writing with
the standard csv library (`tools/rubycsv/herning_praktikaftaler.rb`): `CSV.generate(col_sep: ";")`, a
BOM, a field quoted only where it must be (a purpose of two lines holding `;` and quotes), dates as
Date#to_s, hours as Float#to_s (`22.5`, `30.0`), nil an empty field, the mentor's employer `true` or
`false`. The records beside them were written by hand from the files' text, before the hub read them
(decision 0060, "Stop 62: trial-80").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "herning"
PERL = ROOT / "tools" / "perlxml" / "herning_mentorstoette.pl"
RUBY = ROOT / "tools" / "rubycsv" / "herning_praktikaftaler.rb"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs perl with XML::Writer, and ruby)."""
    if shutil.which("perl") is None:
        sys.exit("perl is missing: see this script's docstring")
    probe = subprocess.run(["perl", "-MXML::Writer", "-e1"], check=False, capture_output=True)
    if probe.returncode != 0:
        sys.exit("perl has no XML::Writer (libxml-writer-perl): see this script's docstring")
    if shutil.which("ruby") is None:
        sys.exit("ruby is missing: see this script's docstring")
    made = {}
    env = {**os.environ, "TZ": "UTC", "LC_ALL": "C.UTF-8"}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "mentortimer.xml"
        subprocess.run(["perl", str(PERL), str(out)], check=True, timeout=300, env=env)
        made[GOLDEN / out.name] = out.read_bytes()
        out = Path(folder) / "praktikaftaler.csv"
        subprocess.run(["ruby", str(RUBY), str(out)], check=True, timeout=300, env=env, cwd=folder)
        made[GOLDEN / out.name] = out.read_bytes()
    return made


if __name__ == "__main__":
    write_all(render_all())
