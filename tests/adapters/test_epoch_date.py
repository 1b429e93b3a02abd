"""A day written as a count since 1970 (decision 0061, "Stop 68: fixes-110"; trial-106 left it): a node
app that gives csv-stringify a `Date` and no `cast.date` gets `getTime()`, milliseconds since 1970
(`1803942000000`), in every date column; a Unix `time()` writes seconds. `date` refused both "not a
date". The `epoch_date` transform reads the count as the day it is in the config's zone, Denmark's
unless said: 1803942000 is midnight on 2 March 2027 in Denmark and 23:00 on 1 March in UTC."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from marshmallow import ValidationError
from onboarding_trial import TRIAL, edited_config

from hub.adapters.language.config_da import danish
from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.errors import Rejection

LEJRE = TRIAL / "golden" / "lejre"
# 1 March 2027 00:00 UTC: 57 years of 365 days and 14 leap days to 1 January 2027 (20819 days), then 31 + 28.
MARCH_1 = (20819 + 31 + 28) * 86400
DST_FROM = 28  # summer time from 28 March 2027: Danish midnight is 22:00 UTC the day before, else 23:00


def _danish_midnight_ms(day: int, month: int) -> str:
    """Milliseconds since 1970 of midnight in Denmark of a day in March or April 2027, as getTime()."""
    days = day - 1 if month == 3 else 31 + day - 1
    offset = 7200 if month == 4 or day >= DST_FROM else 3600
    return str((MARCH_1 + days * 86400 - offset) * 1000)


def _get_time_csv() -> bytes:
    """Lejre's visits as csv-stringify writes them without `cast.date`: each day `getTime()`."""
    text = (LEJRE / "mentortimer.csv").read_text(encoding="utf-8-sig")
    days = re.sub(
        r"(?<=,)(\d{1,2})\.([34])\.2027(?=\r?\n|,)", lambda m: _danish_midnight_ms(int(m[1]), int(m[2])), text
    )
    assert "2027" not in days.split("\n", 1)[1]
    return ("\ufeff" + days).encode()


def _lejre(tmp_path: Path, day: str) -> object:
    """Lejre's config with every day of the visits read by `day` instead of `date`."""

    def visits_by(text: str) -> str:
        tail = text.split('form_type = "mentor_hours"', 1)[1]
        assert tail.count('transforms = ["date"]') == 2
        return text.replace(tail, tail.replace('transforms = ["date"]', f"transforms = [{day}]"))

    return edited_config(tmp_path, "lejre", visits_by)


def test_get_time_days_read_by_epoch_date_are_the_records_written_by_hand(tmp_path: Path) -> None:
    want = json.loads((LEJRE / "mentortimer.expected.json").read_text(encoding="utf-8"))
    assert canonical_records(_lejre(tmp_path, '"epoch_date"'), _get_time_csv(), "mentortimer.csv") == want


def test_get_time_days_are_still_no_date_to_date(tmp_path: Path) -> None:
    with pytest.raises(Rejection) as info:
        canonical_records(_lejre(tmp_path, '"date"'), _get_time_csv(), "mentortimer.csv")
    said = [p.reason_en for p in info.value.problems]
    assert any(r.startswith("not a date: '1803942000000'") for r in said), said


@pytest.mark.parametrize(
    ("written", "zone", "day"),
    [("1803942000000", None, "2027-03-02"), ("1803942000", None, "2027-03-02"),
     ("1803942000000", "UTC", "2027-03-01"), ("1806444000000", None, "2027-03-31"),  # summer time
     (" 1803945600000 ", "UTC", "2027-03-02"),
     # `date +%s.%N` and a Java Instant's seconds.nanoseconds (stop 74, fixes-136): 1822635000 is 07:30
     # UTC on 4 October 2027; 1806444000 is 22:00 UTC on 30 March 2027, Danish midnight of 31 March
     ("1822635000.000000000", None, "2027-10-04"), ("1806444000.000000000", None, "2027-03-31"),
     ("1806443999.999999999", None, "2027-03-30"), ("1806444000.000000000", "UTC", "2027-03-30"),
     ("1803942000.5", None, "2027-03-02"), ("1806444000000.25", None, "2027-03-31"),
     ("1806443999,999", None, "2027-03-30")],
)  # fmt: skip
def test_a_count_is_the_day_in_the_zone(written: str, zone: str | None, day: str) -> None:
    transform = TRANSFORMS["epoch_date"]
    args = transform.validate_args({"zone": zone} if zone else {})
    assert transform.func(written, args) == day


@pytest.mark.parametrize(
    "written",
    # 12 digits (a count of 1975's milliseconds, or a digit lost), 11, 2286 as seconds, a point with no
    # part of a second after it, two parts, a Danish date, a day past 2099 (4102444800 is 1 January 2100
    # UTC), a CPR number without its dash (a leading zero: as seconds, 1985)
    ["180394200000", "18039420000", "9999999999", "1803942000.", "1803942000.5.5", "2.3.2027", "4102444800",
     "0503912284"],
)  # fmt: skip
def test_what_is_no_plausible_count_is_refused_saying_what_one_is(written: str) -> None:
    with pytest.raises(TransformError) as info:
        TRANSFORMS["epoch_date"].func(written, {})
    assert info.value.reason_en == (
        f"not a time since 1970: '{written}' (epoch_date reads seconds, 10 digits, or milliseconds, 13"
        " digits, any part of a second after a point, of a day from 2001 to 2099)"
    )
    assert info.value.reason_da.startswith(f"ikke et tidspunkt talt fra 1970: '{written}' (epoch_date læser")


def test_a_zone_not_in_the_database_is_refused_when_the_config_loads() -> None:
    with pytest.raises(ValidationError) as info:
        TRANSFORMS["epoch_date"].validate_args({"zone": "Europe/Kbh"})
    (said,) = info.value.messages["zone"]  # type: ignore[call-overload,index]
    assert said == "no such time zone: 'Europe/Kbh' (write one such as 'Europe/Copenhagen' or 'UTC')"
    assert danish(said) == "ingen sådan tidszone: 'Europe/Kbh' (skriv en som 'Europe/Copenhagen' eller 'UTC')"
