"""`hours_minutes` with `empty_is_zero = true`: an interval written from its parts that are not 0, as
xml2js renders node-postgres's `interval` (postgres-interval's object:
`<hours>1</hours><minutes>30</minutes>`, `<minutes>45</minutes>` alone, `<hours>2</hours>` alone;
decision 0060, "Stop 69: trial-114"). Without the option a part left out stays "not found", now saying
the option exists, and an empty part an error: else a misspelt path, or minutes nobody wrote down, would
read as 0 without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import edited_config

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.errors import Rejection

# The trial's config reads a visit's length so; the tests take the option away or spoil it.
OPTION = '{ name = "hours_minutes", empty_is_zero = true }'
# 15 March 2027 is in ISO week 11, the 23rd and 25th in week 12.
VISITS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<mentortimer kommune="240" maaned="2027-03">
  <forloeb>
    <cpr>150388-2714</cpr>
    <borger>Anders Bøgh Kristiansen</borger>
    <pnr>1027364518</pnr>
    <praktiksted>Stenløse Cykler ApS</praktiksted>
    <mentor>Lars Thygesen</mentor>
    <besoeg><dato>2027-03-15</dato><varighed><hours>1</hours><minutes>30</minutes></varighed></besoeg>
    <besoeg><dato>2027-03-23</dato><varighed><minutes>45</minutes></varighed></besoeg>
    <besoeg><dato>2027-03-25</dato><varighed><hours>2</hours></varighed></besoeg>
    <godkendt_af>Lars Thygesen</godkendt_af>
    <godkendt_tid>2027-03-31</godkendt_tid>
  </forloeb>
</mentortimer>
""".encode()


def _records(tmp_path: Path, option: str) -> list[dict[str, object]]:
    config = edited_config(tmp_path, "egedal", lambda text: text.replace(OPTION, option))
    return canonical_records(config, VISITS, "mentortimer.xml")


def hm(hours: str | None, minutes: str | None, **args: bool) -> str:
    return TRANSFORMS["hours_minutes"].func([("h", hours), ("m", minutes)], args)


def test_a_part_left_empty_is_zero_where_the_config_says_so() -> None:
    assert hm("", "45", empty_is_zero=True) == "0.75"
    assert hm("2", None, empty_is_zero=True) == "2.0"
    assert hm("1", "30", empty_is_zero=True) == "1.5"
    assert hm(None, "", empty_is_zero=True) == ""  # both empty is still empty, never 0


def test_a_part_left_empty_is_still_an_error_without_it() -> None:
    with pytest.raises(TransformError, match="not a whole number of minutes: empty"):
        hm("2", "")


def test_an_interval_of_its_parts_that_are_not_zero_is_read(tmp_path: Path) -> None:
    (record,) = _records(tmp_path, OPTION)
    weeks = [{"week": "2027-W11", "hours": "1.5"}, {"week": "2027-W12", "hours": "2.75"}]
    assert (record["entries"], record["total_hours"]) == (weeks, "4.25")


def test_a_part_left_out_without_the_option_is_not_found_and_says_the_option(tmp_path: Path) -> None:
    with pytest.raises(Rejection) as caught:
        _records(tmp_path, '"hours_minutes"')
    said = str(caught.value)
    assert "not found in the document: varighed/hours (an element left out is a part of 0 only where" in said
    assert "hours_minutes has empty_is_zero = true)" in said


def test_the_option_is_checked_as_a_boolean(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="empty_is_zero"):
        _records(tmp_path, '{ name = "hours_minutes", empty_is_zero = "ja" }')
