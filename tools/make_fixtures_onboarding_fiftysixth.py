"""The fifty-sixth trial's forms: `python -m tools.make_fixtures_onboarding_fiftysixth`.

NEEDS node with zipcelx (1.6.2, `npm install --prefix var/zipcelx zipcelx@1.6.2`; the folder of its
node_modules named by `ZIPCELX_NODE_MODULES`, var/zipcelx/node_modules by default) and with xml2js and
postgres-interval (0.6.2 and 1.2.0, `npm install --prefix var/xml2js xml2js@0.6.2 postgres-interval@1.2.0`;
`XML2JS_NODE_MODULES`, var/xml2js/node_modules by default). CI does not run this: the tests read the files
kept in tests/onboarding/golden/egedal/ (each run writes the same bytes: the app pins the clock JSZip
stamps the zip's entries with; the days' words, `Centraleuropæisk normaltid`, are node's ICU data's and
could differ in another node).

Egedal (240) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
placement overview, a web page, hands its table to zipcelx for "Hent som Excel"
(`tools/zipcelx/egedal_praktikaftaler.js`: a header row, an agreement a row, inline strings and bare
numbers, no styles; the days the browser's `String()` of a `Date`, the mentor's employer `true` or
`false`). Its mentor firm's node service writes the month's visits with xml2js's Builder
(`tools/xml2js/egedal_mentortimer.js`: node-postgres's rows rendered as they are, a visit's length
postgres-interval's object, `<varighed><hours>1</hours><minutes>30</minutes></varighed>`, the days
`toISOString()` of a Danish midnight). The records beside them were written by hand from the files,
before the hub read them (decision 0060, "Stop 69: trial-114").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "egedal"
SHEET = ROOT / "tools" / "zipcelx" / "egedal_praktikaftaler.js"
XML = ROOT / "tools" / "xml2js" / "egedal_mentortimer.js"


def zipcelx_modules() -> str:
    """The folder holding zipcelx."""
    return os.environ.get("ZIPCELX_NODE_MODULES", str(ROOT / "var" / "zipcelx" / "node_modules"))


def xml2js_modules() -> str:
    """The folder holding xml2js and postgres-interval."""
    return os.environ.get("XML2JS_NODE_MODULES", str(ROOT / "var" / "xml2js" / "node_modules"))


def missing() -> str | None:
    """What the forms' programs lack here, or None."""
    if not shutil.which("node"):
        return "no node"
    if not (Path(zipcelx_modules()) / "zipcelx").is_dir():
        return f"no zipcelx in {zipcelx_modules()}: see the docstring"
    if not all((Path(xml2js_modules()) / name).is_dir() for name in ("xml2js", "postgres-interval")):
        return f"no xml2js or postgres-interval in {xml2js_modules()}: see the docstring"
    return None


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs node's zipcelx and xml2js)."""
    if reason := missing():
        sys.exit(reason)
    # the caseworker's browser and the service run in Danish time; the browser speaks Danish
    env = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LANG": "da_DK.UTF-8", "LC_ALL": "da_DK.UTF-8"}
    xml_env = {**env, "NODE_PATH": xml2js_modules()}
    xml = subprocess.run(["node", str(XML)], check=True, timeout=300, capture_output=True, env=xml_env)
    with tempfile.TemporaryDirectory() as folder:
        xlsx = Path(folder) / "praktikaftaler.xlsx"
        sheet_env = {**env, "NODE_PATH": zipcelx_modules()}
        subprocess.run(["node", str(SHEET), str(xlsx)], check=True, timeout=300, env=sheet_env)
        return {GOLDEN / "praktikaftaler.xlsx": xlsx.read_bytes(), GOLDEN / "mentortimer.xml": xml.stdout}


if __name__ == "__main__":
    write_all(render_all())
