"""A section heading printed in a column of its own, left of a table's labels, for `pdf_headings`.

A case system or a word processor's table often gives each block a first column: "Borger", "Mentor",
"Jobcenter" in the left cell of the block's first row, the labels in the next column and the boxes in
the last. Nothing is printed above the labels, so `pdf_headings` found no heading in their column, and
"Navn" under "Mentor" was "not recognised" (decision 0060, "Stop 60: suggest-70"). The heading is the
nearest such text at or above the box's line: the next block's heading, lower down, ends the block.
"""

from __future__ import annotations

import re

from hub.adapters.mapping.tables import is_page_number
from hub.adapters.readers.pdf_runs import Rect, Run
from hub.adapters.suggest.sections import is_heading

_LINE = 2.0  # points a text's baseline may lie outside a widget's height and still be on its line
_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two letters: not a row's number or letter ("1.", "a)")


def side_heading(rect: Rect, left: float, runs: list[Run], widgets: list[Rect]) -> Run | None:
    """The heading printed left of a box's label (`left` is where its label starts), at or above its
    line, in a column holding no box; None where another box stands left of it on its line (a form of
    two columns: the left column's texts head nothing of the right one's)."""
    middle = (rect[1] + rect[3]) / 2
    if any(other[2] <= left and other[1] <= middle <= other[3] for other in widgets):
        return None
    found = [
        run
        for run in runs
        if run[0] + run[3] < left - run[4]
        and run[1] >= rect[1] - _LINE
        and is_heading(run[2])
        and _WORD.search(run[2])
        and not is_page_number(run[2])
        and not any(other[0] <= run[0] <= other[2] for other in widgets)
    ]
    return min(found, key=lambda run: run[1]) if found else None
