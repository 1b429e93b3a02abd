"""The bundle's files carry the moment it was made as Danish wall-clock time (stop 61, walk-73).

A zip's times have no zone, and unzip, Windows' Explorer and macOS's Archive Utility show them as local
time. Ballerup's auditor unpacked a bundle that its README and verify.py said was made "6. december 2026
kl. 12.19" and saw every file dated 11:19: the UTC the hub had written.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

import pytest

from hub.exports.bundle_zip import BundleZip


@pytest.mark.parametrize(
    ("made", "shown"),
    [
        # Winter (CET, UTC+1); a zip counts seconds in twos, so 41 s is written as 40.
        (datetime(2026, 12, 6, 11, 19, 41, tzinfo=UTC), (2026, 12, 6, 12, 19, 40)),
        # Summer (CEST, UTC+2), and a day that is another day in Denmark.
        (datetime(2026, 7, 31, 22, 30, 0, tzinfo=UTC), (2026, 8, 1, 0, 30, 0)),
    ],
)
def test_each_file_is_dated_in_danish_time(made: datetime, shown: tuple[int, ...]) -> None:
    out = io.BytesIO()
    bundle = BundleZip(out, made)
    bundle.add_bytes("README.md", b"# Revisionspakke\n")
    bundle.add_lines("records/records.jsonl", [{"id": 1}])
    bundle.close()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as written:
        assert [info.date_time for info in written.infolist()] == [shown, shown]
