"""The forty-seventh trial's forms: `python -m tools.make_fixtures_onboarding_fortyseventh`.

NEEDS perl with PDF::API2 (Debian's `libpdf-api2-perl`, 2.044) and php (Debian's `php-cli`, 8.2). CI
does not run this: the tests read the files kept in tests/onboarding/golden/ringsted/ (each run writes
the same bytes: the tool stamps a fixed creation date and PDF::API2 writes no /ID).

Ringsted (329) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
small in-house Perl tool writes the placement agreement with PDF::API2, which has no form API: the tool
builds the /AcroForm dictionary and each Widget from PDF::API2's PDFDict, PDFName, PDFArray and PDFStr
objects and draws every appearance itself (`tools/pdfapi2/ringsted_praktikaftale.pl`): text fields with
their values drawn, the purpose a multi-line field whose line break is `\\r`, the benefit and the
visitation radio groups whose states are the words (`/Kontanthj#E6lp`, Latin-1 escaped), the mentor's
employer a check box on as `/Ja`, the values with Danish letters in UTF-16 (PDF::API2's `PDFStr` of a
Perl character string). Its mentor firm's PHP app exports a month's visits with `fputcsv`
(`tools/phpcsv/ringsted_mentortimer.php`): a comma, quotes only where a value needs them, a visit a row,
its length in whole minutes, its day `d/m/Y`, the approval a moment with its offset, and fputcsv's
backslash escape: a value ending `\\"` is written with that quote not doubled. The records beside them
were written by hand from the files, before the hub read them (decision 0060, "Stop 67: trial-104").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "ringsted"
PERL_TOOL = ROOT / "tools" / "pdfapi2" / "ringsted_praktikaftale.pl"
PHP_APP = ROOT / "tools" / "phpcsv" / "ringsted_mentortimer.php"
ENV = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LC_ALL": "C"}


def _run(command: list[str]) -> bytes:
    return subprocess.run(command, check=True, timeout=300, capture_output=True, env=ENV).stdout


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs perl's PDF::API2 and php)."""
    for program in ("perl", "php"):
        if shutil.which(program) is None:
            sys.exit(f"{program} is missing: see this script's docstring")
    if subprocess.run(["perl", "-MPDF::API2", "-e", "1"], capture_output=True, check=False).returncode:
        sys.exit("perl's PDF::API2 is missing (apt install libpdf-api2-perl): see this script's docstring")
    return {
        GOLDEN / "praktikaftale.pdf": _run(["perl", str(PERL_TOOL)]),
        GOLDEN / "mentortimer.csv": _run(["php", str(PHP_APP)]),
    }


if __name__ == "__main__":
    write_all(render_all())
