"""A zone that names a folder of the zone database, or no file at all, is refused when the config loads
(review-110, stop 68). fixes-110's `EpochArgs` caught the zone database's "not found" and a malformed key;
`zone = "Europe"` (the region without its city, as one may write it) opened the folder
Europe/, and Python's `IsADirectoryError` went up through the config's load as a traceback, naming no
field; a name too long for a file was `OSError` alike. Each is "no such time zone", as `Europe/Kbh` is."""

from __future__ import annotations

import pytest
from marshmallow import ValidationError

from hub.adapters.mapping.transforms import TRANSFORMS


@pytest.mark.parametrize("zone", ["Europe", "America", "A" * 300])
def test_a_folder_or_an_impossible_name_is_no_such_time_zone(zone: str) -> None:
    with pytest.raises(ValidationError) as info:
        TRANSFORMS["epoch_date"].validate_args({"zone": zone})
    (said,) = info.value.messages["zone"]  # type: ignore[call-overload,index]
    assert said == f"no such time zone: {zone!r} (write one such as 'Europe/Copenhagen' or 'UTC')"
