"""A visit's length written with its unit words, as R's `format()` writes a difftime in an attribute no
word names hours: `<besoeg dato="2027-03-15" varighed="1.5 hours">`, "45 mins", "1 hours" (the
fifty-fourth trial's xml2 export). Neither named "timer" nor a duration (`PT1H30M`) nor a clock time, the
length was left a TODO and the draft, with no list, was refused whole. A length every value of which the
hours transform reads by its unit words is the hours, whatever its name, as a written duration is; a
table's column too. Words that are no hours ("fri") still leave it to a person (decision 0060, "Stop 68:
trial-112")."""

from __future__ import annotations

import tomllib
from pathlib import Path

from suggest_support import draft_of, drafted_config

from hub.adapters.language.golden import canonical_records


def _export(first: str, second: str) -> bytes:
    """Two courses of mentor visits on 15 and 23 March 2027, their lengths `first` and `second`."""
    courses = "".join(
        f"""  <forloeb>
    <borger cpr="{cpr}">{name}</borger>
    <praktiksted pnr="1023847561">Slangerup Tømrer</praktiksted>
    <mentor>Jesper Holm</mentor>
    <besoeg dato="2027-03-15" varighed="{first}">Opstart</besoeg>
    <besoeg dato="2027-03-23" varighed="{second}">Samtale</besoeg>
    <godkendt af="Jesper Holm">2027-03-31 15:42:10</godkendt>
  </forloeb>
"""
        for cpr, name in (("2403922716", "Nikolaj Brink"), ("0907791408", "Camilla Dreyer"))
    )
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<mentortimer>\n{courses}</mentortimer>\n'.encode()


def test_a_visits_length_in_r_units_is_its_hours(tmp_path: Path) -> None:
    data = _export("1.5 hours", "45 mins")
    text = draft_of(data, "mentortimer.xml")
    entries = tomllib.loads(text)["forms"][0]["lists"][0]
    assert {f["key"]: f["source"] for f in entries["fields"]} == {"date": "@dato", "hours": "@varighed"}
    records = canonical_records(drafted_config(text, tmp_path), data, "mentortimer.xml")
    # 15 March 2027 is in ISO week 11, the 23rd in week 12; 45 minutes are 0.75 hours
    weeks = [{"week": "2027-W11", "hours": "1.5"}, {"week": "2027-W12", "hours": "0.75"}]
    assert [(r["entries"], r["total_hours"]) for r in records] == [(weeks, "2.25")] * 2


def test_a_columns_lengths_in_danish_units_are_its_hours() -> None:
    data = b"Dato;Varighed;Emne\n2027-03-15;2 t.;Opstart\n2027-03-23;90 min;Samtale\n"
    text = draft_of(data, "mentortimer.csv")
    assert 'hours = "Varighed"' in text


def test_words_that_are_no_hours_are_left_to_a_person() -> None:
    text = draft_of(_export("1.5 hours", "fri"), "mentortimer.xml")
    assert 'source = "@varighed"  # seen' not in text
