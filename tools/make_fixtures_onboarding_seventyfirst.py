"""The seventy-first trial's forms: `python -m tools.make_fixtures_onboarding_seventyfirst`.

NEEDS Ruby with Ox (Debian: `apt-get install ruby-ox`, Ox 2.14.9) and Lua 5.4 (Debian: `apt-get install
lua5.4`, 5.4.4). CI does not run this: the tests read the files kept in tests/onboarding/golden/odense/.

Odense (461) is onboarded by config alone on forms no earlier trial's programs made. Its case system's
nightly Rails-era job writes the month's progress reports with Ruby's Ox
(`tools/ox/odense_statusudtalelser.rb`): an `Ox::Document` built by hand and `Ox.dump(doc, indent: 2)`
at its defaults, so no XML declaration and a blank first line, attribute values through `to_s` (a Time
`2027-11-02 00:30:00 +0100`, a Symbol `aktiv`, a boolean `true`, the scores Integers as attributes of one
empty element), no note `<note/>`. Its mentor
firm's old Lua glue script writes the month's mentor visits by hand (`tools/lua/odense_mentortimer.lua`):
`;`, a field quoted only where it holds `;` or `"`, hours `%.2f` (`1.50`), days `os.date("%d-%m-%Y")`, the
moment approved `os.date("%Y-%m-%d %H:%M")`, the mentor's employer `true`/`false`, a visit not yet
approved empty fields. Nothing in either carries the clock: the same bytes each run (the Lua script is run
with TZ=Europe/Copenhagen). The records beside them were written by hand from the files' text, before the
hub read them (decision 0060, "Stop 73: trial-133").
`declared_variant()` and `comma_variant()` are the probes: a second Ruby programmer's `with_xml: true`
with the scores as elements, and a second Lua glue script's `,` with every text quoted and hours `%.1f`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tools.fixture_files import ROOT, program_output, write_all

GOLDEN = ROOT / "tests" / "onboarding" / "golden" / "odense"
RUBY = ROOT / "tools" / "ox" / "odense_statusudtalelser.rb"
LUA = ROOT / "tools" / "lua" / "odense_mentortimer.lua"
ENV = {"PATH": "/usr/bin:/bin", "TZ": "Europe/Copenhagen", "LANG": "C.UTF-8"}


def missing() -> str | None:
    """What this machine lacks of Ruby with Ox, and Lua 5.4, or None."""
    if shutil.which("ruby") is None:
        return "ruby is missing (apt-get install ruby-ox)"
    probe = subprocess.run(["ruby", "-e", "require 'ox'"], capture_output=True, timeout=300)
    if probe.returncode:
        return "Ruby's Ox is missing (apt-get install ruby-ox)"
    if shutil.which("lua5.4") is None:
        return "lua5.4 is missing (apt-get install lua5.4)"
    return None


def _run(program: list[str], name: str, *arguments: str) -> bytes:
    if reason := missing():
        sys.exit(reason)
    return program_output(program, name, *arguments, env=ENV)


def render_all() -> dict[Path, bytes]:
    """The trial's forms: path and bytes (nothing is written; needs Ruby's Ox and Lua 5.4)."""
    return {
        GOLDEN / "mentortimer.csv": _run(["lua5.4", str(LUA)], "mentortimer.csv"),
        GOLDEN / "statusudtalelser.xml": _run(["ruby", str(RUBY)], "statusudtalelser.xml"),
    }


def declared_variant() -> bytes:
    """The probe: `Ox.dump(doc, indent: 2, with_xml: true)`, the scores as child elements."""
    return _run(["ruby", str(RUBY)], "statusudtalelser.xml", "declared")


def comma_variant() -> bytes:
    """The probe: a second glue script's `,` between fields, every text quoted, hours `%.1f`."""
    return _run(["lua5.4", str(LUA)], "mentortimer.csv", "comma")


if __name__ == "__main__":
    write_all(render_all())
