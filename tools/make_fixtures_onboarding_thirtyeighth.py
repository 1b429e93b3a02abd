"""The thirty-eighth trial's forms: `python -m tools.make_fixtures_onboarding_thirtyeighth`.

NEEDS `go` (Debian's `golang-go`, Go 1.19; the standard library alone, built offline in GOPATH mode: no
module proxy), the system's time zone data (`tzdata`, for Europe/Copenhagen), and g++ with PoDoFo 0.9.8
(`apt-get install -y g++ libpodofo-dev`, found by pkg-config). CI does not run this:
the tests read the files kept in tests/onboarding/golden/syddjurs/ (each run writes the same bytes).

Syddjurs (706) is onboarded by config alone on forms no earlier trial's programs made. Its Go case system
writes two with the standard library. The mentor hours are `encoding/xml`'s `MarshalIndent` of the
system's structs (`tools/gostdlib/syddjurs_mentortimer.go`): an `xmlns` on every element, times as
`time.Time` writes them (`2026-10-19T09:00:00+02:00`), a visit's length as `time.Duration.String()`
(`1h30m0s`), an approval not yet given left out by `omitempty`. The placement agreements are
`encoding/csv`'s (`tools/gostdlib/syddjurs_praktikaftaler.go`): `;` and CRLF, each value `fmt.Sprint` of
its Go value, so a day is `2026-10-19 00:00:00 +0200 CEST` and the mentor's employer `true`. A third
citizen's placement agreement is a PDF form the job centre's C++ desktop tool fills with PoDoFo
(`tools/podofo/syddjurs_praktikaftale.cpp`): text fields named after the system's columns with Danish
tooltips, every value a UTF-16BE string (digits too), check boxes on as `/Yes`, no appearance streams.
The records beside them were written by hand from the files, before the hub read them (decision 0060,
"Stop 64: trial-85").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "syddjurs"
SOURCES = ROOT / "tools" / "gostdlib"
PROGRAMS = {"mentortimer.xml": "syddjurs_mentortimer.go", "praktikaftaler.csv": "syddjurs_praktikaftaler.go"}
PODOFO_SOURCE = ROOT / "tools" / "podofo" / "syddjurs_praktikaftale.cpp"


def _podofo_flags() -> list[str]:
    """The compiler's flags for PoDoFo, from pkg-config; exits saying what is missing."""
    if shutil.which("g++") is None or shutil.which("pkg-config") is None:
        sys.exit("g++ or pkg-config is missing: see this script's docstring")
    found = subprocess.run(["pkg-config", "--cflags", "--libs", "libpodofo"], capture_output=True, text=True)
    if found.returncode != 0:
        sys.exit("PoDoFo is missing (libpodofo-dev): see this script's docstring")
    return found.stdout.split()


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs go, and g++ with PoDoFo)."""
    flags = _podofo_flags()
    if shutil.which("go") is None:
        sys.exit("go is missing (golang-go): see this script's docstring")
    if not Path("/usr/share/zoneinfo/Europe/Copenhagen").exists():
        sys.exit("the time zone data is missing (tzdata): see this script's docstring")
    made: dict[Path, bytes] = {}
    with tempfile.TemporaryDirectory() as folder:
        # GOPATH mode, offline, the build cache in the temporary folder: the standard library alone
        env = {**os.environ, "GO111MODULE": "off", "GOFLAGS": "", "GOCACHE": str(Path(folder) / "gocache")}
        for name, source in PROGRAMS.items():
            done = subprocess.run(
                ["go", "run", str(SOURCES / source)], check=True, timeout=600, capture_output=True, env=env
            )
            made[GOLDEN / name] = done.stdout
        program, pdf = Path(folder) / "praktikaftale", Path(folder) / "praktikaftale.pdf"
        subprocess.run(
            ["g++", "-std=c++17", "-o", str(program), str(PODOFO_SOURCE), *flags], check=True, timeout=600
        )
        subprocess.run([str(program), str(pdf)], check=True, timeout=300)
        made[GOLDEN / pdf.name] = pdf.read_bytes()
    return made


if __name__ == "__main__":
    write_all(render_all())
