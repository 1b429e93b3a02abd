"""A section heading printed in a column of its own, left of a table's labels, for `pdf_headings`.

A case system or a word processor's table often gives each block a first column: "Borger", "Mentor",
"Jobcenter" in the left cell of the block's first row, the labels in the next column and the boxes in
the last. Nothing is printed above the labels, so `pdf_headings` found no heading in their column, and
"Navn" under "Mentor" was "not recognised" (decision 0060, "Stop 60: suggest-70"). The heading is the
nearest such text at or above the box's line: the next block's heading, lower down, ends the block.

A heading in a merged cell is as often centred down it, below its block's first line: the nearest text at
or above the first line was the block before's heading. Where a heading of the column stands between two
lines (a block of two, four lines), the page's headings are centred: each heads the lines it is the middle
of, counted from the line after the block before (`centred`; decision 0060, "Stop 60: suggest-71"). Where
all stand on lines (blocks of one, three lines), they are centred if the column's first line has none on
or above it and, centred, they head every line, block after block ("Stop 61: suggest-72"): at the tops,
the lines above the first heading would be headed by none.
"""

from __future__ import annotations

import re

from hub.adapters.mapping.tables import is_page_number
from hub.adapters.readers.pdf_runs import Rect, Run
from hub.adapters.suggest.sections import is_heading

_LINE = 2.0  # points a text's baseline may lie outside a widget's height and still be on its line
_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two letters: not a row's number or letter ("1.", "a)")


def side_headings(
    boxes: list[tuple[str, Rect, float]], runs: list[Run], widgets: list[Rect]
) -> dict[str, Run]:
    """The heading left of each box's label (`boxes`: name, rectangle, where its label starts), by name:
    centred down their blocks where one stands between two lines, else at each block's first line."""
    found = {name: head for name, rect, left in boxes if (head := side_heading(rect, left, runs, widgets))}
    aside = {
        name: texts for name, rect, left in boxes if (texts := _aside(rect, left, runs, widgets)) is not None
    }
    column = [(name, rect) for name, rect, _ in boxes if name in aside]
    heads = dict.fromkeys(run for texts in aside.values() for run in texts)  # each once, in page order
    return {**found, **centred(column, sorted(heads, key=lambda run: -run[1]))}


def centred(boxes: list[tuple[str, Rect]], heads: list[Run]) -> dict[str, Run]:
    """Each box's heading where the headings are centred down their blocks (one stands between two lines
    of boxes, or, all on lines, the first below the column's first line and each the middle of its block,
    the blocks every line), each heading the lines it is the middle of; {} where they are not."""
    middles: list[float] = []  # each line's middle, top down (boxes of one line a point or two apart)
    for middle in sorted(((rect[1] + rect[3]) / 2 for _, rect in boxes), reverse=True):
        if not middles or middles[-1] - middle > _LINE:
            middles.append(middle)
    if len(middles) < 2 or not heads:
        return {}
    pitch = min(a - b for a, b in zip(middles, middles[1:], strict=False))
    tolerance = pitch / 4
    centres = [run[1] + 0.35 * run[4] for run in heads]  # a text's middle: its baseline and half its capitals
    inside = [c for c in centres if middles[-1] - tolerance <= c <= middles[0] + tolerance]
    if not inside:
        return {}
    between = any(all(abs(c - m) > tolerance for m in middles) for c in inside)
    block: dict[float, Run] = {}
    start = 0
    for run, centre in zip(heads, centres, strict=True):
        span = next(
            (
                (s, e)
                for s in range(start, len(middles))
                for e in range(s, len(middles))
                if abs((middles[s] + middles[e]) / 2 - centre) <= tolerance
            ),
            None,
        )
        if span is None:
            continue  # a heading of no lines of this column (above or below its boxes)
        block.update((middles[i], run) for i in range(span[0], span[1] + 1))
        start = span[1] + 1
    # Headings all on lines (blocks of odd lengths) read either way; at the tops, the lines above the
    # first heading would be headed by none, while centred they head every line, block after block.
    if not between and not (max(inside) < middles[0] - tolerance and len(block) == len(middles)):
        return {}
    line = {name: min(middles, key=lambda m: abs(m - (rect[1] + rect[3]) / 2)) for name, rect in boxes}
    return {name: block[middle] for name, middle in line.items() if middle in block}


def side_heading(rect: Rect, left: float, runs: list[Run], widgets: list[Rect]) -> Run | None:
    """The heading printed left of a box's label (`left` is where its label starts), at or above its
    line, in a column holding no box; None where another box stands left of it on its line (a form of
    two columns: the left column's texts head nothing of the right one's)."""
    found = [run for run in _aside(rect, left, runs, widgets) or [] if run[1] >= rect[1] - _LINE]
    return min(found, key=lambda run: run[1]) if found else None


def _aside(rect: Rect, left: float, runs: list[Run], widgets: list[Rect]) -> list[Run] | None:
    """The texts that may head a box from a column of their own left of its label, at any height; None
    where another box stands left of it on its line."""
    middle = (rect[1] + rect[3]) / 2
    if any(other[2] <= left and other[1] <= middle <= other[3] for other in widgets):
        return None
    return [
        run
        for run in runs
        if run[0] + run[3] < left - run[4]
        and is_heading(run[2])
        and _WORD.search(run[2])
        and not is_page_number(run[2])
        and not any(other[0] <= run[0] <= other[2] for other in widgets)
    ]
