"""RFC 2822's names for UTC ("GMT", "UT", "Z") are matched in any case, as the rest of an RFC 2822 date is
(stop 74, review-137): fixes-136 passed the name as written to `zone_offsets`, which knows it in capitals
only, so "Mon, 03 Aug 2026 08:00:00 gmt", read as 3 August at stop 73, stopped the reading with a bare
AssertionError instead of a day or a refusal."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError, parse_date


# The days by hand: 08:00 UTC on 3 August is 10:00 in Denmark; 23:00 UTC is 01:00 on 4 August.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Mon, 03 Aug 2026 08:00:00 gmt", "2026-08-03"),
        ("Mon, 03 Aug 2026 08:00:00 Gmt", "2026-08-03"),
        ("mon, 03 aug 2026 08:00:00 ut", "2026-08-03"),
        ("Mon, 03 Aug 2026 23:00:00 z", "2026-08-04"),
        ("Mon, 03 Aug 2026 23:00:00 utc (UTC)", "2026-08-04"),
    ],
)
def test_utcs_name_in_lower_case_is_utc(text: str, day: str) -> None:
    assert parse_date(text) == day


def test_utcs_name_in_lower_case_with_another_zone_in_its_comment_is_refused() -> None:
    with pytest.raises(TransformError, match="zones disagree"):
        parse_date("Mon, 03 Aug 2026 08:00:00 gmt (CEST)")
