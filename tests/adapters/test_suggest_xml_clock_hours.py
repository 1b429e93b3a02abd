"""A visit an XML element, its length Python's `str(timedelta)` in an attribute no word names hours:
`<besoeg dato="2027-03-02" varighed="1:30:00">`, as a case system's script writes its dict with
xmltodict's `unparse` (the fifty-first trial). Neither named "timer" nor written as a duration
(`PT1H30M`), the length was left a TODO, so the draft had no list and was refused whole. A list's row
with a date takes its one clock time as its hours, as a table's column already was (`clock_hours`); two
clock times (a visit's start and end) stay a TODO (decision 0060, "Stop 67: trial-109")."""

from __future__ import annotations

import tomllib
from pathlib import Path

from suggest_support import draft_of, drafted_config

from hub.adapters.language.golden import canonical_records


def _export(visits: str) -> bytes:
    """Two courses of mentor visits, each visit's attributes as `visits` gives them (twice each)."""
    courses = "".join(
        f"""  <forloeb>
    <borger cpr="{cpr}">{name}</borger>
    <praktiksted pnr="1019283746">Helsinge Autoværksted</praktiksted>
    <mentor>Lone Bech</mentor>
    <besoeg {visits.format(day=2)}>Opstart</besoeg>
    <besoeg {visits.format(day=9)}>Samtale</besoeg>
    <godkendt af="Lone Bech">2027-04-01T09:12:30+02:00</godkendt>
  </forloeb>
"""
        for cpr, name in (("0502851234", "Mads Kjær Nielsen"), ("1909994321", "Sara Lykke Poulsen"))
    )
    return f'<?xml version="1.0" encoding="utf-8"?>\n<mentortimer>\n{courses}</mentortimer>'.encode()


def test_a_visits_one_clock_time_is_its_hours(tmp_path: Path) -> None:
    data = _export('dato="2027-03-0{day}" varighed="1:30:00"')
    text = draft_of(data, "mentortimer.xml")
    entries = tomllib.loads(text)["forms"][0]["lists"][0]
    assert entries["rows"] == "besoeg"
    assert {f["key"]: f["source"] for f in entries["fields"]} == {"date": "@dato", "hours": "@varighed"}
    records = canonical_records(drafted_config(text, tmp_path), data, "mentortimer.xml")
    # 2 and 9 March 2027 are in ISO weeks 9 and 10; each visit 1:30:00, an hour and a half
    weeks = [{"week": "2027-W09", "hours": "1.5"}, {"week": "2027-W10", "hours": "1.5"}]
    assert [(r["entries"], r["total_hours"]) for r in records] == [(weeks, "3.0")] * 2


def test_a_start_and_an_end_are_no_hours() -> None:
    """Two clock times on each visit: which is the time spent nobody can tell."""
    text = draft_of(_export('dato="2027-03-0{day}" kl="09:00:00" varighed="1:30:00"'), "mentortimer.xml")
    assert 'source = "@varighed"' not in text and 'source = "@kl"' not in text


def test_a_clock_named_as_the_placements_start_is_no_hours() -> None:
    text = draft_of(_export('dato="2027-03-0{day}" start="09:00"'), "mentortimer.xml")
    assert '# key = "hours"' in text and 'source = "@start"  # seen' not in text
