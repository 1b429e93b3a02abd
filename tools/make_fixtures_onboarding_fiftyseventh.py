"""The fifty-seventh trial's forms: `python -m tools.make_fixtures_onboarding_fiftyseventh`.

NEEDS perl with PDF::Builder (Debian's `libpdf-builder-perl`, 3.025) and php with SimpleXML (Debian's
`php-cli` and `php-xml`, 8.2). CI does not run this: the tests read the files kept in
tests/onboarding/golden/greve/ (both are the same bytes each run: the tool pins the PDF's dates and
PDF::Builder writes no /ID).

Greve (253) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
supplier's Perl report tool writes the placement agreement with PDF::Builder, which has no form API: the
tool builds the /AcroForm and each Widget from PDF::Builder's own objects and names each field by the
label printed left of it (`tools/pdfbuilder/greve_praktikaftale.pl`: "CPR-nr.", "Timer pr. uge", "Første
dag", a box per benefit named by its words, on as /On). Its mentor supplier's PHP app writes the month's
visits with SimpleXML (`tools/simplexml/greve_mentorbesoeg.php`: asXML() of a bare root, so one line
under `<?xml version="1.0"?>` with every letter outside ASCII a character reference; a visit's hours PHP's
minutes / 60, a bool "1" or ""). The records beside them were written by hand from the files, before the
hub read them (decision 0060, "Stop 69: trial-115").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "greve"
PERL_TOOL = ROOT / "tools" / "pdfbuilder" / "greve_praktikaftale.pl"
PHP_TOOL = ROOT / "tools" / "simplexml" / "greve_mentorbesoeg.php"


def _run(command: list[str]) -> bytes:
    return subprocess.run(command, check=True, capture_output=True, timeout=120).stdout


def missing() -> str | None:
    """What of perl's PDF::Builder and php's SimpleXML this machine lacks, or None when it has both."""
    for program in ("perl", "php"):
        if shutil.which(program) is None:
            return f"{program} is missing: see this script's docstring"
    checks = {
        "perl's PDF::Builder (apt install libpdf-builder-perl)": ["perl", "-MPDF::Builder", "-e", "1"],
        "php's SimpleXML (apt install php-xml)": ["php", "-r", "new SimpleXMLElement('<a/>');"],
    }
    for what, command in checks.items():
        if subprocess.run(command, capture_output=True, check=False).returncode:
            return f"{what} is missing: see this script's docstring"
    return None


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs PDF::Builder and SimpleXML)."""
    if (lacking := missing()) is not None:
        sys.exit(lacking)
    return {
        GOLDEN / "praktikaftale.pdf": _run(["perl", str(PERL_TOOL)]),
        GOLDEN / "mentorbesoeg.xml": _run(["php", str(PHP_TOOL)]),
    }


if __name__ == "__main__":
    write_all(render_all())
