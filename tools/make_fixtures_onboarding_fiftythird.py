"""The fifty-third trial's forms: `python -m tools.make_fixtures_onboarding_fiftythird`.

NEEDS perl with XML::Simple (Debian's `libxml-simple-perl`, 2.25) and node with Apify's xlsx-write-stream
(1.0.3, `npm install --prefix var/xws xlsx-write-stream@1.0.3`; the folder of its node_modules named by
`XLSX_WRITE_STREAM_NODE_MODULES`, var/xws/node_modules by default). CI does not run this: the tests read
the files kept in tests/onboarding/golden/hoersholm/ (each run writes the same bytes: the app pins the
clock archiver stamps the zip's entries with).

Hørsholm (223) is onboarded by config alone on forms no earlier trial's programs made. Its case system's
Perl script exports the month's placement agreements with XML::Simple's `XMLout`
(`tools/xmlsimple/hoersholm_praktikaftaler.pl`: a hash of agreements keyed by case number, unfolded by
the default KeyAttr into `<aftale name="HH-2027-0113">`, every value an attribute). Its job centre's node
service streams the month's ended placements with xlsx-write-stream
(`tools/xlsxwritestream/hoersholm_afslutninger.js`: a header row, an ending a row, inline strings, the
days shown `yyyy-mm-dd hh:mm:ss`, the P-numbers `#,##0`). The records beside them were written by hand
from the files, before the hub read them (decision 0060, "Stop 68: trial-111").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "hoersholm"
PERL = ROOT / "tools" / "xmlsimple" / "hoersholm_praktikaftaler.pl"
NODE = ROOT / "tools" / "xlsxwritestream" / "hoersholm_afslutninger.js"


def node_modules() -> str:
    """The folder holding xlsx-write-stream."""
    return os.environ.get("XLSX_WRITE_STREAM_NODE_MODULES", str(ROOT / "var" / "xws" / "node_modules"))


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs perl's XML::Simple and node's
    xlsx-write-stream)."""
    env = {"PATH": "/usr/bin:/bin", "TZ": "UTC", "LC_ALL": "C.UTF-8", "NODE_PATH": node_modules()}
    probe = ["perl", "-MXML::Simple", "-e", "1"]
    if subprocess.run(probe, timeout=120, capture_output=True, env=env).returncode:
        sys.exit("no perl with XML::Simple: apt-get install libxml-simple-perl")
    if not shutil.which("node") or not (Path(node_modules()) / "xlsx-write-stream").is_dir():
        sys.exit(f"no node or no xlsx-write-stream in {node_modules()}: see the docstring")
    xml = subprocess.run(["perl", str(PERL)], check=True, timeout=300, capture_output=True, env=env)
    with tempfile.TemporaryDirectory() as folder:
        xlsx = Path(folder) / "afslutninger.xlsx"
        subprocess.run(["node", str(NODE), str(xlsx)], check=True, timeout=300, env=env)
        return {GOLDEN / "praktikaftaler.xml": xml.stdout, GOLDEN / "afslutninger.xlsx": xlsx.read_bytes()}


if __name__ == "__main__":
    write_all(render_all())
