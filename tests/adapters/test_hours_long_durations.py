"""A duration with more digits than Decimal's default 28 (decision 0068, "Stop 66: review-101"): its
hours are worked out exactly as `exact_hours` promises, never rounded at the 28th digit into hours
nobody wrote, nor left to crash the reading with `decimal.InvalidOperation`."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


def test_a_day_and_a_sliver_is_not_rounded_to_24_hours() -> None:
    # 1.000…01 days (the 1 at the 29th decimal) are 24 hours and 24·10⁻²⁹ more: not 24.0.
    with pytest.raises(TransformError) as caught:
        hours("P1.00000000000000000000000000001D")
    assert f"is 24.{'0' * 27}24 hours" in caught.value.reason_en


def test_a_duration_of_many_days_is_read_not_crashed() -> None:
    # (10²⁵ − 1) days · 24 = 24·10²⁵ − 24 hours.
    assert hours("P9999999999999999999999999D") == "239999999999999999999999976.0"
