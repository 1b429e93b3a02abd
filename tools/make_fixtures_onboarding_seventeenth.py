"""The seventeenth trial's forms: `python -m tools.make_fixtures_onboarding_seventeenth`.

NEEDS `pdflatex` (TeX Live 2022: hyperref 7.00u) with its ZapfDingbats metrics, `pdftk` (pdftk-java 3.3)
and a Python with `xlsxwriter` (3.3) given as XLSXWRITER_PYTHON (default `python3`); on Debian
`apt-get install -y --no-install-recommends texlive-latex-recommended texlive-fonts-recommended pdftk-java`
and `python3 -m venv V && V/bin/pip install xlsxwriter`. CI does not run this: the tests read the files kept
in tests/onboarding/golden/haderslev/ (a PDF's bytes hold its creation date and id; a second run writes
other bytes, so the tests do not compare them with this one's).

Haderslev (510) is onboarded by config alone on forms no earlier trial's programs made. The placement
agreement is a LaTeX document with hyperref's form fields (`tools/latex/haderslev_placement.tex`:
`\\TextField`, `\\ChoiceMenu` combo and radio, `\\CheckBox`, a multi-line field; some fields named by the
author, three left to hyperref's default, their printed label `Virksomhed:`), made by pdflatex and filled
by pdftk (`fill_form` with `tools/latex/haderslev_placement.xfdf`, UTF-8), as a job centre fills forms
from a script: the dates typed as Danish text, the benefit the combo box's export code. The visitation is
not filled: pdftk lists one field `visitation` whose only state is hyperref's escaped name of its first
button, so no button can be chosen (decision 0060, "Seventeenth trial"). The mentor's timesheet is a case
system's export written with XlsxWriter (`tools/xlsxwriter_timesheet.py`). The records beside them were
written by hand from the forms as drawn by `pdftoppm` and as Excel shows the workbook.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "haderslev"
LATEX = ROOT / "tools" / "latex"


def placement_pdf() -> bytes:
    """The placement agreement: pdflatex's form filled by pdftk (needs pdflatex and pdftk)."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "placement.tex").write_bytes((LATEX / "haderslev_placement.tex").read_bytes())
        for _ in range(2):  # hyperref's second run settles its outlines
            latex = ["pdflatex", "-interaction=nonstopmode", "placement.tex"]
            subprocess.run(latex, cwd=work, check=True, timeout=300, capture_output=True)
        fill = ["pdftk", "placement.pdf", "fill_form", str(LATEX / "haderslev_placement.xfdf")]
        subprocess.run(
            [*fill, "output", "filled.pdf"], cwd=work, check=True, timeout=300, capture_output=True
        )
        return (work / "filled.pdf").read_bytes()


def timesheet_xlsx() -> bytes:
    """The mentor's timesheet as XlsxWriter writes it (needs a Python with xlsxwriter)."""
    python = os.environ.get("XLSXWRITER_PYTHON", "python3")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "mentor_hours.xlsx"
        script = ROOT / "tools" / "xlsxwriter_timesheet.py"
        subprocess.run([python, str(script), str(out)], check=True, timeout=300, capture_output=True)
        return out.read_bytes()


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written)."""
    return {GOLDEN / "placement.pdf": placement_pdf(), GOLDEN / "mentor_hours.xlsx": timesheet_xlsx()}


if __name__ == "__main__":
    for path, data in render_all().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
