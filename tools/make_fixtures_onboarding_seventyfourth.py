"""The seventy-fourth trial's forms: `python -m tools.make_fixtures_onboarding_seventyfourth`.

NEEDS node with xlsx-js-style (1.2.0 from npm, installed outside the repository: `npm install
xlsx-js-style` in a scratch folder, and `NODE_PATH` naming its node_modules folder) and OCaml's csvtool
(Debian: `apt-get install csvtool`, 2.4). CI does not run this: the tests read the files kept in
tests/onboarding/golden/rudersdal/.

Rudersdal (230) is onboarded by config alone on forms no earlier trial's programs made. Its web case
system's "Hent som Excel" writes the month's mentor visits with xlsx-js-style
(`tools/xlsxjsstyle/rudersdal_mentortimer.js`): a title merged over the table, group headings merged over
their columns above the column headings (`Borger > Navn`, `Praktiksted > Navn`, `Mentor > Navn`), a row a
visit, the date a date cell `dd-mm-yyyy`, the hours `0.00`, "Virksomhedsmentor" a boolean cell, the
approval a date-time cell, text as `t="str"` cells, the sheet named `Mentortimer nov. 2027`. Its
caseworker cuts the case system's visit export to the columns by name and pastes the approvals export
beside it with csvtool (`tools/csvtool/rudersdal_mentortimer.sh`): `,`, quoted only where needed, LF line
ends after CRLF input, a CR kept inside a quoted note. Nothing carries the clock (SheetJS's file dates are
set in the script): the same bytes each run. The records beside them were written by hand from the
sheet's cells and the file's text, before the hub read them (decision 0060, "Stop 74: trial-138").
`cell_dates_variant()` and `semicolon_variant()` are the probes.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from tools.fixture_files import ROOT, program_output, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "rudersdal"
NODE = ROOT / "tools" / "xlsxjsstyle" / "rudersdal_mentortimer.js"
SHELL = ROOT / "tools" / "csvtool" / "rudersdal_mentortimer.sh"
VISITS = ROOT / "tools" / "csvtool" / "rudersdal_besoeg.csv"
APPROVALS = ROOT / "tools" / "csvtool" / "rudersdal_godkendelser.csv"


def missing() -> str | None:
    """What this machine lacks of node with xlsx-js-style on `NODE_PATH`, and csvtool, or None."""
    if shutil.which("node") is None:
        return "node is missing (apt-get install nodejs)"
    modules = os.environ.get("NODE_PATH", "")
    if not modules or not (Path(modules) / "xlsx-js-style").is_dir():
        return "NODE_PATH names no node_modules folder holding xlsx-js-style (npm install xlsx-js-style)"
    if shutil.which("csvtool") is None:
        return "csvtool is missing (apt-get install csvtool)"
    return None


def _env() -> dict[str, str]:
    # TZ=UTC: SheetJS turns a JavaScript Date into Excel's day number in local time
    modules = os.environ.get("NODE_PATH", "")
    return {"PATH": "/usr/bin:/bin", "TZ": "UTC", "LC_ALL": "C.UTF-8", "NODE_PATH": modules}


def _run(program: list[str], name: str, *arguments: str) -> bytes:
    if reason := missing():
        sys.exit(reason)
    return program_output(program, name, *arguments, env=_env())


def _sheet(*arguments: str) -> bytes:
    return _run(["node", str(NODE)], "mentortimer.xlsx", *arguments)


def _csv(*arguments: str) -> bytes:
    # the script takes its inputs before the file it writes; program_output puts the file first
    return _run(
        ["sh", "-c", 'sh "$0" "$2" "$3" "$1" "$4"', str(SHELL)],
        "mentorbesoeg.csv",
        str(VISITS),
        str(APPROVALS),
        *(arguments or ("",)),
    )


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs xlsx-js-style and csvtool)."""
    return {GOLDEN / "mentorbesoeg.csv": _csv(), GOLDEN / "mentortimer.xlsx": _sheet()}


def cell_dates_variant() -> bytes:
    """The probe: the same sheet written with `cellDates: true`, its visit days ISO date cells (`t="d"`)."""
    return _sheet("cellDates")


def semicolon_variant() -> bytes:
    """The probe: a second caseworker's pipeline writing `-u ';'`, Excel's Danish list separator."""
    return _csv("semicolon")


if __name__ == "__main__":
    write_all(render_all())
