"""`hub adapters suggest` on a visit's length written as an interval's parts that are not 0, as xml2js
renders node-postgres's `interval` (postgres-interval's object: `<varighed><hours>1</hours>
<minutes>30</minutes></varighed>`, `<minutes>45</minutes>` alone, `<hours>2</hours>` alone; decision 0060,
"Stop 69: trial-114"). The draft read `varighed/hours` alone by `hours`, so a visit of 45 minutes was
"not found" and every course refused; the hours and the minutes are now both read by `hours_minutes`
with `empty_is_zero`, also where the first visit writes one of them alone. Where every visit writes both,
the draft is as before, without the option."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from suggest_support import draft_of, drafted_config

from hub.adapters.language.golden import canonical_records

# 15 March 2027 is in ISO week 11, the 23rd and 25th in week 12.
DAYS = ("2027-03-15", "2027-03-23", "2027-03-25")


def _export(lengths: tuple[str, str, str]) -> bytes:
    """Two courses of mentor visits on `DAYS`, each visit's `<varighed>` holding `lengths`' parts."""
    visits = "".join(
        f"    <besoeg>\n      <dato>{day}</dato>\n      <varighed>{length}</varighed>\n    </besoeg>\n"
        for day, length in zip(DAYS, lengths, strict=True)
    )
    courses = "".join(
        f"""  <forloeb>
    <cpr>{cpr}</cpr>
    <borger>{name}</borger>
    <pnr>1027364518</pnr>
    <mentor>Lars Thygesen</mentor>
{visits}    <godkendt_af>Lars Thygesen</godkendt_af>
    <godkendt_dato>2027-03-31</godkendt_dato>
  </forloeb>
"""
        for cpr, name in (("150388-2714", "Anders Kristiansen"), ("091201-3362", "Fatima Hansen"))
    )
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    return f"{head}<mentortimer>\n{courses}</mentortimer>\n".encode()


def _hours_field(text: str) -> dict[str, object]:
    entries = tomllib.loads(text)["forms"][0]["lists"][0]
    return next(f for f in entries["fields"] if f["key"] == "hours")


HOURS = "<hours>{}</hours>"
MINUTES = "<minutes>{}</minutes>"


@pytest.mark.parametrize(
    "lengths",
    [(HOURS.format(1) + MINUTES.format(30), MINUTES.format(45), HOURS.format(2)),
     (MINUTES.format(45), HOURS.format(1) + MINUTES.format(30), HOURS.format(2))],  # the first: minutes alone
    ids=["first-both", "first-minutes-alone"],
)  # fmt: skip
def test_an_intervals_parts_left_out_are_read_as_0(lengths: tuple[str, str, str], tmp_path: Path) -> None:
    data = _export(lengths)
    text = draft_of(data, "mentortimer.xml")
    hours = _hours_field(text)
    assert hours["sources"] == ["varighed/hours", "varighed/minutes"]
    assert hours["transforms"] == [{"name": "hours_minutes", "empty_is_zero": True}]
    records = canonical_records(drafted_config(text, tmp_path), data, "mentortimer.xml")
    weeks = {"2027-W11", "2027-W12"}
    assert {e["week"] for e in records[0]["entries"]} == weeks
    assert [r["total_hours"] for r in records] == ["4.25", "4.25"]  # 1:30 + 0:45 + 2:00


def test_both_parts_in_every_visit_are_drafted_as_before(tmp_path: Path) -> None:
    lengths = (HOURS.format(1) + MINUTES.format(30), HOURS.format(0) + MINUTES.format(45),
               HOURS.format(2) + MINUTES.format(0))  # fmt: skip
    text = draft_of(_export(lengths), "mentortimer.xml")
    hours = _hours_field(text)
    assert (hours["sources"], hours["transforms"]) == (
        ["varighed/hours", "varighed/minutes"],
        ["hours_minutes"],
    )
