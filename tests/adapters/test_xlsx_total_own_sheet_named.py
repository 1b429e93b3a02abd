"""A total whose formula names its own sheet (`SUM(Timer!B2:B5)` on sheet "Timer", as Excel keeps a
reference typed so and as a program writes it) adds this sheet's cells: checked against them by fixes-93's
rule as `SUM(B2:B5)` is, never said to use "another sheet" and left unchecked (decision 0068, "Stop 66:
review-101"). The books are `test_xlsx_total_other_sheet`'s: sheet "Timer" holds 1, 2, 3, 4 in B2:B5."""

from __future__ import annotations

import pytest
from test_xlsx_total_other_sheet import _book, _total

from hub.adapters.mapping.provenance import locator_of


@pytest.mark.parametrize(
    ("formula", "cells"),
    [("SUM(Timer!B2:B5)", "10"),  # 1 + 2 + 3 + 4
     ("'Timer'!B2+'Timer'!B3", "3"),  # 1 + 2, the sheet's name quoted
     ("SUM(timer!B2:B5)", "10")],  # Excel's sheet names are the same in any case
)  # fmt: skip
def test_a_total_naming_its_own_sheet_is_checked_against_its_cells(formula: str, cells: str) -> None:
    total = _total(_book(f"={formula}", 14))
    assert total.meta["saved_uncalculated"] == [formula, cells, "14"]
    assert "unchecked_total" not in locator_of(total, "xlsx")


def test_a_right_total_naming_its_own_sheet_has_no_words_of_another() -> None:
    total = _total(_book("=SUM(Timer!B2:B5)", 10))
    assert total.value == "10"
    assert locator_of(total, "xlsx")["text"]["en"] == 'sheet "Timer", cell B6'
