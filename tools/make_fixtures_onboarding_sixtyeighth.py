"""The sixty-eighth trial's forms: `python -m tools.make_fixtures_onboarding_sixtyeighth`.

NEEDS java (a JDK 11 or later, to run a single source file) with XStream and Super CSV (Debian:
`apt-get install libxstream-java libsuper-csv-java`, 1.4.20 and 2.4.0; the folder of their jars named by
`XSTREAM_JARS`, /usr/share/java by default). CI does not run this: the tests read the files kept in
tests/onboarding/golden/fredericia/.

Fredericia (607) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
case system writes the month's new placement agreements with XStream's defaults
(`tools/xstream/FredericiaPraktikaftaler.java`): no declaration, a `LinkedList` as `<linked-list>`, each
agreement named by its class's fully qualified name, null fields left out, enums by their constants'
names, a `LocalDate` as ISO, the legacy `java.util.Date` start in UTC (`2027-05-02 22:00:00.0 UTC` for
Fredericia's midnight of 3 May), and the caseworker both agreements share written once and then as
`reference="../../dk.fredericia.jobcenter.praktik.Praktikaftale/sagsbehandler"`. Its mentor supplier's
time registration writes the month's mentor visits with Super CSV's `CsvBeanWriter` and
`EXCEL_NORTH_EUROPE_PREFERENCE` (`tools/supercsv/FredericiaMentortimer.java`): `;`, `\\n`, the beans'
property names as header, `FmtDate("dd-MM-yyyy")`, `FmtNumber("0.00")` in the JVM's Danish locale
(`1,50`), `FmtBool("ja", "nej")`, an `Optional()` note (one with a line break inside its quotes), the
approval day `FmtDate("d. MMMM yyyy")` (`31. maj 2027`). Nothing in either carries a clock: the same bytes
each run (TZ is pinned to Europe/Copenhagen, as the senders' servers run). The records beside them were
written by hand from the files' text, before the hub read them (decision 0060, "Stop 73: trial-128").
`variant()` and `xml_variant()` are the probes: a second programmer's `CsvListWriter` with
`STANDARD_PREFERENCE` in an English JVM, and a second XStream user's aliases with `ID_REFERENCES`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "fredericia"
XML = ROOT / "tools" / "xstream" / "FredericiaPraktikaftaler.java"
CSV = ROOT / "tools" / "supercsv" / "FredericiaMentortimer.java"
ENV = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"}
DANISH = ("-Duser.language=da", "-Duser.country=DK")  # the supplier's JVM: FmtNumber's decimal comma


def _jar(name: str) -> Path:
    return Path(os.environ.get("XSTREAM_JARS", "/usr/share/java")) / f"{name}.jar"


def missing() -> str | None:
    """What this machine lacks of java with XStream and Super CSV, or None."""
    if shutil.which("java") is None:
        return "java is missing: see this script's docstring"
    if absent := [jar.name for jar in map(_jar, ("xstream", "super-csv")) if not jar.is_file()]:
        return f"{', '.join(absent)} missing (apt-get install libxstream-java libsuper-csv-java)"
    return None


def _run(jar: str, source: Path, name: str, arguments: tuple[str, ...], options: tuple[str, ...]) -> bytes:
    if reason := missing():
        sys.exit(reason)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / name
        command = ["java", *options, "-cp", str(_jar(jar)), str(source), str(out), *arguments]
        subprocess.run(command, check=True, capture_output=True, env=ENV, timeout=300)
        return out.read_bytes()


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs java with XStream and Super CSV)."""
    return {
        GOLDEN / "mentortimer.csv": _run("super-csv", CSV, "mentortimer.csv", (), DANISH),
        GOLDEN / "praktikaftaler.xml": _run("xstream", XML, "praktikaftaler.xml", (), ()),
    }


def variant() -> bytes:
    """The probe: the visits as a second programmer writes them, CsvListWriter, `,`, an English JVM."""
    english = ("-Duser.language=en", "-Duser.country=US")
    return _run("super-csv", CSV, "mentortimer.csv", ("variant",), english)


def xml_variant() -> bytes:
    """The probe: the agreements as a second XStream user writes them, aliased, with ID_REFERENCES."""
    return _run("xstream", XML, "praktikaftaler.xml", ("variant",), ())


if __name__ == "__main__":
    write_all(render_all())
