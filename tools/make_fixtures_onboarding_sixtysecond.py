"""The sixty-second trial's forms: `python -m tools.make_fixtures_onboarding_sixtysecond`.

NEEDS a JDK's `java` (17, which runs a single source file) with Debian's Apache Commons CSV jar in
/usr/share/java (`apt install libcommons-csv-java`: 1.9.0), and a python with PyPI's dicttoxml (1.7.16),
e.g. `pip install --target var/dicttoxml dicttoxml==1.7.16`; the folder named by `HOLBAEK_PYTHONPATH`,
var/dicttoxml by default. CI does not run this: the tests read the files kept in
tests/onboarding/golden/holbaek/ (each run writes the same bytes: the Java program's clock is not in the
file, its `java.util.Date`s are fixed moments printed in Europe/Copenhagen, set here).

Holbæk (316) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's Java
case system exports the month's mentor grants with Commons CSV
(`tools/commonscsv/HolbaekMentorbevillinger.java`): `CSVFormat.EXCEL` with a semicolon, quotes only
where needed, "\\r\\n" after every record, a null left empty; each value its own `toString()`: a
`LocalDate` `2027-04-05`, the hours a week a double (`7.5`, `10.0`), a `Boolean`, and the day granted a
`java.util.Date`, `Tue Mar 23 14:05:12 CET 2027`; the rate `String.format` in Danish, `412,50`. Its
assessment supplier's web service sends the month's progress reports as XML made by dicttoxml
(`tools/dicttoxml/holbaek_statusudtalelser.py`): one line, every element with its Python type
(`type="int"`), a list's members `<item>`, a `None` an empty `type="null"` element, the marks a list of
areas and marks. The records beside them were written by hand from the files' text, before the hub read
them (decision 0060, "Stop 71: trial-120").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "holbaek"
JAR = Path("/usr/share/java/commons-csv.jar")
JAVA = ROOT / "tools" / "commonscsv" / "HolbaekMentorbevillinger.java"
SCRIPT = ROOT / "tools" / "dicttoxml" / "holbaek_statusudtalelser.py"


def _python_path() -> str:
    return os.environ.get("HOLBAEK_PYTHONPATH", str(ROOT / "var" / "dicttoxml"))


def missing() -> str | None:
    """What the forms' programs lack here, or None."""
    if not shutil.which("java"):
        return "no java"
    if not JAR.is_file():
        return f"no {JAR}: see the docstring"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": _python_path()}
    probe = [sys.executable, "-c", "import dicttoxml"]
    if subprocess.run(probe, timeout=120, capture_output=True, env=env).returncode:
        return f"no dicttoxml on {_python_path()}: see the docstring"
    return None


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs java, Commons CSV's jar and dicttoxml)."""
    if reason := missing():
        sys.exit(reason)
    env = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"}
    env["PYTHONPATH"] = _python_path()
    xml = subprocess.run([sys.executable, str(SCRIPT)], check=True, timeout=300, capture_output=True, env=env)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "mentorbevillinger.csv"
        run = ["java", "-cp", str(JAR), str(JAVA), str(out)]
        subprocess.run(run, check=True, timeout=300, capture_output=True, env=env, cwd=folder)
        csv = out.read_bytes()
    return {GOLDEN / "mentorbevillinger.csv": csv, GOLDEN / "statusudtalelser.xml": xml.stdout}


if __name__ == "__main__":
    write_all(render_all())
