"""A bracketed zone id that tzdata holds as a folder ("Europe") or that is longer than a file's name may be
is refused as no time zone, as any other id tzdata lacks (stop 74, review-137): `ZoneInfo` opens the id as
a file, and trial-137's `zone_ids` caught only its not-found and path errors, so these two stopped the
reading with a bare IsADirectoryError or OSError."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError, parse_date


@pytest.mark.parametrize(
    "zone", ["Europe", "America", "Etc", "Europe/" + "K" * 300, "K" * 300], ids=lambda zone: zone[:10]
)
def test_a_zone_id_that_is_no_file_is_refused_as_no_time_zone(zone: str) -> None:
    with pytest.raises(TransformError, match="is no time zone the hub knows"):
        parse_date(f"2027-11-01T00:20+01:00[{zone}]")
