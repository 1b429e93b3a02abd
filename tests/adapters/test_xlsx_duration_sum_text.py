"""A month's visits kept as durations with a word among them ("Syg" on a day the intern was ill), summed
in an `[h]:mm` cell saved with no value (decision 0068, "Stop 67: review-107", found and left): refused as
a formula never calculated, though Excel's `SUM` passes over text and shows 4:15 (fixes-109). A text
holding a digit (`1:30` typed as text: a visit Excel would leave out as well) and a word in any formula
but a plain `SUM` (`B2+B3`, which Excel makes `#VALUE!`) are still never calculated. Written by openpyxl,
which saves a formula with no value; 2:00 + 1:30 + 0:45 = 4:15 worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from test_xlsx_duration_sum import _read

from hub.adapters.mapping.selectors import SourceIndex

TWO, ONE_AND_A_HALF, THREE_QUARTERS = (dt.timedelta(hours=2), dt.timedelta(hours=1, minutes=30),
                                       dt.timedelta(minutes=45))  # fmt: skip


@pytest.mark.parametrize("word", ["Syg", "ferie", " "])
def test_a_word_among_the_durations_adds_nothing_as_in_excel(word: str) -> None:
    extraction = _read([TWO, word, ONE_AND_A_HALF, None, THREE_QUARTERS], "[h]:mm")
    assert "uncached_formulas" not in extraction.meta
    total = SourceIndex(extraction).resolve("next:Timer i alt")
    assert total is not None and total.key == "Timer!B7"
    assert total.value == "4:15:00"
    assert total.meta["worked_out"] == "SUM(B2:B6)"


@pytest.mark.parametrize("text", ["1:30", "2 t."])
def test_a_text_with_a_figure_leaves_the_sum_never_calculated(text: str) -> None:
    extraction = _read([TWO, text, THREE_QUARTERS], "[h]:mm")
    assert ["Timer", 5, 2] in extraction.meta.get("uncached_formulas", [])


def test_a_word_in_a_sum_written_with_plus_is_still_never_calculated() -> None:
    extraction = _read([TWO, "Syg", THREE_QUARTERS], "[h]:mm", formula="=B2+B3+B4")
    assert ["Timer", 5, 2] in extraction.meta.get("uncached_formulas", [])
