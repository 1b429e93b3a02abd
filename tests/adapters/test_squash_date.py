"""A moment written as R's data.table writes it with `fwrite(dateTimeAs = "squash")` (decision 0061,
"Stop 68: fixes-112"; trial-110 left it): Halsnæs's monthly R script writes each placement's end, a
`POSIXct` in UTC, as seventeen digits, `20270701220000000`, 22:00 on 1 July 2027 in UTC, midnight of
2 July in Denmark. `date` refused it "not a date" without a word of what it was; now it says so, and the
`squash_date` transform reads the moment as the day it is in the config's zone, Denmark's unless said."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from marshmallow import ValidationError
from onboarding_trial import TRIAL, cleared, edited_config, trial_registry
from suggest_support import draft_of, drafted_config, drafted_fields

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.errors import Rejection

HALSNAES = TRIAL / "golden" / "halsnaes"
# The ends as fwrite wrote them with dateTimeAs = "ISO", and the same moments squashed (by hand).
SQUASHED = {
    "2027-07-01T22:00:00Z": "20270701220000000",
    "2027-07-15T22:00:00Z": "20270715220000000",
    "2027-07-23T11:45:00Z": "20270723114500000",
}


def _squash_csv() -> bytes:
    text = (HALSNAES / "afsluttede.csv").read_text(encoding="utf-8")
    for iso, squash in SQUASHED.items():
        assert text.count(iso) == 1
        text = text.replace(iso, squash)
    return text.encode()


def _halsnaes(tmp_path: Path, day: str) -> object:
    """Halsnæs's config with the end read by `day` instead of `date`."""
    end = 'source = "column:Slutdato"\n  transforms = ["date"]'

    def end_by(text: str) -> str:
        assert text.count(end) == 1
        return text.replace(end, end.replace('["date"]', f"[{day}]"))

    return edited_config(tmp_path, "halsnaes", end_by)


def test_squashed_ends_read_by_squash_date_are_the_records_written_by_hand(tmp_path: Path) -> None:
    """2 July, 16 July (22:00 UTC is Danish midnight in summer) and 23 July, as the records say."""
    want = json.loads((HALSNAES / "afsluttede.expected.json").read_text(encoding="utf-8"))
    assert canonical_records(_halsnaes(tmp_path, '"squash_date"'), _squash_csv(), "afsluttede.csv") == want


def test_in_utc_the_day_is_utcs(tmp_path: Path) -> None:
    config = _halsnaes(tmp_path, '{ name = "squash_date", zone = "UTC" }')
    records = canonical_records(config, _squash_csv(), "afsluttede.csv")
    assert [r["ended_on"] for r in records] == ["2027-07-01", "2027-07-15", "2027-07-23"]


def test_date_refuses_a_squashed_moment_saying_what_it_is() -> None:
    with pytest.raises(Rejection) as info:
        canonical_records(trial_registry().get("halsnaes"), _squash_csv(), "afsluttede.csv")
    first = info.value.problems[0]
    assert first.locator == "row 2, column 6 (F2)"
    assert first.reason_en == (
        "not a date: '20270701220000000' (a moment as R's data.table writes it with dateTimeAs = \"squash\","
        " 2027-07-01 22:00:00.000 UTC? its day depends on the zone: read it with the squash_date transform)"
    )
    assert first.reason_da.startswith(
        "ikke en dato: '20270701220000000' (et tidspunkt, som R's data.table skriver det med dateTimeAs ="
    )


@pytest.mark.parametrize(
    "written",
    # a 13th month; a 25th hour; 16 digits; a year before 2001; an epoch count of 13 digits
    ["20271301220000000", "20270701250000000", "2027070122000000", "19990701220000000", "1803942000000"],
)
def test_figures_that_are_no_squashed_moment_are_refused_saying_what_one_is(written: str) -> None:
    with pytest.raises(TransformError) as info:
        TRANSFORMS["squash_date"].func(written, {})
    assert info.value.reason_en.startswith(f"not a squash moment: '{written}' (squash_date reads a moment")
    with pytest.raises(TransformError) as plain:
        TRANSFORMS["date"].func(written, {})
    assert "squash" not in plain.value.reason_en


def test_an_unknown_zone_is_refused_when_the_config_loads() -> None:
    with pytest.raises(ValidationError) as info:
        TRANSFORMS["squash_date"].validate_args({"zone": "Europe/Kbh"})
    (said,) = info.value.messages["zone"]  # type: ignore[call-overload,index]
    assert said == "no such time zone: 'Europe/Kbh' (write one such as 'Europe/Copenhagen' or 'UTC')"


# The same ends had the script kept them as R `Date`s: fwrite's squash of a day, eight digits (by hand:
# the Danish days of the moments above, as the records write them).
SQUASHED_DAYS = {
    "2027-07-01T22:00:00Z": "20270702",
    "2027-07-15T22:00:00Z": "20270716",
    "2027-07-23T11:45:00Z": "20270723",
}


def _squash_csv_of(ends: dict[str, str]) -> bytes:
    text = (HALSNAES / "afsluttede.csv").read_text(encoding="utf-8")
    for iso, squash in ends.items():
        assert text.count(iso) == 1
        text = text.replace(iso, squash)
    return text.encode()


def test_a_squashed_day_of_eight_digits_is_read_by_squash_date(tmp_path: Path) -> None:
    """Stop 69, fixes-113: `20270702` was "not a squash moment" to `squash_date`, and a bare "not a
    date" to `date`. A day in no zone: the same in UTC."""
    want = json.loads((HALSNAES / "afsluttede.expected.json").read_text(encoding="utf-8"))
    data = _squash_csv_of(SQUASHED_DAYS)
    assert canonical_records(_halsnaes(tmp_path, '"squash_date"'), data, "afsluttede.csv") == want
    with pytest.raises(Rejection) as info:
        canonical_records(trial_registry().get("halsnaes"), data, "afsluttede.csv")
    first = info.value.problems[0]
    assert (first.locator, first.reason_en) == (
        "row 2, column 6 (F2)",
        "not a date: '20270702' (a day as R's data.table writes it with dateTimeAs = \"squash\","
        " 2027-07-02? read it with the squash_date transform)",
    )
    assert TRANSFORMS["squash_date"].func("20270702", {"zone": "UTC"}) == "2027-07-02"


@pytest.mark.parametrize("written", ["20271302", "20270230", "19990702", "2027072"])
def test_eight_digits_that_are_no_day_are_refused(written: str) -> None:
    """A 13th month, 30 February, a year before 2001, seven digits."""
    with pytest.raises(TransformError) as info:
        TRANSFORMS["squash_date"].func(written, {})
    assert info.value.reason_en.startswith(f"not a squash moment: '{written}'")


@pytest.mark.parametrize("ends", [SQUASHED, SQUASHED_DAYS], ids=["moments", "days"])
def test_suggest_drafts_squash_date_for_a_squashed_day_column(tmp_path: Path, ends: dict[str, str]) -> None:
    """Before: the end drafted with `date`, refused on every row, so the draft was refused whole."""
    data = _squash_csv_of(ends)
    text = draft_of(data, "afsluttede.csv")
    ended_on = drafted_fields(text)["ended_on"]
    assert ended_on["transforms"] == [{"name": "squash_date", "zone": "Europe/Copenhagen"}]
    want = json.loads((HALSNAES / "afsluttede.expected.json").read_text(encoding="utf-8"))
    records = canonical_records(drafted_config(cleared(text), tmp_path), data, "afsluttede.csv")
    assert [r["ended_on"] for r in records] == [r["ended_on"] for r in want]
