"""A list table's subtotal lines beside its rows left out by their own mark (`[[forms.lists.require]]`'s
`leave_out`; decision 0060, "Stop 72: fixes-127"), as an xml list's week sums are
(`test_xml_subtotals_left_out`): a line that adds up every day above it, or only the days counted, is
read, the record's weeks the counted days' either way; a line that is neither is refused, saying both
figures. At `main` a line counting only the approved days was refused.

The timesheet is `test_list_subtotals`' with a column `Godkendt`, written here by hand; every figure is
read off these rows by hand: week 32 holds 3 August, 2 hours approved, and 5 August, 1.5 hours not (2
counted, 3.5 in all); week 33 holds 10 August, 3 hours approved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from test_list_subtotals import HEAD_ROWS, SIGNED, STOP, SUMS, form, run
from test_subtotal_lines import csv, xlsx

from hub.adapters.readers.base import Extraction
from hub.errors import Rejection

RULES = f"""{SUMS}
  {STOP}
    [[forms.lists.require]]
    source = "Godkendt"
    equals = "ja"
    leave_out = ["nej"]
    reason = "the day approved"
"""


def _rows(week32: str, total: str) -> list[list[str]]:
    return [
        *HEAD_ROWS[:-1],
        ["Dato", "Timer", "Godkendt"],  # row 6
        ["03-08-2026", "2", "ja"],  # row 7
        ["05-08-2026", "1,5", "nej"],
        ["I alt", week32],  # row 9
        ["10-08-2026", "3", "ja"],  # row 10
        ["I alt", "3"],  # row 11
        ["I alt", total],  # row 12: the timesheet's total
        *SIGNED,
    ]


@pytest.mark.parametrize(("read", "fmt"), [(csv, "csv"), (xlsx, "xlsx")])
@pytest.mark.parametrize(
    ("week32", "total"), [("3,5", "6,5"), ("2", "5")], ids=["every day", "the counted days"]
)
def test_a_subtotal_of_every_day_or_of_those_counted_is_read(
    tmp_path: Path, read: Callable[[list[list[str]]], Extraction], fmt: str, week32: str, total: str
) -> None:
    mapped = run(read(_rows(week32, total)), form(tmp_path, RULES, fmt))
    assert mapped.record["entries"] == [
        {"week": "2026-W32", "hours": "2.0"},
        {"week": "2026-W33", "hours": "3.0"},
    ]
    assert mapped.record["total_hours"] == "5.0"


def test_a_subtotal_that_is_neither_is_refused_saying_both(tmp_path: Path) -> None:
    with pytest.raises(Rejection) as info:
        run(csv(_rows("3", "6")), form(tmp_path, RULES))
    (problem,) = info.value.problems
    assert (problem.field, problem.locator) == ("entries", "row 9, column 2 (B9)")
    assert problem.reason_en == (
        "this subtotal line gives Timer '3', but the rows it sums (rows 7–8) add up to 2, or 3.5 with the 1"
        " left out by their mark: correct the line or the rows in the file"
    )
    assert problem.reason_da == (
        "denne sumlinje angiver Timer '3', men de rækker, den summerer (rækkerne 7–8), giver 2 tilsammen,"
        " eller 3,5 med de 1, der udelades efter deres mærke: ret linjen eller rækkerne i filen"
    )


@pytest.mark.parametrize("week32", ["2", "3,5", "3"], ids=["the counted day", "every day", "neither"])
def test_a_row_whose_mark_is_neither_is_refused_at_its_mark_not_at_the_line_summing_it(
    tmp_path: Path, week32: str
) -> None:
    """5 August's `Godkendt` is 'nej?', neither 'ja' nor 'nej': whether week 32's line should add up 2 or
    3.5 is not known until the mark is put right, so the refusal is the mark's, at its cell (C8). At main
    a line of 2 (the approved day, as the form's own program sums) or of 3 was refused as not adding up
    to 3.5, and the mark, the cause, was not said."""
    rows = _rows(week32, "5")
    rows[7] = ["05-08-2026", "1,5", "nej?"]  # row 8
    with pytest.raises(Rejection) as info:
        run(csv(rows), form(tmp_path, RULES))
    (problem,) = info.value.problems
    assert (problem.field, problem.locator) == ("entries[1]", "row 8, column 3 (C8)")
    assert problem.reason_en.startswith("condition not met (the day approved): Godkendt is 'nej?'")
