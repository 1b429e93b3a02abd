"""A date as Unix `date` prints it in German ("Di 6. Okt 14:03:00 CEST 2026"), read as fixes-77 reads
the C, en_US and da_DK shapes (`test_date_zone_names.py`): the instant's day in Denmark (stop 74,
fixes-136; the day as written before), the weekday checked, a
zone the hub does not know refused (stop 63, fixes-81). The shapes are coreutils 9.1's `date` under
glibc 2.36's de_DE (`localedef -i de_DE -f UTF-8` into a scratch folder, TZ=Europe/Copenhagen, and the
Faroes', Nuuk's and UTC for the zones); the days counted on a calendar (1 January 2026 a Thursday)."""

from __future__ import annotations

import pytest
from onboarding_trial import Trial, trial_registry

from hub.adapters.mapping.textparse import TransformError, parse_date

HERNING = Trial("herning", "657", "make_fixtures_onboarding_thirtythird")
APPROVED = ">Mon Sep 14 09:30:12 2026</godkendt>"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Di 6. Okt 14:03:00 CEST 2026", "2026-10-06"),
        ("Fr 2. Jan 09:05:00 CET 2026", "2026-01-02"),
        ("Mo 9. Mär 23:59:00 CET 2026", "2026-03-09"),  # März's umlaut
        ("So 3. Mai 00:00:00 CEST 2026", "2026-05-03"),
        ("So 27. Dez 01:00:00 CET 2026", "2026-12-27"),
        ("Di 6. Okt 14:03:00 WEST 2026", "2026-10-06"),  # the Faroes
        ("Di 6. Okt 14:03:00 -01 2026", "2026-10-06"),  # Nuuk
        ("Di 6. Okt 23:30:00 UTC 2026", "2026-10-07"),  # 01:30 on the 7th in Copenhagen
    ],
)
def test_dates_written_by_date_in_german_are_read_as_the_danish_day(text: str, day: str) -> None:
    assert parse_date(text) == day


def test_the_weekday_of_a_german_date_is_checked() -> None:
    with pytest.raises(TransformError) as info:
        parse_date("Mi 6. Okt 14:03:00 CEST 2026")
    assert info.value.reason_en.endswith("'Mi 6. Okt 14:03:00 CEST 2026' is a Tuesday")
    assert info.value.reason_da.endswith("'Mi 6. Okt 14:03:00 CEST 2026' er en tirsdag")


def test_germanys_own_name_for_the_zone_is_refused_as_no_zone_the_hub_knows() -> None:
    """MESZ (Mitteleuropäische Sommerzeit) is what a German writes by hand; `date` prints tzdata's CEST."""
    with pytest.raises(TransformError) as info:
        parse_date("Di 6. Okt 14:03:00 MESZ 2026")
    assert "'MESZ' is no time zone the hub knows (it reads " in info.value.reason_en
    assert "'MESZ' er ikke en tidszone, hubben kender" in info.value.reason_da


def test_a_german_date_is_read_at_its_place_in_the_form() -> None:
    """Herning's Perl export with the approval as `date` prints it in German."""
    config = trial_registry().get("herning")
    xml = (HERNING.golden / "mentortimer.xml").read_bytes()
    assert APPROVED.encode() in xml
    german = xml.replace(APPROVED.encode(), b">Mo 14. Sep 09:30:12 CEST 2026</godkendt>")
    first = HERNING.items(config, german, "mentortimer.xml")[0]
    assert first.mapped is not None and first.mapped.record["signed_on"] == "2026-09-14"
