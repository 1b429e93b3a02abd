"""The seventieth trial's forms: `python -m tools.make_fixtures_onboarding_seventieth`.

NEEDS g++ with pugixml's headers and library (Debian: `apt-get install g++ libpugixml-dev`, pugixml 1.13),
and Rscript with readr (Debian: `apt-get install r-cran-readr`, readr 2.1.4). CI does not run this: the
tests read the files kept in tests/onboarding/golden/aalborg/.

Aalborg (851) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
in-house C++ integration writes the month's new placement agreements with pugixml
(`tools/pugixml/aalborg_praktikaftaler.cpp`, compiled here): `xml_document::save` at its defaults, a tab
a level and `<?xml version="1.0"?>`, identifiers, the period and the benefit's code as attributes beside
elements, the weekly hours a double through `std::to_string` (`18.500000`), the mentor's employer a
`bool` (`true`/`false`), a visitation the case system holds none of an empty element (`<visitation />`),
the purpose a CDATA section. Its analyst's R script exports the month's mentor visits for Excel with
readr's `write_excel_csv2` (`tools/readr/aalborg_mentortimer.R`): a BOM, `;`, every text, number and
date quoted, a logical and a missing value `NA` bare, hours with a decimal comma padded to the column's
decimals (`"1,50"`, `"2,00"`), days ISO, the moment approved `"2027/09/30 14:05:00"`. Nothing in either
carries a clock: the same bytes each run. The records beside them were written by hand from the files'
text, before the hub read them (decision 0060, "Stop 73: trial-130").
`raw_variant()`, `latin1_variant()` and `csv2_variant()` are the probes: a second C++ programmer's
`format_raw | format_no_declaration` and `encoding_latin1`, and a second R user's `write_csv2`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "aalborg"
CPP = ROOT / "tools" / "pugixml" / "aalborg_praktikaftaler.cpp"
R = ROOT / "tools" / "readr" / "aalborg_mentortimer.R"
ENV = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"}


def missing() -> str | None:
    """What this machine lacks of g++ with pugixml, and Rscript with readr, or None."""
    if shutil.which("g++") is None:
        return "g++ is missing (apt-get install g++ libpugixml-dev)"
    if not Path("/usr/include/pugixml.hpp").is_file():
        return "pugixml's headers are missing (apt-get install libpugixml-dev)"
    if shutil.which("Rscript") is None:
        return "Rscript is missing (apt-get install r-cran-readr)"
    probe = subprocess.run(["Rscript", "-e", "library(readr)"], capture_output=True, timeout=300)
    if probe.returncode:
        return "R's readr is missing (apt-get install r-cran-readr)"
    return None


def _run(folder: Path, program: list[str], name: str, arguments: tuple[str, ...]) -> bytes:
    out = folder / name
    subprocess.run([*program, str(out), *arguments], check=True, capture_output=True, env=ENV, timeout=300)
    return out.read_bytes()


def _xml(*arguments: str) -> bytes:
    if reason := missing():
        sys.exit(reason)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        program = folder / "aalborg_praktikaftaler"
        build = ["g++", "-std=c++17", "-O0", "-o", str(program), str(CPP), "-lpugixml"]
        subprocess.run(build, check=True, capture_output=True, env=ENV, timeout=300)
        return _run(folder, [str(program)], "praktikaftaler.xml", arguments)


def _csv(*arguments: str) -> bytes:
    if reason := missing():
        sys.exit(reason)
    with tempfile.TemporaryDirectory() as name:
        return _run(Path(name), ["Rscript", str(R)], "mentortimer.csv", arguments)


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs g++ with pugixml, and R's readr)."""
    return {GOLDEN / "mentortimer.csv": _csv(), GOLDEN / "praktikaftaler.xml": _xml()}


def raw_variant() -> bytes:
    """The probe: the agreements saved with `format_raw | format_no_declaration`, one line."""
    return _xml("raw")


def latin1_variant() -> bytes:
    """The probe: the agreements saved with `encoding_latin1` (an `ISO-8859-1` declaration)."""
    return _xml("latin1")


def csv2_variant() -> bytes:
    """The probe: the visits as a second R user writes them, `write_csv2`: no BOM, quotes only where
    needed, the moment approved in UTC with a `Z`."""
    return _csv("csv2")


if __name__ == "__main__":
    write_all(render_all())
