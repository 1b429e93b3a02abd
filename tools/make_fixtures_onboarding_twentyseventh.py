"""The twenty-seventh trial's forms: `python -m tools.make_fixtures_onboarding_twentyseventh`.

NEEDS `java` (17) with OpenPDF 2.0.5 (`com.github.librepdf:openpdf`; on Java 17 nothing newer): the jar
`mvn dependency:get -Dartifact=com.github.librepdf:openpdf:2.0.5` puts under ~/.m2, or OPENPDF_JAR naming
it. Where Maven Central cannot be reached, the jar is built from OpenPDF's source at its tag `2.0.5` (the
`openpdf` module's `src/main/java` compiled by `javac` against Debian's libbcprov-java, libbcpkix-java,
libicu4j-java and libfop-java, its `src/main/resources` beside the classes), as this trial's was. And
pyexcelerate (0.13.0) in an environment of its own, never the hub's: `python3 -m venv
var/venv-pyexcelerate && var/venv-pyexcelerate/bin/pip install pyexcelerate==0.13.0` in the repository
(or PYEXCELERATE_PYTHON naming that python). CI does not run this: the tests read the files kept in
tests/onboarding/golden/jammerbugt/ (each run writes the same bytes).

Jammerbugt (849) is onboarded by config alone on forms no earlier trial's programs made. Its placement
agreements ("Aftale om virksomhedspraktik", three: the mentor the company's, then the job centre's, both
filled as the form is made; the third the blank form filled by OpenPDF's `PdfStamper`, as a case system
fills it for each case) are a Java case system's PDF form made with OpenPDF
(`tools/openpdf/JammerbugtPraktikaftale.java`):
text fields named as a Java developer names them (`borgerCpr`, `startDato`), each by `TextField`, labels
drawn left of the boxes under ruled headings; the benefit a combo box whose lines are `[code, words]`
(`KH` beside `Kontanthjælp`; its value the code, the words drawn); the visitation three checkboxes whose
on-state is `/Ja`; the mentor's employer a radio group by `RadioCheckField` (`/virksomhed`,
`/jobcenter`); days as Java's Danish medium style prints them (`4. maj 2026`, `31. jul. 2026`); the CPR
with its dash (the third typed without it); hours `22,5`; a purpose of two lines, and a box the record
does not read. Its mentor hours are the mentor portal's month as pyexcelerate writes it
(`tools/pyexcelerate/jammerbugt_mentortimer.py`): inline strings, no shared strings and no
`<dimension>`, the citizen's facts as labels down column A, a day a row with its date a number styled
`yyyy-mm-dd`, hours numbers, a total `=SUM(...)` with no value cached, the mentor's approval under it.
The records beside them were written by hand from the PDFs as `pdftoppm` draws them and from the
workbook's cells as openpyxl lists them, before the hub read them (decision
0060, "Stop 61: trial-74").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "jammerbugt"
JAVA = ROOT / "tools" / "openpdf" / "JammerbugtPraktikaftale.java"
WORKBOOK = ROOT / "tools" / "pyexcelerate" / "jammerbugt_mentortimer.py"
# The agreements: the first two filled as the form is made, the third the blank form filled by PdfStamper.
AGREEMENTS = (
    ("1", "praktikaftale.pdf"),
    ("2", "praktikaftale_jobcenter.pdf"),
    ("3", "praktikaftale_stempel.pdf"),
)
M2_JAR = Path.home() / ".m2/repository/com/github/librepdf/openpdf/2.0.5/openpdf-2.0.5.jar"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs java, OpenPDF and pyexcelerate)."""
    jar = os.environ.get("OPENPDF_JAR", str(M2_JAR))
    if shutil.which("java") is None or not Path(jar).exists():
        sys.exit(f"java or OpenPDF 2.0.5 is missing ({jar}): see this script's docstring")
    python = os.environ.get("PYEXCELERATE_PYTHON", str(ROOT / "var" / "venv-pyexcelerate" / "bin" / "python"))
    if not Path(python).exists():
        sys.exit(f"pyexcelerate's python is missing ({python}): see this script's docstring")
    made = {}
    with tempfile.TemporaryDirectory() as folder:
        for agreement, name in AGREEMENTS:
            out = Path(folder) / name
            run = ["java", "-cp", jar, str(JAVA), str(out), agreement]
            subprocess.run(run, check=True, timeout=300, capture_output=True)
            made[GOLDEN / name] = out.read_bytes()
        out = Path(folder) / "mentortimer.xlsx"
        subprocess.run([python, str(WORKBOOK), str(out)], check=True, timeout=300, capture_output=True)
        made[GOLDEN / "mentortimer.xlsx"] = out.read_bytes()
    return made


if __name__ == "__main__":
    write_all(render_all())
