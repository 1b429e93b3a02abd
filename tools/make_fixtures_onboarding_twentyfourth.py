"""The twenty-fourth trial's forms: `python -m tools.make_fixtures_onboarding_twentyfourth`.

NEEDS WeasyPrint (70.0) in an environment of its own, never the hub's: `python3 -m venv
.venv-weasyprint && .venv-weasyprint/bin/pip install weasyprint==70.0` in the repository (or
WEASYPRINT_PYTHON naming that python), and `xsltproc` (Debian's `xsltproc`, libxslt 1.1.35). CI does not
run this: the tests read the files kept in tests/onboarding/golden/skive/ (each run writes the same
bytes).

Skive (779) is onboarded by config alone on forms no earlier trial's programs made. Its grants of
mentor support ("Bevilling af mentorstøtte", two: the mentor the site's, then the job centre's) are the
web case system's HTML form printed by WeasyPrint with `pdf_forms=True`
(`tools/weasyprint/skive_mentorstoette.py`): each `<input>`, `<select>` and `<textarea>` a field named
as the HTML names it (`borger.cpr`, a dot inside the name), its `/TU` the words of its `<label>`, no
appearance streams (`/NeedAppearances`), the hourly rate a `<select>` whose lines are `[value, text]`
(`298.00`, `298,00 kr.`), the mentor's employer a radio group whose on-states are the buttons' indexes
(`/0`, `/1`) with the HTML values in `/Opt`, each button a field of the group's name under the group
and listed beside it. Its placements are the case system's export turned by an XSLT
(`tools/xslt/skive_praktikaftaler.xsl`, run by xsltproc on `tools/xslt/skive_sager.xml`) into an
exchange format of three prefixed namespaces (`pa:`, `cpr:`, `cvr:`, in the style of the OIO schemas),
hours with a decimal comma (`format-number` with a Danish decimal format), a benefit and a visitation
in words, an empty `<pa:Visitation/>` where the benefit has none. The records beside them were written
by hand from the PDF as `pdftoppm` draws it and from the XML's text, before the hub read them (decision
0060, "Stop 60: trial-71").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "skive"
PAGE_SCRIPT = ROOT / "tools" / "weasyprint" / "skive_mentorstoette.py"
XSLT = ROOT / "tools" / "xslt" / "skive_praktikaftaler.xsl"
CASES = ROOT / "tools" / "xslt" / "skive_sager.xml"


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs WeasyPrint and xsltproc)."""
    python = os.environ.get("WEASYPRINT_PYTHON", str(ROOT / ".venv-weasyprint" / "bin" / "python"))
    if not Path(python).exists():
        sys.exit(f"WeasyPrint's python is missing ({python}): see this script's docstring")
    if shutil.which("xsltproc") is None:
        sys.exit("xsltproc is missing: apt-get install xsltproc")
    made = {}
    with tempfile.TemporaryDirectory() as folder:
        for grant, name in (("1", "mentorstoette.pdf"), ("2", "mentorstoette_jobcenter.pdf")):
            out = Path(folder) / name
            run = [python, str(PAGE_SCRIPT), str(out), grant]
            subprocess.run(run, check=True, timeout=300, capture_output=True)
            made[GOLDEN / name] = out.read_bytes()
    xml = subprocess.run(["xsltproc", str(XSLT), str(CASES)], check=True, timeout=60, capture_output=True)
    return made | {GOLDEN / "praktikaftaler.xml": xml.stdout}


if __name__ == "__main__":
    write_all(render_all())
