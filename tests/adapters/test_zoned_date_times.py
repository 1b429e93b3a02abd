"""One rule for a date-time whose text names its zone or offset: the instant's day in Denmark, whatever
its writer's layout (stop 74, fixes-136). Unix `date`'s and Java `Date.toString()`'s "Sun May 02 22:00:00
UTC 2027" was read as 2 May, the day written, where XStream's "2027-05-02 22:00:00.0 UTC" was 3 May: a
Danish case system running in UTC that stores its caseworker's 3 May as Danish midnight writes both. A
date-time with no zone keeps the day written. Two zones that say different offsets are refused.

The expected days are counted by hand: Denmark is UTC+2 from 01:00 UTC on 28 March 2027 to 01:00 UTC on
31 October 2027 and UTC+1 outside it, so its midnight is 22:00 UTC in summer and 23:00 UTC in winter."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError, parse_date

# 22:00 UTC on Sunday 2 May 2027, Danish midnight of 3 May, in each writer's layout
MIDNIGHT_OF_3_MAY = [
    "Sun May 02 22:00:00 UTC 2027",  # Java's Date.toString() in UTC
    "Sun May  2 22:00:00 UTC 2027",  # `date -u`
    "Sun May  2 10:00:00 PM UTC 2027",  # en_US's `date -u`
    "Mon May  3 00:00:00 CEST 2027",  # the same instant in Denmark's own zone
    "Sun May  2 20:00:00 -02 2027",  # Nuuk's numbered zone
    "søn  2 maj 22:00:00 UTC 2027",  # da_DK's `date -u`
    "So 2. Mai 22:00:00 UTC 2027",  # de_DE's
    "So 02 Mai 2027 22:00:00 UTC",  # de_AT's and de_CH's
    "2027-05-02 22:00:00.0 UTC",  # XStream's DateConverter
    "2027-05-02 22:00:00 +0000 UTC",  # Go's time.Time
    "Sun, 02 May 2027 22:00:00 +0000",  # RFC 2822's
    "2027-05-02T22:00:00Z",  # ISO 8601's
    "2027-05-02T22:00:00+00:00",
]


@pytest.mark.parametrize("text", MIDNIGHT_OF_3_MAY)
def test_danish_midnight_written_in_utc_is_the_same_day_in_every_layout(text: str) -> None:
    assert parse_date(text) == "2027-05-03"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # spring: winter time until 01:00 UTC on 28 March
        ("Sat Mar 27 22:59:59 UTC 2027", "2027-03-27"),  # 23:59:59 CET
        ("Sat Mar 27 23:00:00 UTC 2027", "2027-03-28"),  # midnight CET
        ("Sun Mar 28 21:59:59 UTC 2027", "2027-03-28"),  # 23:59:59 CEST
        ("Sun Mar 28 22:00:00 UTC 2027", "2027-03-29"),  # midnight CEST
        # autumn: summer time until 01:00 UTC on 31 October
        ("Sat Oct 30 21:59:59 UTC 2027", "2027-10-30"),  # 23:59:59 CEST
        ("Sat Oct 30 22:00:00 UTC 2027", "2027-10-31"),  # midnight CEST
        ("Sun Oct 31 22:59:59 UTC 2027", "2027-10-31"),  # 23:59:59 CET
        ("Sun Oct 31 23:00:00 UTC 2027", "2027-11-01"),  # midnight CET
        ("Mon Nov  1 22:00:00 UTC 2027", "2027-11-01"),  # 23:00 CET: summer's midnight is no longer
        ("Sun Oct 31 23:30:00 GMT 2027", "2027-11-01"),
        ("Sun Oct 31 23:30:00 WET 2027", "2027-11-01"),  # the Faroes' winter zone
        ("Sun Oct 31 23:30:00 CET 2027", "2027-10-31"),  # Denmark's own: the day written
    ],
)
def test_a_date_with_its_zone_is_its_danish_day_across_both_summer_time_changes(text: str, day: str) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(
    ("text", "day"),
    [("Sun May  2 22:00:00 2027", "2027-05-02"), ("Sat Oct 30 23:30:00 2027", "2027-10-30")],
)
def test_a_date_without_a_zone_keeps_the_day_written(text: str, day: str) -> None:
    assert parse_date(text) == day


def test_the_weekday_is_the_written_days_not_the_danish_one() -> None:
    """Sunday 2 May at 22:00 UTC is Monday in Denmark: the weekday is checked against the day as written."""
    with pytest.raises(TransformError) as info:
        parse_date("Mon May 02 22:00:00 UTC 2027")
    assert info.value.reason_en.endswith("'Mon May 02 22:00:00 UTC 2027' is a Sunday")
    assert info.value.reason_da.endswith("'Mon May 02 22:00:00 UTC 2027' er en søndag")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("2027-05-02 22:00:00 UTC CEST", "UTC", "CEST"),
        ("2027-05-02 22:00:00 UTC +0200", "UTC", "+0200"),
        ("2027-05-02 22:00:00 +0100 CEST", "+0100", "CEST"),
        ("2027-05-02 22:00:00 +0200 +0100", "+0200", "+0100"),
        ("Sun, 02 May 2027 22:00:00 +0000 (CEST)", "+0000", "CEST"),
    ],
)
def test_two_zones_that_disagree_are_refused_naming_the_value(text: str, first: str, second: str) -> None:
    with pytest.raises(TransformError) as info:
        parse_date(text)
    assert info.value.reason_en == (
        f"not a date: '{text}': its zones disagree ('{first}' and '{second}' are different offsets"
        " from UTC); write the date-time with one zone"
    )
    assert info.value.reason_da == (
        f"ikke en dato: '{text}': dens tidszoner modsiger hinanden ('{first}' og '{second}' er"
        " forskellige forskydninger fra UTC); skriv tidspunktet med én tidszone"
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2027-05-02 22:00:00 +0200 CEST", "2027-05-02"),  # Go in Copenhagen, summer
        ("2027-01-02 23:30:00 +0100 CET", "2027-01-02"),  # ... winter
        ("2027-05-02 22:00:00 +0000 UTC", "2027-05-03"),
        ("2027-05-02 22:00:00 +0200 +0200", "2027-05-02"),  # Go's zone with no abbreviation
        ("2027-05-02 23:00:00 +0530 IST", "2027-05-02"),  # a name the hub does not know, after an offset
        ("Sun, 02 May 2027 22:00:00 +0200 (CEST)", "2027-05-02"),
    ],
)
def test_two_zones_that_agree_are_read(text: str, day: str) -> None:
    assert parse_date(text) == day


def test_a_word_after_a_zones_name_that_is_no_zone_is_no_date() -> None:
    """Go writes an abbreviation after its offset only; after a name, a word is nothing a writer prints."""
    with pytest.raises(TransformError) as info:
        parse_date("2027-05-02 22:00:00 UTC IST")
    assert info.value.reason_en.startswith("not a date: '2027-05-02 22:00:00 UTC IST'")
