"""A date as Unix `date` prints it in Austria and Switzerland ("Di 06 Okt 2026 14:03:00 CEST", de_AT's
January "Jän"), read as fixes-81 reads de_DE's (`test_date_german.py`): the instant's day in Denmark (stop 74,
fixes-136; the day as written before), the weekday
checked, a zone the hub does not know refused (decision 0061, "Stop 64: fixes-85"). The shapes are
coreutils 9.1's `date` under glibc 2.36's de_AT and de_CH (`localedef` into a scratch folder, date_fmt
"%a %d %b %Y %T %Z"), TZ=Europe/Copenhagen, and UTC and Nuuk for the zones; the days counted on a
calendar (1 January 2026 a Thursday)."""

from __future__ import annotations

import pytest
from onboarding_trial import Trial, trial_registry

from hub.adapters.mapping.textparse import TransformError, parse_date

HERNING = Trial("herning", "657", "make_fixtures_onboarding_thirtythird")
APPROVED = ">Mon Sep 14 09:30:12 2026</godkendt>"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Fr 02 Jän 2026 09:05:00 CET", "2026-01-02"),  # de_AT
        ("Fr 02 Jan 2026 09:05:00 CET", "2026-01-02"),  # de_CH
        ("Di 03 Feb 2026 14:03:00 CET", "2026-02-03"),
        ("Mi 04 Mär 2026 23:30:00 CET", "2026-03-04"),
        ("Di 06 Okt 2026 14:03:00 CEST", "2026-10-06"),
        ("Do 24 Dez 2026 08:00:00 CET", "2026-12-24"),
        ("Di 06 Okt 2026 22:30:00 UTC", "2026-10-07"),  # 00:30 on the 7th in Copenhagen
        ("Di 06 Okt 2026 14:03:00 -01", "2026-10-06"),  # Nuuk
    ],
)
def test_dates_written_by_date_in_austria_and_switzerland_are_read_as_the_danish_day(
    text: str, day: str
) -> None:
    assert parse_date(text) == day


def test_the_weekday_is_checked_and_an_unknown_zone_refused() -> None:
    with pytest.raises(TransformError) as info:
        parse_date("Mi 06 Okt 2026 14:03:00 CEST")
    assert info.value.reason_en.endswith("'Mi 06 Okt 2026 14:03:00 CEST' is a Tuesday")
    assert info.value.reason_da.endswith("'Mi 06 Okt 2026 14:03:00 CEST' er en tirsdag")
    with pytest.raises(TransformError) as info:
        parse_date("Di 06 Okt 2026 14:03:00 MESZ")
    assert "'MESZ' is no time zone the hub knows (it reads " in info.value.reason_en


def test_an_austrian_date_is_read_at_its_place_in_the_form() -> None:
    """Herning's Perl export with the approval as `date` prints it in Austria."""
    config = trial_registry().get("herning")
    xml = (HERNING.golden / "mentortimer.xml").read_bytes()
    assert APPROVED.encode() in xml
    austrian = xml.replace(APPROVED.encode(), b">Mo 14 Sep 2026 09:30:12 CEST</godkendt>")
    first = HERNING.items(config, austrian, "mentortimer.xml")[0]
    assert first.mapped is not None and first.mapped.record["signed_on"] == "2026-09-14"
