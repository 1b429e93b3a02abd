"""`hours_minutes` with `empty_is_zero = true`: an interval written from its parts that are not 0, as
xml2js renders node-postgres's `interval` (postgres-interval's object:
`<hours>1</hours><minutes>30</minutes>`, `<minutes>45</minutes>` alone, `<hours>2</hours>` alone;
decision 0060, "Stop 69: trial-114"). Without the option a part left out stays "not found", now saying
the option exists, and an empty part an error: else a misspelt path, or minutes nobody wrote down, would
read as 0 without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.errors import Rejection

EGEDAL = Trial("egedal", "240", "make_fixtures_onboarding_fiftysixth")
# 15 March 2027 is in ISO week 11, the 23rd and 25th in week 12.
VISITS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<mentortimer>
  <forloeb>
    <cpr>150388-2714</cpr>
    <pnr>1027364518</pnr>
    <mentor>Lars Thygesen</mentor>
    <besoeg><dato>2027-03-15</dato><varighed><hours>1</hours><minutes>30</minutes></varighed></besoeg>
    <besoeg><dato>2027-03-23</dato><varighed><minutes>45</minutes></varighed></besoeg>
    <besoeg><dato>2027-03-25</dato><varighed><hours>2</hours></varighed></besoeg>
    <godkendt_af>Lars Thygesen</godkendt_af>
    <godkendt_tid>2027-03-31</godkendt_tid>
  </forloeb>
</mentortimer>
"""


def _form(transform: str) -> str:
    return f"""[[forms]]
id = "mentortimer"
form_type = "mentor_hours"
format = "xml"
title = "Mentortimer"

  [forms.recognise]
  root = "mentortimer"

  [forms.items]
  rows = "/mentortimer/forloeb"

  [[forms.fields]]
  path = "citizen.cpr"
  source = "cpr"
  transforms = ["digits"]

  [[forms.fields]]
  path = "site.p_number"
  source = "pnr"

  [[forms.fields]]
  path = "mentor.name"
  source = "mentor"

  [[forms.fields]]
  path = "signed_by"
  source = "godkendt_af"

  [[forms.fields]]
  path = "signed_on"
  source = "godkendt_tid"
  transforms = ["date"]

  [[forms.fields]]
  path = "total_hours"
  compute = "sum:entries.hours"

  [[forms.lists]]
  path = "entries"
  aggregate = "iso_week"
  rows = "besoeg"

    [[forms.lists.fields]]
    key = "date"
    source = "dato"
    transforms = ["date"]

    [[forms.lists.fields]]
    key = "hours"
    sources = ["varighed/hours", "varighed/minutes"]
    transforms = [{transform}]
"""


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
    config = EGEDAL.config(tmp_path, _form('{ name = "hours_minutes", empty_is_zero = true }'))
    (record,) = canonical_records(config, VISITS, "mentortimer.xml")
    weeks = [{"week": "2027-W11", "hours": "1.5"}, {"week": "2027-W12", "hours": "2.75"}]
    assert (record["entries"], record["total_hours"]) == (weeks, "4.25")


def test_a_part_left_out_without_the_option_is_not_found_and_says_the_option(tmp_path: Path) -> None:
    config = EGEDAL.config(tmp_path, _form('"hours_minutes"'))
    with pytest.raises(Rejection) as caught:
        canonical_records(config, VISITS, "mentortimer.xml")
    said = str(caught.value)
    assert "not found in the document: varighed/hours (an element left out is a part of 0 only where" in said
    assert "hours_minutes has empty_is_zero = true)" in said


def test_the_option_is_checked_as_a_boolean(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="empty_is_zero"):
        EGEDAL.config(tmp_path, _form('{ name = "hours_minutes", empty_is_zero = "ja" }'))
