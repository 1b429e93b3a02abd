"""A date as Unix `date` prints it, with its zone's name ("Tue Oct  6 14:03:00 CEST 2026"), read as the
instant's day in Denmark (stop 74, fixes-136: stop 63's fixes-77 read the day written whatever the zone;
trial-80 met the same without a zone, C's asctime: `test_date_asctime.py`). A word there that is
no zone the hub knows is refused, at the value's place, not guessed at. Expected days counted on a
calendar (1 January 2026 a Thursday); the shapes are `date`'s in the C, en_US and da_DK locales
(coreutils 9.1, glibc's date_fmt)."""

from __future__ import annotations

import pytest
from onboarding_trial import Trial, trial_registry

from hub.adapters.mapping.textparse import TransformError, parse_date

HERNING = Trial("herning", "657", "make_fixtures_onboarding_thirtythird")
APPROVED = ">Mon Sep 14 09:30:12 2026</godkendt>"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tue Oct  6 14:03:00 CEST 2026", "2026-10-06"),  # LC_ALL=C, TZ=Europe/Copenhagen
        ("Mon Mar  2 09:03:00 CET 2026", "2026-03-02"),  # winter time
        ("Tue Oct  6 23:30:00 UTC 2026", "2026-10-07"),  # 01:30 on the 7th in Copenhagen
        ("Tue Oct  6 14:03:00 GMT 2026", "2026-10-06"),
        ("Sat Oct 31 23:29:59 WET 2026", "2026-11-01"),  # the Faroes: 00:29:59 on 1 November in CET
        ("Sat Oct 31 22:59:59 WET 2026", "2026-10-31"),  # ... and 23:59:59 on 31 October
        ("Tue Oct  6 14:03:00 -01 2026", "2026-10-06"),  # Greenland's numbered zones
        ("Tue Oct  6 02:03:00 PM CEST 2026", "2026-10-06"),  # en_US: 12-hour
        ("tir  6 okt 14:03:00 CEST 2026", "2026-10-06"),  # da_DK
        ("man  2 mar 09:03:00 CET 2026", "2026-03-02"),
    ],
)
def test_dates_written_by_date_with_a_zone_name_are_read_as_the_danish_day(text: str, day: str) -> None:
    assert parse_date(text) == day


def test_the_weekday_of_a_date_with_a_zone_is_checked() -> None:
    with pytest.raises(TransformError) as info:
        parse_date("Wed Oct  6 14:03:00 CEST 2026")
    assert info.value.reason_en.endswith("'Wed Oct  6 14:03:00 CEST 2026' is a Tuesday")
    assert info.value.reason_da.endswith("'Wed Oct  6 14:03:00 CEST 2026' er en tirsdag")


@pytest.mark.parametrize(
    "text",
    [
        "Tue Oct  6 14:03:00 XYZ 2026",
        "Tue Oct  6 14:03:00 cest 2026",  # `date` prints a zone's name in capitals
        "Tue Oct  6 14:03:00 +25 2026",  # no zone is 25 hours off
    ],
)
def test_a_word_that_is_no_zone_the_hub_knows_is_refused_saying_so(text: str) -> None:
    zone = text.split()[4]
    with pytest.raises(TransformError) as info:
        parse_date(text)
    assert f"'{zone}' is no time zone the hub knows (it reads " in info.value.reason_en
    assert "CEST" in info.value.reason_en and "UTC" in info.value.reason_en
    assert f"'{zone}' er ikke en tidszone, hubben kender" in info.value.reason_da


def test_a_zone_the_hub_does_not_know_is_refused_at_its_place_in_the_form() -> None:
    """Herning's Perl export with the approval as `date` prints it: read with CEST; with a word that is
    no zone, the course is refused at the approval's element, the reason naming the word."""
    config = trial_registry().get("herning")
    xml = (HERNING.golden / "mentortimer.xml").read_bytes()
    assert APPROVED.encode() in xml
    zoned = xml.replace(APPROVED.encode(), b">Mon Sep 14 09:30:12 CEST 2026</godkendt>")
    first = HERNING.items(config, zoned, "mentortimer.xml")[0]
    assert first.mapped is not None and first.mapped.record["signed_on"] == "2026-09-14"
    unknown = xml.replace(APPROVED.encode(), b">Mon Sep 14 09:30:12 MESZ 2026</godkendt>")
    first = HERNING.items(config, unknown, "mentortimer.xml")[0]
    (problem,) = first.problems
    assert problem.field == "signed_on" and "godkendt" in problem.locator, problem
    assert "'MESZ' is no time zone the hub knows" in problem.reason_en
    assert "'MESZ' er ikke en tidszone, hubben kender" in problem.reason_da
