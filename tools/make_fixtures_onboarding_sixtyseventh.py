"""The sixty-seventh trial's forms: `python -m tools.make_fixtures_onboarding_sixtyseventh`.

NEEDS java (a JDK 11 or later, to run a single source file) with Jackson's XmlMapper and Woodstox (Debian:
`apt-get install libjackson2-dataformat-xml-java libwoodstox-java`, 2.14 and 6.2; the folder of their jars
named by `JACKSON_JARS`, /usr/share/java by default), and tclsh with tcllib's csv package (Debian:
`apt-get install tcllib`, csv 0.8.1). CI does not run this: the tests read the files kept in
tests/onboarding/golden/aarhus/.

Aarhus (751) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
Spring-era case system writes the month's new placement agreements with Jackson's `XmlMapper` and its
defaults (`tools/jackson/AarhusPraktikaftaler.java`): one line, no declaration, the root named after its
class, a list wrapped twice under one name (`<aftaler><aftaler sagsnr=...>`), a `null` visitation an
empty element and a `null` purpose left out (`@JsonInclude(NON_NULL)`), a BigDecimal as written
(`18.50`), a Boolean `true`/`false`, and each day a `java.util.Date` made at Aarhus' midnight written as
its timestamp, milliseconds since 1970 (`1809295200000`, 3 May 2027). Its older job-centre integration, a
Tcl script, writes the month's mentor visits with tcllib's `csv::joinlist` and a `;`
(`tools/tcllibcsv/aarhus_mentortimer.tcl`): quotes only where a value needs them, `\\n` after each row
and one more from `puts`, Latin-1 bytes (Tcl's system encoding under LANG=C), days `03.05.2027`, hours
with a decimal comma. Nothing in either carries a clock: the same bytes each run (TZ is pinned to
Europe/Copenhagen, as the senders' servers run). The records beside them were written by hand from the
files' text, before the hub read them (decision 0060, "Stop 72: trial-125").
`variant()` and `xml_variant()` are the probes: a second Tcl user's default `,` separator, and a second
Java programmer's INDENT_OUTPUT with the XML declaration.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "aarhus"
JAVA = ROOT / "tools" / "jackson" / "AarhusPraktikaftaler.java"
TCL = ROOT / "tools" / "tcllibcsv" / "aarhus_mentortimer.tcl"
JARS = ("jackson-dataformat-xml", "jackson-databind", "jackson-core", "jackson-annotations", "stax2-api")
WOODSTOX = "woodstox-core"  # without it the JDK's own StAX writer gives attributes random prefixes
ENV = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen"}


def _jars() -> list[Path]:
    folder = Path(os.environ.get("JACKSON_JARS", "/usr/share/java"))
    return [folder / f"{name}.jar" for name in (*JARS, WOODSTOX)]


def missing() -> str | None:
    """What this machine lacks of java with Jackson and Woodstox, and tclsh with tcllib, or None."""
    if shutil.which("java") is None:
        return "java is missing: see this script's docstring"
    if absent := [jar.name for jar in _jars() if not jar.is_file()]:
        return (
            f"{', '.join(absent)} missing (apt-get install libjackson2-dataformat-xml-java libwoodstox-java)"
        )
    if shutil.which("tclsh") is None:
        return "tclsh is missing (apt-get install tcl tcllib)"
    probe = subprocess.run(["tclsh"], input=b"puts [package require csv]\n", capture_output=True, timeout=60)
    if probe.returncode:
        return "tcllib's csv package is missing (apt-get install tcllib)"
    return None


def _run(program: list[str], name: str, arguments: tuple[str, ...], lang: str) -> bytes:
    if reason := missing():
        sys.exit(reason)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / name
        command = [*program, str(out), *arguments]
        subprocess.run(command, check=True, capture_output=True, env=ENV | {"LANG": lang}, timeout=300)
        return out.read_bytes()


def _xml(*arguments: str) -> bytes:
    classpath = ":".join(str(jar) for jar in _jars())
    return _run(
        ["java", "-cp", classpath, str(JAVA)], "praktikaftaler.xml", arguments, "C.UTF-8"
    )  # the source's Danish letters


def _csv(*arguments: str) -> bytes:
    # the script's own text is UTF-8; the file it writes is in Tcl's system encoding, Latin-1 under C
    return _run(["tclsh", "-encoding", "utf-8", str(TCL)], "mentortimer.csv", arguments, "C")


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs java with Jackson, and tcllib)."""
    return {GOLDEN / "mentortimer.csv": _csv(), GOLDEN / "praktikaftaler.xml": _xml()}


def variant() -> bytes:
    """The probe: the visits as a second tcllib user writes them, csv::joinlist's default `,`."""
    return _csv("variant")


def xml_variant() -> bytes:
    """The probe: the agreements as a second Jackson user writes them, indented with a declaration."""
    return _xml("variant")


if __name__ == "__main__":
    write_all(render_all())
