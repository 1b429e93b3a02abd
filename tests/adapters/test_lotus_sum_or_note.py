"""A CSV text that starts with a minus and has a Lotus sum's shape (`-Q1-Q2`, a note's quarters) is its
text; `+B2+B3` adding the file's own figures is still a formula (decision 0060, "Stop 65: lang-93, a
Lotus sum or a note"; review-89 found the note refused). fixes-85's rule read the text alone; it now also
asks that each cell the sum names hold a number (or a formula) in the file.

The CSV is written here by hand: B2 holds 2,5 and B3 holds 3 (hours), Q1 and Q2 nothing (the file has two
columns).
"""

from __future__ import annotations

import pytest

from hub.adapters.readers.tabular import read_csv

ROWS = "Mentor;Ole Berg\nTimer;2,5\nTimer;3\nI alt;{total}\nBemærkning;{note}\n"


def _read(total: str, note: str) -> tuple[list[str], list[list[object]]]:
    extraction = read_csv(ROWS.format(total=total, note=note).encode(), "m.csv", delimiter=";")
    texts = [str(v.value) for v in extraction.values if v.meta["col"] == 2]
    return texts, extraction.meta.get("uncached_formulas", [])


@pytest.mark.parametrize("note", ["-Q1-Q2", "-Q1+Q2", "+H1-H2", "-A7-B7"])
def test_a_note_shaped_as_a_lotus_sum_of_empty_cells_is_its_text(note: str) -> None:
    texts, formulas = _read("5,5", note)
    assert texts == ["Ole Berg", "2,5", "3", "5,5", note]
    assert formulas == []


@pytest.mark.parametrize("total", ["+B2+B3", "-B2+B3", "+B2*1,5", "+ $B$2 + B3"])
def test_a_lotus_sum_of_the_files_figures_is_still_a_formula(total: str) -> None:
    """The guard: fixes-85's forms, each cell named holding hours; refused at B4 as before."""
    texts, formulas = _read(total, "ingen")
    assert total not in texts
    assert formulas == [["", 4, 2]]
