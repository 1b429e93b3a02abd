"""`hub adapters suggest` drafts `epoch_date` for a day column of counts since 1970 (decision 0061,
"Stop 68: fixes-110"): Lejre's mentor firm's node app writing its visits with csv-stringify and no
`cast.date` gets `getTime()`, milliseconds, in "Dato" and "Godkendt den". The draft read them with
`date`, which refused every row, and left the day signed a TODO ("the value is no date")."""

from __future__ import annotations

import tomllib
from pathlib import Path

from suggest_support import draft_of, drafted_config
from test_epoch_date import _get_time_csv

from hub.adapters.language.golden import canonical_records
from hub.adapters.suggest.epoch_columns import epoch_days

EPOCH = {"name": "epoch_date", "zone": "Europe/Copenhagen"}


def test_day_columns_of_get_time_are_drafted_epoch_date_and_read_as_their_days(tmp_path: Path) -> None:
    data = _get_time_csv()
    text = draft_of(data, "mentortimer.csv")
    form = tomllib.loads(text)["forms"][0]
    signed_on = next(f for f in form["fields"] if f["path"] == "signed_on")
    assert (signed_on["source"], signed_on["transforms"]) == ("column:Godkendt den", [EPOCH])
    day = next(f for f in form["lists"][0]["fields"] if f["key"] == "date")
    assert day["transforms"] == [EPOCH]
    records = canonical_records(drafted_config(text, tmp_path), data, "mentortimer.csv")
    # Mikkel Due: 2, 4 March (W09), 9 (W10), 16, 18 (W11), 23 (W12), signed 31 March; Amalie Krogh-Hansen:
    # 3 (W09), 10, 11 (W10), 24 (W12), signed 1 April (all 2027, as csv-stringify's source wrote them)
    assert [(r["signed_on"], [e["week"] for e in r["entries"]]) for r in records] == [
        ("2027-03-31", ["2027-W09", "2027-W10", "2027-W11", "2027-W12"]),
        ("2027-04-01", ["2027-W09", "2027-W10", "2027-W12"]),
    ]


def test_a_day_column_of_counts_of_two_lengths_stays_date() -> None:
    """Seconds in one row and milliseconds in another: no program writes its days both ways."""
    data = _get_time_csv().replace(b"1803942000000,", b"1803942000,", 1)
    text = draft_of(data, "mentortimer.csv")
    assert "epoch_date" not in text.split("[[forms.lists]]", 1)[1]


def test_day_columns_of_get_time_with_no_date_word_are_drafted_by_their_values(tmp_path: Path) -> None:
    """Stop 69, fixes-113: the visits' day headed "Besøg" and the day signed "godkendt_ts" beside
    "godkendt_af", as a case system's columns are named. ISO days so headed are drafted by their values;
    counts since 1970 were not: the list was not drafted (no day) and the day signed was "not
    recognised", so the draft was refused whole. The days are Lejre's record's, as above."""
    data = (
        _get_time_csv()
        .replace(b",Dato,", b",Bes\xc3\xb8g,")
        .replace(b",Godkendt af,Godkendt den", b",godkendt_af,godkendt_ts")
    )
    text = draft_of(data, "mentortimer.csv")
    form = tomllib.loads(text)["forms"][0]
    signed_on = next(f for f in form["fields"] if f["path"] == "signed_on")
    assert (signed_on["source"], signed_on["transforms"]) == ("column:godkendt_ts", [EPOCH])
    assert form["lists"][0]["table"]["date"] == "Besøg"
    records = canonical_records(drafted_config(text, tmp_path), data, "mentortimer.csv")
    assert [(r["signed_on"], [e["week"] for e in r["entries"]]) for r in records] == [
        ("2027-03-31", ["2027-W09", "2027-W10", "2027-W11", "2027-W12"]),
        ("2027-04-01", ["2027-W09", "2027-W10", "2027-W12"]),
    ]


def test_ten_digit_numbers_that_are_no_midnights_are_no_days() -> None:
    """P-numbers are counts of seconds of 2002 to 2003 too (1023456789 is 2002-06-07 13:33:09 UTC): by
    its values alone a column is days only where every count is a midnight."""
    assert not epoch_days(["1023456789", "1017462938"])
    assert epoch_days(["1803942000000", "1804028400000"])  # 2 and 3 March 2027, Danish midnights
    assert epoch_days(["1803945600", "1804032000"])  # the same days at UTC's midnight
    assert not epoch_days(["1803942000000", "1804032000000"])  # one Danish, one UTC: no one zone
