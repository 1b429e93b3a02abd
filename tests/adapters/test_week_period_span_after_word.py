"""A span of days after a word of printing or exporting is the period, not the paper's day (review-110,
stop 68). fixes-111 read past any day up to four words after `udtræk`, `eksport`, `udskrift`,
`eksporteret`...; an export's own title names the period it holds so, `Udtræk for perioden 01-12-2026 -
31-12-2026`, and its first day was blanked: the one day left stated no period and the sheet's weeks were
refused "no period or year". A paper is printed on one day: a day that begins a span (a dash, `til`,
`to`, then another day) is the span's first day. Expected periods written from the titles: 1 to 31
December 2026."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.stated_period import period_of


@pytest.mark.parametrize(
    "title",
    [
        "Udtræk for perioden 01-12-2026 - 31-12-2026",
        "Udskrift af timer for perioden 01.12.2026 - 31.12.2026",
        "Eksport 01-12-2026 til 31-12-2026",
        "Timeseddel eksporteret for 1. december 2026 – 31. december 2026",
        # The print day is still read past beside the span, and with a time of day after a dash.
        "Udtræk for perioden 01-12-2026 - 31-12-2026 (udskrevet 05-01-2027)",
        "Mentortimer december 2026 (udskrevet 05-01-2027 - 14:30)",
    ],
)
def test_a_span_after_a_word_of_exporting_is_the_period(title: str) -> None:
    period = period_of(title)
    assert period is not None and str(period) == "2026-12-01/2026-12-31"
