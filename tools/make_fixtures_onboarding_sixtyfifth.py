"""The sixty-fifth trial's forms: `python -m tools.make_fixtures_onboarding_sixtyfifth`.

NEEDS node with d3-dsv (3.0.2: `npm install --prefix var/d3-dsv d3-dsv@3.0.2`; its ES module named by
`D3_DSV`, var/d3-dsv/node_modules/d3-dsv/dist/d3-dsv.mjs by default). The XML needs only Python's standard
library. CI does not run this: the tests read the files kept in tests/onboarding/golden/esbjerg/.

Esbjerg (561) is onboarded by config alone on forms no earlier trial's programs made. Its case system
supplier's Python integration writes the month's new placement agreements with the standard library's
`xml.sax.saxutils.XMLGenerator` (`tools/xmlgenerator/esbjerg_praktikaftaler.py`): ISO-8859-1 with a
character reference for an en dash, the whole document on one line, every element under the prefix `pa:`,
an attribute in single quotes where its value holds a double quote, an element with no text a start and
an end tag; a `date`, a `Decimal`, a `float` and a `bool` as `str()` writes them (`2027-05-03`, `18.50`,
`0.0`, `True`), a `None` no text. Its mentor supplier's web page writes a month of mentor visits with
d3-dsv's `csvFormat` (`tools/d3dsv/esbjerg_mentortimer.mjs`): quotes only where needed, the header the
rows' keys in the order first met (the remark, which only a later row has, last), each day a `Date` in
d3's ISO form (`2027-05-03` at UTC midnight, `2027-05-31T12:05Z` else), hours a sum in binary floating
point (`1.2999999999999998`), `\\n` between rows and none after the last. Nothing in either carries a
clock: the same bytes each run (TZ is pinned to Europe/Copenhagen, as the senders' servers run). The
records beside them were written by hand from the files' text, before the hub read them (decision 0060,
"Stop 72: trial-123"). `variant()` is the probe: each program as a second user writes it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "esbjerg"
HOURS = ROOT / "tools" / "d3dsv" / "esbjerg_mentortimer.mjs"
AGREEMENTS = ROOT / "tools" / "xmlgenerator" / "esbjerg_praktikaftaler.py"


def _d3_dsv() -> Path:
    default = ROOT / "var" / "d3-dsv" / "node_modules" / "d3-dsv" / "dist" / "d3-dsv.mjs"
    return Path(os.environ.get("D3_DSV", str(default)))


def missing() -> str | None:
    """What this machine lacks of node and d3-dsv, or None when it has them."""
    if shutil.which("node") is None:
        return "node is missing: see this script's docstring"
    if not _d3_dsv().is_file():
        return "d3-dsv is missing (npm install --prefix var/d3-dsv d3-dsv@3.0.2, or D3_DSV)"
    return None


def _run(command: list[str], *arguments: str) -> bytes:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "D3_DSV": str(_d3_dsv())}
    env |= {"TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        command = [*command, str(out), *arguments]
        subprocess.run(command, check=True, capture_output=True, env=env, timeout=120)
        return out.read_bytes()


def _hours(*arguments: str) -> bytes:
    if reason := missing():
        sys.exit(reason)
    return _run(["node", str(HOURS)], *arguments)


def _agreements(*arguments: str) -> bytes:
    return _run([sys.executable, str(AGREEMENTS)], *arguments)


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs node and d3-dsv)."""
    return {GOLDEN / "mentortimer.csv": _hours(), GOLDEN / "praktikaftaler.xml": _agreements()}


def variant(name: str) -> bytes:
    """The probe, one form as a second user writes it: the visits (`mentortimer.csv`) by `dsvFormat(";")`
    with days at Esbjerg's midnight (needs node and d3-dsv), the agreements (`praktikaftaler.xml`) by
    `short_empty_elements=True`, UTF-8, no namespace and `str(None)`."""
    return _hours("variant") if name == "mentortimer.csv" else _agreements("variant")


if __name__ == "__main__":
    write_all(render_all())
