"""The forty-sixth trial's forms: `python -m tools.make_fixtures_onboarding_fortysixth`.

NEEDS `lualatex` (TeX Live 2022: Debian's `texlive-luatex`, LuaHBTeX 1.15 with luaotfload, hyperref
7.00u) with `texlive-fonts-recommended` (hyperref's check marks need ZapfDingbats' metrics), and node
with fast-xml-parser (5.x, `npm install fast-xml-parser` in a folder under var/) named by
`FAST_XML_PARSER_NODE_MODULES` (its `node_modules`; var/fxp/node_modules when unset). CI does not run
this: the tests read the files kept in tests/onboarding/golden/kolding/ (each run writes the same bytes:
the PDF's dates and id follow SOURCE_DATE_EPOCH, which this fixes).

Kolding (621) is onboarded by config alone on forms no earlier trial's programs made. Its job centre's
letter system fills a LuaLaTeX template's hyperref fields by writing each value into the `.tex`
(`tools/lualatex/kolding_praktikaftale.tex`) and runs lualatex, whose own PDF backend writes the PDF: a
placement agreement whose benefit is a drop-down list of words each exporting a short code, whose
visitation is a radio group of three fields of one name (the catalogue's list names the first; no button
has an `/AS`), its names in PDFDocEncoding or UTF-16 as hyperref's `pdfencoding=auto` chooses. Its
mentor firm's node app exports a month of mentor hours with fast-xml-parser's XMLBuilder
(`tools/fastxml/kolding_mentortimer.js`): no XML declaration, a default namespace, each day a local
midnight written by `toISOString()` (the evening before, in UTC), the hours as JavaScript numbers, the
approval an empty element of two attributes. The records beside them were written by hand from the
files, before the hub read them (decision 0060, "Stop 66: trial-102").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "kolding"
TEX = ROOT / "tools" / "lualatex" / "kolding_praktikaftale.tex"
NODE_APP = ROOT / "tools" / "fastxml" / "kolding_mentortimer.js"
# 15 January 2027, 09:00 UTC: the day the agreement was made, so that two runs write the same bytes
# (LuaTeX stamps the document's dates and derives its /ID from them and from the output's full path,
# hence one fixed folder to run in, whatever the checkout).
EPOCH = "1800003600"
WORK = Path("/tmp/hub-fortysixth-trial-lualatex")


def placement_pdf() -> bytes:
    """The placement agreement as lualatex writes it (run twice: hyperref's second run settles it)."""
    shutil.rmtree(WORK, ignore_errors=True)
    (WORK / "home").mkdir(parents=True)
    try:
        (WORK / "praktikaftale.tex").write_bytes(TEX.read_bytes())
        env = {"PATH": "/usr/bin:/bin", "HOME": str(WORK / "home"), "SOURCE_DATE_EPOCH": EPOCH}
        env["FORCE_SOURCE_DATE"] = "1"
        for _ in range(2):
            latex = ["lualatex", "-interaction=nonstopmode", "praktikaftale.tex"]
            subprocess.run(latex, cwd=WORK, check=True, timeout=600, capture_output=True, env=env)
        return (WORK / "praktikaftale.pdf").read_bytes()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)


def hours_xml(modules: Path) -> bytes:
    """The month's mentor hours as the firm's node app writes them (in Danish time, as it runs)."""
    env = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "NODE_PATH": str(modules)}
    made = subprocess.run(["node", str(NODE_APP)], check=True, timeout=300, capture_output=True, env=env)
    return made.stdout


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs lualatex, node and fast-xml-parser)."""
    for program in ("lualatex", "node"):
        if shutil.which(program) is None:
            sys.exit(f"{program} is missing: see this script's docstring")
    modules = Path(os.environ.get("FAST_XML_PARSER_NODE_MODULES", ROOT / "var" / "fxp" / "node_modules"))
    if not (modules / "fast-xml-parser").is_dir():
        sys.exit(f"fast-xml-parser is not in {modules}: see this script's docstring")
    return {GOLDEN / "praktikaftale.pdf": placement_pdf(), GOLDEN / "mentortimer.xml": hours_xml(modules)}


if __name__ == "__main__":
    write_all(render_all())
