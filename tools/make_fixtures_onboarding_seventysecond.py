"""The seventy-second trial's forms: `python -m tools.make_fixtures_onboarding_seventysecond`.

NEEDS Perl with XML::Generator and Tie::IxHash (Debian: `apt-get install libxml-generator-perl
libtie-ixhash-perl`, XML::Generator 1.11) and GNU datamash (Debian: `apt-get install datamash`, 1.7).
CI does not run this: the tests read the files kept in tests/onboarding/golden/helsingoer/.

Helsingør (217) is onboarded by config alone on forms no earlier trial's programs made. Its case system's
nightly Perl batch job writes the month's new placement agreements with XML::Generator
(`tools/xmlgeneratorperl/helsingoer_praktikaftaler.pl`): `:pretty`, the prefix `hk:` on every element,
`encoding => 'UTF-8'` in a declaration with `standalone="yes"`, the root's attributes one a line, the values
as DBD::Pg hands them (`2027-09-06`, `18.50`, a boolean `1`/`0`), a NULL `<hk:visitation></hk:visitation>`,
an element of attributes alone `<hk:mentor ... />`. Its caseworker sums the mentor firm's raw visit log a
citizen a week with a shell pipeline and GNU datamash (`tools/datamash/helsingoer_mentortimer.sh` over
`tools/datamash/helsingoer_besoeg.csv`): datamash's own headings `GroupBy(cpr)` ... `sum(timer)`, `;`,
nothing quoted, sums as `%Lg` (`3.3`, `2`). Nothing in either carries the clock: the same bytes each run.
The records beside them were written by hand from the files' text, before the hub read them (decision 0060,
"Stop 74: trial-136"). `latin1_variant()` and `numbered_variant()` are the probes: a second Perl job without
the `:encoding(UTF-8)` layer (Latin-1 bytes under a UTF-8 declaration), and a second pipeline naming fields
by number (`GroupBy(field-1)`, datamash's TAB).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tools.fixture_files import ROOT, program_output, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "helsingoer"
PERL = ROOT / "tools" / "xmlgeneratorperl" / "helsingoer_praktikaftaler.pl"
SHELL = ROOT / "tools" / "datamash" / "helsingoer_mentortimer.sh"
LOG = ROOT / "tools" / "datamash" / "helsingoer_besoeg.csv"
ENV = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LC_ALL": "C.UTF-8"}


def missing() -> str | None:
    """What this machine lacks of Perl's XML::Generator with Tie::IxHash, and GNU datamash, or None."""
    if shutil.which("perl") is None:
        return "perl is missing (apt-get install perl)"
    modules = (("XML::Generator", "libxml-generator-perl"), ("Tie::IxHash", "libtie-ixhash-perl"))
    for module, package in modules:
        probe = subprocess.run(["perl", f"-M{module}", "-e", "1"], capture_output=True, timeout=300)
        if probe.returncode:
            return f"Perl's {module} is missing (apt-get install {package})"
    if shutil.which("datamash") is None:
        return "GNU datamash is missing (apt-get install datamash)"
    return None


def _run(program: list[str], name: str, *arguments: str) -> bytes:
    if reason := missing():
        sys.exit(reason)
    return program_output(program, name, *arguments, env=ENV)


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs XML::Generator and datamash)."""
    return {
        GOLDEN / "mentortimer.csv": _run(["sh", str(SHELL), str(LOG)], "mentortimer.csv"),
        GOLDEN / "praktikaftaler.xml": _run(["perl", str(PERL)], "praktikaftaler.xml"),
    }


def latin1_variant() -> bytes:
    """The probe: the same job without the `:encoding(UTF-8)` layer on its file."""
    return _run(["perl", str(PERL)], "praktikaftaler.xml", "latin1")


def numbered_variant() -> bytes:
    """The probe: a second pipeline naming the fields by number, datamash's TAB between them."""
    return _run(["sh", str(SHELL), str(LOG)], "mentortimer.csv", "numbered")


if __name__ == "__main__":
    write_all(render_all())
