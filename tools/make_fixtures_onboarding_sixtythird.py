"""The sixty-third trial's forms: `python -m tools.make_fixtures_onboarding_sixtythird`.

NEEDS a C compiler (`cc`) with libharu 2.3.0 (Debian's `libhpdf-dev`), `faketime` (Debian's `faketime`),
and node with pdf.js (`pdfjs-dist` 5.4.296: `npm install --prefix var/pdfjs pdfjs-dist@5.4.296`; the
folder of its node_modules named by `PDFJS_NODE_MODULES`, var/pdfjs/node_modules by default) and with
csv-writer (1.6.0: `npm install --prefix var/csv-writer csv-writer@1.6.0`; `CSV_WRITER_NODE_MODULES`,
var/csv-writer/node_modules by default). CI does not run this: the tests read the files kept in
tests/onboarding/golden/slagelse/.

Slagelse (330) is onboarded by config alone on a form no earlier trial's programs made. Its job centre's C
report program draws the empty notice that a placement ended with libharu (`tools/libharu/`: libharu 2.3.0
has no form-field call, so the fields are built from its object layer; the CPR and P-number combed boxes
of ten, the outcome a radio group whose on-states are numbered `/1` to `/5`, a combo box of caseworkers, a
lone box on as `/Ja`); nothing in it carries a clock or an /ID, so it is the same bytes each run. A
caseworker fills it in Firefox's own viewer and saves: `tools/pdfjs/slagelse_udfyld.mjs` is pdf.js doing
what the viewer's widgets and its "Gem" do (`annotationStorage`, `saveDocument()`), which appends the
values and pdf.js's appearance streams as an incremental update, each widget's /M the moment saved; the
clock is pinned with faketime, so the same bytes come each run. Its mentor supplier's node script writes
the month's new mentor grants with csv-writer (`tools/csvwriter/`: each value `String(value)`, the weekly
hours a product computed in JavaScript, `3.3000000000000003`); nothing in it carries a clock. The records
beside them were written by hand, from the page as `pdftoppm` draws it and from the CSV's text, before the
hub read them (decision 0060, "Stop 71: trial-121").
`variant()` is the probe: a colleague opens the saved form, corrects the day and saves again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "slagelse"
C_SOURCE = ROOT / "tools" / "libharu" / "slagelse_ophoer.c"
FILL = ROOT / "tools" / "pdfjs" / "slagelse_udfyld.mjs"
GRANTS = ROOT / "tools" / "csvwriter" / "slagelse_mentorstoette.js"
HPDF_HEADER = Path("/usr/include/hpdf.h")
SAVED_AT = "2027-05-18 08:12:00"  # when the caseworker pressed "Gem", UTC (10:12 in Slagelse)
CORRECTED_AT = "2027-05-19 12:30:00"  # when a colleague saved it again (the probe)


def _modules() -> Path:
    return Path(os.environ.get("PDFJS_NODE_MODULES", str(ROOT / "var" / "pdfjs" / "node_modules")))


def _csv_writer_modules() -> Path:
    return Path(os.environ.get("CSV_WRITER_NODE_MODULES", str(ROOT / "var" / "csv-writer" / "node_modules")))


def _run(command: list[str], **extra: object) -> bytes:
    return subprocess.run(command, check=True, capture_output=True, timeout=300, **extra).stdout  # type: ignore[call-overload]


def missing() -> str | None:
    """What this machine lacks of libharu, faketime, pdf.js and csv-writer, or None when it has them."""
    for program in ("cc", "faketime", "node"):
        if shutil.which(program) is None:
            return f"{program} is missing: see this script's docstring"
    if not HPDF_HEADER.is_file():
        return "libharu is missing (apt install libhpdf-dev): see this script's docstring"
    if not (_modules() / "pdfjs-dist" / "package.json").is_file():
        return "pdf.js is missing (npm install --prefix var/pdfjs pdfjs-dist@5.4.296, or PDFJS_NODE_MODULES)"
    if not (_csv_writer_modules() / "csv-writer" / "package.json").is_file():
        return "csv-writer is missing (npm install --prefix var/csv-writer csv-writer@1.6.0): see docstring"
    return None


def blank_form(folder: Path) -> Path:
    """The empty form as libharu draws it, written in `folder`."""
    program, out = folder / "slagelse_ophoer", folder / "blank.pdf"
    _run(["cc", str(C_SOURCE), "-lhpdf", "-o", str(program)])
    _run([str(program), str(out)])
    return out


def _fill(source: Path, out: Path, at: str, *variant: str) -> bytes:
    env = {**os.environ, "TZ": "UTC", "NODE_PATH": str(_modules())}
    _run(["faketime", "-f", at, "node", str(FILL), str(source), str(out), *variant], env=env)
    return out.read_bytes()


def render_all() -> dict[Path, bytes]:
    """The trial's forms, path and bytes (nothing is written; needs libharu, faketime, pdf.js and
    csv-writer)."""
    if (lacking := missing()) is not None:
        sys.exit(lacking)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        blank = blank_form(folder)
        grants = folder / "mentorstoette.csv"
        _run(["node", str(GRANTS), str(grants)], env={**os.environ, "NODE_PATH": str(_csv_writer_modules())})
        return {
            GOLDEN / "ophoer.pdf": _fill(blank, folder / "ophoer.pdf", SAVED_AT),
            GOLDEN / "mentorstoette.csv": grants.read_bytes(),
        }


def blank() -> bytes:
    """The empty form's bytes as libharu draws them."""
    with tempfile.TemporaryDirectory() as name:
        return blank_form(Path(name)).read_bytes()


def variant() -> bytes:
    """The probe: the kept form opened again by a colleague, who corrects the last day to `13-05-2027`
    and the caseworker, and saves it once more (a second incremental update)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        first = folder / "first.pdf"
        first.write_bytes((GOLDEN / "ophoer.pdf").read_bytes())
        return _fill(first, folder / "rettet.pdf", CORRECTED_AT, "ret")


if __name__ == "__main__":
    write_all(render_all())
