"""The sixtieth trial's forms: `python -m tools.make_fixtures_onboarding_sixtieth`.

NEEDS a JDK's `java` (17, which runs a single source file) and Debian's opencsv and JAXB jars in
/usr/share/java (`apt install libopencsv-java libjaxb-api-java libjaxb-java`: opencsv 5.2 with
commons-lang3; jaxb-api 2.3.1 with jaxb-runtime 2.3.0.1 and what it loads). CI does not run this: the
tests read the files kept in tests/onboarding/golden/koege/ (each run writes the same bytes; JAXB's
runtime may say on stderr that it reflects into java.lang, which is left there).

Køge (259) is onboarded by config alone on forms no earlier trial's programs made. Its mentor supplier's
Java case system writes a month of mentor visits with opencsv's CSVWriter at its defaults
(`tools/opencsv/KoegeMentorbesoeg.java`): a comma, every value quoted, a quote doubled, "\\n" after
every row, a null left empty without quotes; a visit a row, a day `LocalDate.toString()`, its length
`Duration.toString()` (`PT1H30M`), the rate `BigDecimal.toPlainString()`, approval `Boolean.toString()`,
camelCase column names, a note over two lines. Its job centre's case system writes the placements that
ended in a month with JAXB (`tools/jaxb/KoegeAfslutninger.java`, JAXB_FORMATTED_OUTPUT): the root in a
namespace under JAXB's made-up prefix `ns2:`, everything under it in no namespace, a missing note
`xsi:nil="true"`, the days `XMLGregorianCalendar`s with their zone (`2027-04-30+02:00`), the outcome an
enum's name (`ORDINAERT_JOB`). The records beside them were written by hand from the files' text, before
the hub read them (decision 0060, "Stop 70: trial-118").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "koege"
JARS = Path("/usr/share/java")
# Each program, the file it writes and the jars on its class path.
PROGRAMS = {
    "mentorbesoeg.csv": (ROOT / "tools" / "opencsv" / "KoegeMentorbesoeg.java", ("opencsv", "commons-lang3")),
    "afslutninger.xml": (
        ROOT / "tools" / "jaxb" / "KoegeAfslutninger.java",
        ("jaxb-api", "jaxb-runtime", "jaxb-core", "javax.activation", "istack-commons-runtime", "txw2")
        + ("stax-ex", "FastInfoset"),
    ),
}


def missing() -> str | None:
    """What the forms' programs lack here, or None."""
    if not shutil.which("java"):
        return "no java"
    for _, jars in PROGRAMS.values():
        for jar in jars:
            if not (JARS / f"{jar}.jar").is_file():
                return f"no {JARS}/{jar}.jar: see the docstring"
    return None


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs java, opencsv's and JAXB's jars)."""
    if reason := missing():
        sys.exit(reason)
    env = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"}
    made = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, (source, jars) in PROGRAMS.items():
            out = Path(folder) / name
            path = ":".join(str(JARS / f"{jar}.jar") for jar in jars)
            run = ["java", "-cp", path, str(source), str(out)]
            subprocess.run(run, check=True, timeout=300, capture_output=True, env=env, cwd=folder)
            made[GOLDEN / name] = out.read_bytes()
    return made


if __name__ == "__main__":
    write_all(render_all())
