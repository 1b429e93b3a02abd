"""A month's visits kept in time-of-day cells (`h:mm`, a number below 1: 1:30 is 0.0625) and summed in a
cell saved with no value (decision 0061, "Stop 68: fixes-110"; trial-105 left it never calculated):
Excel's `SUM` adds them, and shows the total where the sum's format shows it: `[h]:mm` always, `h:mm`
below a day only, since `h:mm` is a time of day and wraps at 24 hours (25:30 is shown 1:30). Such a
total of a day or more is refused at its cell, saying the format hides whole days; never read as either
figure. Aabenraa's sheet is excel-builder-vanilla's (`tests/onboarding/golden/aabenraa`) with the app's
time format `h:mm` instead of `[h]:mm`, as an app writing `numFmt: "h:mm"` saves it."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile

import pytest
from onboarding_trial import TRIAL, trial_registry
from test_xlsx_duration_sum import VISITS, _read

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.selectors import SourceIndex
from hub.errors import Rejection

AABENRAA = TRIAL / "golden" / "aabenraa"


def _sheet(**cells: str) -> bytes:
    """Aabenraa's hours with its length cells in `h:mm`, and each cell of `cells` (B11=...) saved so."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(AABENRAA / "mentortimer.xlsx") as book,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as changed,
    ):
        for item in book.infolist():
            data = book.read(item.filename)
            if item.filename == "xl/styles.xml":
                assert data.count(b'formatCode="[h]:mm"') == 1
                data = data.replace(b'formatCode="[h]:mm"', b'formatCode="h:mm"')
            for ref, saved in cells.items():
                if item.filename == "xl/worksheets/sheet1.xml":
                    data, found = re.subn(rf'(r="{ref}"><v>)[^<]*'.encode(), rb"\g<1>" + saved.encode(), data)
                    assert found == 1
            changed.writestr(item, data)
    return out.getvalue()


def _records(data: bytes) -> object:
    return canonical_records(trial_registry().get("aabenraa"), data, "mentortimer.xlsx")


def test_a_sum_of_times_of_day_below_a_day_is_read_as_the_sheet_shows_it() -> None:
    """2:00 + 1:30 + 2:45 + 1:15 + 3:00 + 0:45 + 2:30 + 1:30 + 2:00 = 17:15, shown 17:15 in h:mm."""
    want = json.loads((AABENRAA / "mentortimer.expected.json").read_text(encoding="utf-8"))
    assert _records(_sheet()) == want


def test_a_sum_of_a_day_or_more_in_h_mm_is_refused_at_its_cell_saying_the_format_hides_days() -> None:
    """The first visit 9:00 (0.375) instead of 2:00: 24:15, which h:mm shows as 0:15."""
    with pytest.raises(Rejection) as info:
        _records(_sheet(B11="0.375"))
    (problem,) = info.value.problems
    assert problem.locator == (
        'sheet "November 2026", cell B20 (no value saved, worked out by the hub as SUM(B11:B19))'
    )
    assert problem.reason_en == (
        "the cell's formula SUM(B11:B19) adds up to 24:15, but its format h:mm shows a time of day, so the"
        " sheet shows 0:15: the format hides whole days; format the cell as [h]:mm, then send it again"
    )
    assert problem.reason_da == (
        "cellens formel SUM(B11:B19) giver 24:15, men dens format h:mm viser et klokkeslæt, så arket viser"
        " 0:15: formatet skjuler hele døgn; formatér cellen som [t]:mm, og send den så igen"
    )


@pytest.mark.parametrize(
    ("visit_format", "total_format", "total"),
    # durations or times of day, in a duration's [h]:mm or a time of day's h:mm: 2:00 + 1:30 + 0:45
    [("h:mm", "[h]:mm", "4:15:00"), ("[h]:mm", "h:mm", "4:15:00"), ("h:mm", "hh:mm:ss", "4:15:00")],
)  # fmt: skip
def test_lengths_and_times_of_day_are_summed_as_excel_shows_them(
    visit_format: str, total_format: str, total: str
) -> None:
    extraction = _read(VISITS, total_format, visit_format)
    assert "uncached_formulas" not in extraction.meta
    found = SourceIndex(extraction).resolve("next:Timer i alt")
    assert found is not None and found.value == total and found.meta["worked_out"] == "SUM(B2:B5)"


def test_a_day_and_a_time_in_h_mm_is_no_length_and_the_sum_stays_never_calculated() -> None:
    """1.0625 in h:mm is 1 January 1900 at 1:30 to Excel, shown 1:30: whose length nobody can tell."""
    visits = [dt.datetime(1900, 1, 1, 1, 30), dt.timedelta(hours=2)]
    extraction = _read(visits, "[h]:mm", "h:mm")
    assert ["Timer", 4, 2] in extraction.meta.get("uncached_formulas", [])


def test_a_sum_in_a_time_format_with_am_pm_stays_never_calculated() -> None:
    extraction = _read(VISITS, "h:mm AM/PM", "h:mm")
    assert ["Timer", 6, 2] in extraction.meta.get("uncached_formulas", [])
