"""The sixty-fourth trial's forms: `python -m tools.make_fixtures_onboarding_sixtyfourth`.

NEEDS node with json2csv (`@json2csv/plainjs` and `@json2csv/transforms` 7.0.8: `npm install --prefix
var/json2csv @json2csv/plainjs@7.0.8 @json2csv/transforms@7.0.8`; the folder of its node_modules named by
`JSON2CSV_NODE_MODULES`, var/json2csv/node_modules by default) and with xml-js (1.6.11: `npm install
--prefix var/xml-js xml-js@1.6.11`; `XML_JS_NODE_MODULES`, var/xml-js/node_modules by default). CI does not
run this: the tests read the files kept in tests/onboarding/golden/naestved/.

Næstved (370) is onboarded by config alone on forms no earlier trial's programs made. Its mentor supplier's
node case system exports a month of mentor visits with json2csv (`tools/json2csv/naestved_mentortimer.js`):
every string quoted, numbers and booleans bare, the header the nested keys joined by `.`, a course's list
of visits unwound into a row each, a missing key empty, `\\n` between rows and none after the last; each
day a JavaScript `Date` made at Næstved's midnight and written as its UTC instant
(`2027-05-02T22:00:00.000Z`, 3 May), a visit's length whole minutes. Its job centre's node integration
writes the month's new placement agreements with xml-js's `js2xml` on the compact form
(`tools/xmljs/naestved_praktikaftaler.js`): `_attributes`, plain values as text, a list a repeated
element, a `null` visitation and an `undefined` purpose empty elements, days `toLocaleDateString("da-DK")`
(`3.5.2027`), the mentor's employment a boolean attribute. Nothing in either carries a clock: the same
bytes each run (TZ is pinned to Europe/Copenhagen, as the senders' servers run). The records beside them
were written by hand from the files' text, before the hub read them (decision 0060, "Stop 71: trial-122").
`variant()` is the probe: a second programmer's `toLocaleDateString("da-DK")`, `;`, a BOM and `\\r\\n`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "naestved"
HOURS = ROOT / "tools" / "json2csv" / "naestved_mentortimer.js"
AGREEMENTS = ROOT / "tools" / "xmljs" / "naestved_praktikaftaler.js"


def _modules() -> Path:
    return Path(os.environ.get("JSON2CSV_NODE_MODULES", str(ROOT / "var" / "json2csv" / "node_modules")))


def _xml_js_modules() -> Path:
    return Path(os.environ.get("XML_JS_NODE_MODULES", str(ROOT / "var" / "xml-js" / "node_modules")))


def missing() -> str | None:
    """What this machine lacks of node, json2csv and xml-js, or None when it has them."""
    if shutil.which("node") is None:
        return "node is missing: see this script's docstring"
    for package in ("plainjs", "transforms"):
        if not (_modules() / "@json2csv" / package / "package.json").is_file():
            return f"@json2csv/{package} is missing (npm install --prefix var/json2csv ...): see docstring"
    if not (_xml_js_modules() / "xml-js" / "package.json").is_file():
        return "xml-js is missing (npm install --prefix var/xml-js xml-js@1.6.11, or XML_JS_NODE_MODULES)"
    return None


def _run(script: Path, *arguments: str) -> bytes:
    if reason := missing():
        sys.exit(reason)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "NODE_PATH": f"{_modules()}:{_xml_js_modules()}"}
    env |= {"TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        command = ["node", str(script), str(out), *arguments]
        subprocess.run(command, check=True, capture_output=True, env=env, timeout=120)
        return out.read_bytes()


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs node, json2csv and xml-js)."""
    return {GOLDEN / "mentortimer.csv": _run(HOURS), GOLDEN / "praktikaftaler.xml": _run(AGREEMENTS)}


def variant() -> bytes:
    """The probe: the visits as a second json2csv user writes them (Danish days, `;`, a BOM, `\\r\\n`)."""
    return _run(HOURS, "variant")


if __name__ == "__main__":
    write_all(render_all())
