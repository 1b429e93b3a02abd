"""`date`'s `written_in_utc` (fixes-128) says every date-time with no zone is a UTC instant, its day the
one in Denmark (docs/config-language.md). review-132 found two ways it did not hold: a date-time written
day first (`30.11.2026 23:00`, as a writer formatting a UTC `Date` for Danish eyes prints it) was read as
the day written, 30 November, where the word says 1 December; and a refusal of such a text quoted the
`Z` the hub had put after it, not what the sender wrote (decision 0068, "Stop 73: review-132")."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def _date(text: str, **args: object) -> str:
    return TRANSFORMS["date"].func(text, args)


@pytest.mark.parametrize(
    ("written", "in_denmark"),
    [
        ("30.11.2026 23:00", "2026-12-01"),  # CET: midnight is 23:00 UTC
        ("30-11-2026 23:00:00", "2026-12-01"),
        ("ma 30-11-2026 23:00", "2026-12-01"),  # the weekday is the written day's, as RFC 2822's is
        ("2. maj 2027 kl. 22.00", "2027-05-03"),  # CEST: midnight is 22:00 UTC
        ("24.10.2026 22:00", "2026-10-25"),  # the last night of summer time: 00:00 CEST
        ("25.10.2026 22:59", "2026-10-25"),  # after it, 23:59 CET the same day
        ("31.3.2027, 14.05.00", "2027-03-31"),  # CLDR's comma; 16:05 in Denmark
    ],
)
def test_a_date_time_written_day_first_is_read_as_utc_with_the_word(written: str, in_denmark: str) -> None:
    assert _date(written, written_in_utc=True) == in_denmark


def test_without_the_word_the_day_written() -> None:
    assert _date("30.11.2026 23:00") == "2026-11-30"


def test_a_refusal_quotes_the_text_as_written_not_with_a_z_after_it() -> None:
    with pytest.raises(TransformError) as refused:
        _date("2026-11-30T24:00:00", written_in_utc=True)
    assert "'2026-11-30T24:00:00'" in refused.value.reason_en and "00Z" not in refused.value.reason_en
    assert "00Z" not in refused.value.reason_da


def test_a_day_outside_the_period_is_quoted_as_written_and_said_as_read() -> None:
    with pytest.raises(TransformError) as refused:
        _date("2026-11-30T23:00:00", written_in_utc=True, within="2026-11-01/2026-11-30")
    assert "the day '2026-11-30T23:00:00' (2026-12-01) lies outside" in refused.value.reason_en
    assert "dagen '2026-11-30T23:00:00' (1-12-2026) ligger uden for" in refused.value.reason_da
