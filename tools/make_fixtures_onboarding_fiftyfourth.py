"""The fifty-fourth trial's forms: `python -m tools.make_fixtures_onboarding_fiftyfourth`.

NEEDS `javac` and `java` (17) with Flying Saucer R8 and iText 2.1.7 (Debian's `libcore-renderer-java`,
which brings `libitext-java`: /usr/share/java/core-renderer.jar and itext.jar, or FLYING_SAUCER_JARS
naming both, `:`-joined), and R with xml2 (Debian's `r-cran-xml2`, `Rscript` on PATH). CI does not run
this: the tests read the files kept in tests/onboarding/golden/frederikssund/ (the XML is the same bytes
each run; the PDF too but for its /ID, which iText 2 draws from the clock: the tool pins the dates).

Frederikssund (250) is onboarded by config alone on forms no earlier trial's programs made. Its job
centre's Java placement module prints the placement agreement from an XHTML template with Flying Saucer
(`tools/flyingsaucer/FrederikssundPraktikaftale.java`: Flying Saucer's own TextFormField, CheckboxFormField
and SelectFormField, which Debian's R8 ships but does not wire; the module's factory hands them each
`<input>` and `<select>`). Its mentor firm's monthly R script writes the month's visits with xml2
(`tools/xml2/frederikssund_mentortimer.R`: a visit's length R's `format()` of a difftime, "1.5 hours",
"45 mins"). The records beside them were written by hand from the files, before the hub read them
(decision 0060, "Stop 68: trial-112").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, need_r_package, r_script_output, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "frederikssund"
TOOL = ROOT / "tools" / "flyingsaucer"
SCRIPT = ROOT / "tools" / "xml2" / "frederikssund_mentortimer.R"
JARS = "/usr/share/java/core-renderer.jar:/usr/share/java/itext.jar"


def agreement_pdf(jars: str) -> bytes:
    """The placement agreement as the job centre's module renders it with Flying Saucer."""
    with tempfile.TemporaryDirectory() as folder:
        source = TOOL / "FrederikssundPraktikaftale.java"
        run = {"check": True, "timeout": 300, "capture_output": True}
        subprocess.run(["javac", "-d", folder, "-cp", jars, str(source)], **run)  # type: ignore[call-overload]
        out = Path(folder) / "praktikaftale.pdf"
        template = TOOL / "frederikssund_praktikaftale.xhtml"
        command = ["java", "-cp", f"{folder}:{jars}", "FrederikssundPraktikaftale", str(template), str(out)]
        subprocess.run(command, **run)  # type: ignore[call-overload]
        return out.read_bytes()


def visits_xml() -> bytes:
    """The month's mentor visits as the firm's R script writes them with xml2."""
    return r_script_output(SCRIPT, "mentortimer.xml")


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs Flying Saucer, javac and R's xml2)."""
    jars = os.environ.get("FLYING_SAUCER_JARS", JARS)
    if shutil.which("javac") is None or not all(Path(jar).is_file() for jar in jars.split(":")):
        sys.exit(f"javac or Flying Saucer's jars ({jars}) are missing: see this script's docstring")
    need_r_package("xml2", "r-cran-xml2")
    return {GOLDEN / "praktikaftale.pdf": agreement_pdf(jars), GOLDEN / "mentortimer.xml": visits_xml()}


if __name__ == "__main__":
    write_all(render_all())
