"""The thirty-eighth trial's forms: `python -m tools.make_fixtures_onboarding_thirtyeighth`.

NEEDS `go` (Debian's `golang-go`, Go 1.19; the standard library alone, built offline in GOPATH mode: no
module proxy) and the system's time zone data (`tzdata`, for Europe/Copenhagen). CI does not run this:
the tests read the files kept in tests/onboarding/golden/syddjurs/ (each run writes the same bytes).

Syddjurs (706) is onboarded by config alone on forms no earlier trial's programs made, both written by its
Go case system with the standard library. The mentor hours are `encoding/xml`'s `MarshalIndent` of the
system's structs (`tools/gostdlib/syddjurs_mentortimer.go`): an `xmlns` on every element, times as
`time.Time` writes them (`2026-10-19T09:00:00+02:00`), a visit's length as `time.Duration.String()`
(`1h30m0s`), an approval not yet given left out by `omitempty`. The placement agreements are
`encoding/csv`'s (`tools/gostdlib/syddjurs_praktikaftaler.go`): `;` and CRLF, each value `fmt.Sprint` of its
Go value, so a day is `2026-10-19 00:00:00 +0200 CEST` and the mentor's employer `true`. The records beside
them were written by hand from the files, before the hub read them (decision 0060, "Stop 64: trial-85").
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


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs go)."""
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
    return made


if __name__ == "__main__":
    write_all(render_all())
