"""The fifty-eighth trial's forms: `python -m tools.make_fixtures_onboarding_fiftyeighth`.

NEEDS the system python3 with PyGObject's poppler (Debian's `python3-gi` and `gir1.2-poppler-0.18`,
poppler 22.12), `faketime` (Debian's `faketime`), and ruby with the builder gem (Debian's `ruby-builder`,
3.2.4); remaking the empty form also needs `java` (17) and iText 2.1.7 (Debian's `libitext-java`, at
/usr/share/java/itext.jar, or ITEXT2_JAR naming the jar). CI does not run this: the tests read the files
kept in tests/onboarding/golden/alleroed/.

Allerød (201) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
Java case system draws the empty placement agreement with iText 2.1.7 (`tools/itext2/`: captions left of
their boxes, fields named by the case system's properties, the benefit a radio group of the Java enum's
names, the visitation a combo box, two check boxes on as `Yes`); it is one file, made once and kept
beside its tool (`allerod_praktikaftale_blank.pdf`: iText gives each run a random /ID, which is all that
differs between two runs). A caseworker fills it in a desktop viewer built on poppler (Evince, Okular):
`tools/poppler/allerod_udfyld.py` sets each field through poppler's GLib API and saves with
`Document.save`, which appends the values to the file as an incremental update, each widget's /M the
moment saved; the viewer's clock is pinned with faketime, so the same bytes come each run. Its mentor
supplier's Ruby script writes the month's visits with builder (`tools/rubybuilder/`: a visit's hours a
BigDecimal, which builder writes as `to_s` gives, "0.15e1"; days `Date#to_s`, the approval `Time#to_s`).
The records beside them were written by hand from the files, before the hub read them (decision 0060,
"Stop 70: trial-116").
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "alleroed"
JAVA = ROOT / "tools" / "itext2" / "AllerodPraktikaftale.java"
BLANK = ROOT / "tools" / "itext2" / "allerod_praktikaftale_blank.pdf"
FILL = ROOT / "tools" / "poppler" / "allerod_udfyld.py"
RUBY = ROOT / "tools" / "rubybuilder" / "allerod_mentorbesoeg.rb"
SYSTEM_PYTHON = "/usr/bin/python3"  # the venv has no gi
SAVED_AT = "2027-02-22 09:42:00"  # when the caseworker pressed "Gem", UTC (10:42 in Allerød)
# iText's trailer /ID: two random 16-byte strings in hex, the only bytes two runs of the tool differ in.
ITEXT_ID = re.compile(rb"/ID \[<[0-9a-f]{32}><[0-9a-f]{32}>\]")


def _run(command: list[str], **extra: object) -> bytes:
    return subprocess.run(command, check=True, capture_output=True, timeout=300, **extra).stdout  # type: ignore[call-overload]


def missing(blank: bool = False) -> str | None:
    """What this machine lacks of the tools filling the form and writing the visits (and, with `blank`,
    of java's iText 2.1.7 drawing the empty form), or None when it has them."""
    for program in ("faketime", "ruby", SYSTEM_PYTHON) + (("java",) if blank else ()):
        if shutil.which(program) is None:
            return f"{program} is missing: see this script's docstring"
    checks = {
        "poppler for the system python3 (apt install python3-gi gir1.2-poppler-0.18)": [
            SYSTEM_PYTHON,
            "-c",
            "import gi; gi.require_version('Poppler', '0.18')",
        ],
        "ruby's builder gem (apt install ruby-builder)": ["ruby", "-e", 'require "builder"'],
    }
    for what, command in checks.items():
        if subprocess.run(command, capture_output=True, check=False).returncode:
            return f"{what} is missing: see this script's docstring"
    if blank and not Path(_itext_jar()).is_file():
        return "iText 2.1.7 is missing (apt install libitext-java or set ITEXT2_JAR): see the docstring"
    return None


def _itext_jar() -> str:
    return os.environ.get("ITEXT2_JAR", "/usr/share/java/itext.jar")


def blank_form() -> bytes:
    """The empty form as iText 2.1.7 draws it now (its /ID another each run)."""
    if (lacking := missing(blank=True)) is not None:
        sys.exit(lacking)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "blank.pdf"
        _run(["java", "-cp", _itext_jar(), str(JAVA), str(out)])
        return out.read_bytes()


def without_id(pdf: bytes) -> bytes:
    """iText's PDF with its random /ID blanked (the same length, so nothing else moves)."""
    return ITEXT_ID.sub(lambda m: b"/ID [<" + b"0" * 32 + b"><" + b"0" * 32 + b">]", pdf)


def filled_form() -> bytes:
    """The kept empty form as the caseworker fills and saves it in a poppler viewer, its clock pinned."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "praktikaftale.pdf"
        env = {**os.environ, "TZ": "UTC"}
        _run(["faketime", "-f", SAVED_AT, SYSTEM_PYTHON, str(FILL), str(BLANK), str(out)], env=env)
        return out.read_bytes()


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs poppler's GLib API, faketime and
    ruby's builder)."""
    if (lacking := missing()) is not None:
        sys.exit(lacking)
    return {
        GOLDEN / "praktikaftale.pdf": filled_form(),
        GOLDEN / "mentorbesoeg.xml": _run(["ruby", str(RUBY)]),
    }


if __name__ == "__main__":
    if "--blank" in sys.argv:
        write_all({BLANK: blank_form()})
    write_all(render_all())
