"""A PDF page's printed texts as positioned runs, and a widget's rectangle, as `pdf_layout` reads them.

What pypdf gives (a text visitor's matrices, a /Rect's corners in any order) becomes plain tuples here, so
that the layout questions (`pdf_layout`), the page cache (`pdf_pagecache`) and the rows of boxes
(`pdf_rows`) work on numbers and text, not on the library's objects.
"""

from __future__ import annotations

from typing import Any

Run = tuple[float, float, str, float, float]  # a printed text's start x and y, text, width and font size
Rect = tuple[float, float, float, float]
Box = tuple[Rect | None, list[str]]  # a widget's rectangle and the states it can show ("Off", "Yes")


def normal_rect(x0: float, y0: float, x1: float, y1: float) -> Rect:
    """A /Rect's corners as (left, bottom, right, top), whichever corners the file gave."""
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def text_runs(page: Any) -> list[Run]:
    """Each text run's start (x, y), text, width (estimated: half the font size a glyph) and font size."""
    runs: list[Run] = []

    def visit(text: str, cm: list, tm: list, font: Any, size: Any) -> None:
        if text.strip():
            # Text space to user space: the text matrix's origin through the current transformation.
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            points = float(size or 10) * (abs(tm[0] * cm[0]) or 1.0)
            runs.append((x, y, text.strip(), 0.5 * points * len(text.strip()), points))

    page.extract_text(visitor_text=visit)
    return runs
