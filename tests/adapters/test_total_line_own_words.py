"""A municipality's own words for its line of sums (decision 0060, "Stop 55: stray-63"): `Timer i alt`,
`Antal timer i alt:`, `Samlede timer` under a table with no stop rule were read as one more row and
refused once a cell ("not a date: 'Timer i alt'", "no digits in ...", "empty: a value is required"),
since only a line starting with a total word was told apart. A short line holding a total word, with
only numbers beside it, is now refused once at its row as a total line, saying how to end the table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_items import ROWS, TIMESHEETS, form, sheet
from test_tables import DAYS, csv, run
from test_tables import form as table_form

from hub.adapters.mapping.form_items import map_items
from hub.errors import Rejection

SHA = "cd" * 32
OWN_WORDS = ["Timer i alt", "Antal timer i alt:", "Timer ialt", "Samlede timer", "Hours total"]


@pytest.mark.parametrize("words", OWN_WORDS)
def test_a_timesheets_own_total_line_is_one_refusal_at_its_row(tmp_path: Path, words: str) -> None:
    """The days of `test_tables` (rows 7-9 under the header at row 6), the line of sums at row 10."""
    with pytest.raises(Rejection) as info:
        run(table_form(tmp_path), csv(*DAYS, f"{words};6,5", trailer="\nUnderskrevet af;Hans Jensen\n"))
    (problem,) = info.value.problems
    shown = words.rstrip(":")
    assert problem.locator == "row 10, column 1 (A10)"
    assert problem.reason_en.startswith(f"row 10 looks like a total line ('{shown}')")
    assert f'stop = {{ label = "{shown}" }}' in problem.reason_en
    assert problem.reason_da.startswith(f"række 10 ligner en sumlinje ('{shown}')")


@pytest.mark.parametrize("words", OWN_WORDS)
def test_an_exports_own_total_line_under_its_items_is_one_refusal(tmp_path: Path, words: str) -> None:
    """Under the last citizen's row (row 4) of an export read one citizen a group, then a blank row."""
    rows = [*ROWS[:4], [words, "", "", "3"], [], *ROWS[-2:]]
    read, total = map_items(sheet(rows), form(tmp_path, TIMESHEETS), SHA, "timer.xlsx", "159")
    assert read.mapped is not None and read.mapped.record["total_hours"] == "3.0"
    (problem,) = total.problems
    assert (problem.locator, problem.locator_da) == ('sheet "Ark1", cell A5', 'ark "Ark1", celle A5')
    assert problem.reason_en.startswith(f"row 5 looks like a total line ('{words.rstrip(':')}')")


def test_a_line_with_a_total_word_but_words_beside_it_is_read_as_a_row(tmp_path: Path) -> None:
    """A note that says "i alt" with a word beside it is no line of sums by its shape: refused as the row it
    is (no date), as before; the same words with only hours beside them are a total line."""
    note = csv(*DAYS, "Timer i alt;se bemærkning", trailer="\nUnderskrevet af;Hans Jensen\n")
    with pytest.raises(Rejection) as info:
        run(table_form(tmp_path), note)
    assert not any("total line" in p.reason_en for p in info.value.problems)
    summed = csv(*DAYS, "Timer i alt;6,5", trailer="\nUnderskrevet af;Hans Jensen\n")
    with pytest.raises(Rejection) as info:
        run(table_form(tmp_path), summed)
    assert [p.reason_en.startswith("row 10 looks like a total line") for p in info.value.problems] == [True]
