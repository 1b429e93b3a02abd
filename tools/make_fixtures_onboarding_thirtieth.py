"""The thirtieth trial's forms: `python -m tools.make_fixtures_onboarding_thirtieth`.

NEEDS ConTeXt MkIV with `faketime` (Debian: `apt-get install -y --no-install-recommends context
faketime`; ConTeXt 2021.03.05 on LuaTeX 1.15) and Perl with Excel::Writer::XLSX (Debian: `apt-get install
-y libexcel-writer-xlsx-perl`, 1.10). CI does not run this: the tests read the files kept in
tests/onboarding/golden/odder/ (each run writes the same bytes: ConTeXt stamps the clock into its
info, its XMP and its trailer id, so it runs under a frozen `faketime`, in a folder of a fixed name; the
Perl report is given its creation time, and the module zips at 1980-01-01 already).

Odder (727) is onboarded by config alone on forms no earlier trial's programs made. Its placement
agreements ("Aftale om virksomhedspraktik", two cases) are typeset by a case system with ConTeXt's own
fields (`tools/context/odder_praktikaftale.tex`, the case's values a `sagsdata.tex` of \\def's this
script writes beside it): field names with hyphens (`borger-cpr`, `virk-pnr`), labels left of the boxes
in a `tabulate` under subject headings; each field a parent with one widget kid, no text field with an
appearance (/NeedAppearances); the benefit five check boxes and the visitation three (ConTeXt's radio
groups do not typeset in this version and its combo boxes save no value), their states /Yes and /Off.
Its mentor hours are a Perl case system's nightly report written with Excel::Writer::XLSX
(`tools/excel_writer_xlsx/odder_mentortimer.pl`): a head of merged ranges (a label, its value merged
over the two cells right of it); a visit a row of its date, its start and end as clock times and its
hours a formula `=(C9-B9)*24` whose value the report saved; the hours' header a rich string; the activity
a data validation list; the total `=SUM(...)` saved without a value (the module writes 0 and asks Excel to
calculate on opening); the mentor's approval under it. The records beside them were written by hand
from the PDFs as `pdftoppm` draws them and from the report's values, before the hub read them (decision
0060, "Stop 62: trial-77").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.fixture_files import ROOT, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "odder"
TEX = ROOT / "tools" / "context" / "odder_praktikaftale.tex"
PERL = ROOT / "tools" / "excel_writer_xlsx" / "odder_mentortimer.pl"
# ConTeXt puts the clock in the info's dates, the XMP and the trailer id: frozen at the day it was made
FROZEN = "2026-07-27 07:00:00"
# LuaTeX's trailer id hashes the output's full path too (ConTeXt's `backend.trailerid` directive is not
# applied in this version): the same folder each run, emptied first
WORK = Path(tempfile.gettempdir()) / "hub-odder-context"

_SHARED = {
    "Vcvr": "35812261",
    "Vvirk": "Hou Træindustri ApS",
    "Vpnr": "1022334455",
    "Vsted": "Fabriksvej 14, 8300 Odder",
}
_BOXES = ("Vkth", "Vudh", "Vsdp", "Vlyd", "Vrfy", "Vjob", "Vakt", "Vudd", "Vmvirk", "Vmjc")
CASES: dict[str, dict[str, str]] = {
    "praktikaftale.pdf": {
        **_SHARED,
        "Vcpr": "140388-2915",
        "Vnavn": "Camilla Brix Jensen",
        "Vfra": "03.08.2026",
        "Vtil": "30.10.2026",
        "Vtimer": "20",
        "Vkth": "ja",
        "Vakt": "ja",
        "Vmentor": "Henrik Møller",
        "Vmvirk": "ja",
        "Vsb": "Lotte Kjærgaard",
        "Vmail": "lotte.kjaergaard@odder.example.dk",
        "Vtlf": "87 80 33 33",
        "Vformaal": "Afklaring af arbejdsevne i produktion og lager.",
    },
    "praktikaftale_ledighedsydelse.pdf": {
        **_SHARED,
        "Vcpr": "220699-1467",
        "Vnavn": "Ahmad Rahimi",
        "Vfra": "17.08.2026",
        "Vtil": "13.11.2026",
        "Vtimer": "15,5",
        "Vlyd": "ja",
        "Vmentor": "Birgitte Lund",
        "Vmjc": "ja",
        "Vsb": "Søren Mikkelsen",
        "Vmail": "SMI@odder.example.dk",
        "Vtlf": "+45 8780 3333",
        "Vformaal": "",
    },
}


def _sagsdata(values: dict[str, str]) -> str:
    """The case's values as the \\def's the form reads (an unticked box's value empty)."""
    every = {**dict.fromkeys(_BOXES, ""), **values}
    return "".join(f"\\def\\{name}{{{value}}}\n" for name, value in every.items())


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs context, faketime and Perl's module)."""
    for tool in ("context", "faketime", "perl"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is missing: see this script's docstring")
    check = subprocess.run(["perl", "-MExcel::Writer::XLSX", "-e", "1"], capture_output=True, check=False)
    if check.returncode:
        sys.exit("Perl's Excel::Writer::XLSX is missing: see this script's docstring")
    made = {}
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir()
    try:
        work = WORK
        shutil.copy(TEX, work / TEX.name)
        for name, values in CASES.items():
            (work / "sagsdata.tex").write_text(_sagsdata(values), encoding="utf-8")
            command = ["faketime", "-f", FROZEN, "context", "--batchmode", "--purgeall", TEX.name]
            subprocess.run(command, cwd=work, check=True, timeout=600, capture_output=True)
            made[GOLDEN / name] = (work / TEX.name).with_suffix(".pdf").read_bytes()
        out = work / "mentortimer.xlsx"
        subprocess.run(["perl", str(PERL), str(out)], check=True, timeout=300, capture_output=True)
        made[GOLDEN / "mentortimer.xlsx"] = out.read_bytes()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    return made


if __name__ == "__main__":
    write_all(render_all())
