"""Where a PDF field's boxes are: the page of its first widget a page lists (`page`, `page_number`) and a
box's corners (`rect`), to place its label by.

Apart from `pdf_extract` because where a box is is read from the page tree and each widget's /Rect,
whatever the field holds; `extract` asks it once for each field and box.
"""

from __future__ import annotations

import math
import re
from typing import Any

import pikepdf

from hub.adapters.readers.pdf_objects import object_key
from hub.adapters.readers.pdf_runs import normal_rect


def page(widgets: list, pages: dict[Any, int]) -> int | None:
    """The page (0-based) of a field's first widget that a page lists, if any does."""
    for widget in widgets:
        if (number := object_key(widget)) in pages:
            return pages[number]
    return None


def page_number(widgets: list, pages: dict[Any, int]) -> int | None:
    """`page` as the page's number (1-based), as a field's `page` is said."""
    at = page(widgets, pages)
    return None if at is None else at + 1


def rect(widget: Any) -> Any:
    """A box's corners; None where it has none to place a label by: no /Rect, or one that is not four
    finite numbers (a name, three numbers: the form was refused as damaged for one box's corners)."""
    rect = widget.get("/Rect")
    if not isinstance(rect, pikepdf.Array):
        return None
    # Four numbers as qpdf writes them back ("[ 60 532 72 544.5 ]"), read from that text: the same
    # floats as from pikepdf's items (an integer, or a real as the Decimal of the same digits, each
    # rounded once to the nearest float; a real -0.0 keeps its sign), in half the instructions.
    # Anything else (a reference, a name, more or fewer items) is read from the items as before.
    written = rect.unparse()[1:-1].split()
    if len(written) == 4 and all(map(_NUMBER.fullmatch, written)):
        corners = [float(corner) for corner in written]
    else:
        if len(rect) != 4:
            return None
        try:
            corners = [float(corner) for corner in rect]
        except (TypeError, ValueError):
            return None
    return normal_rect(*corners) if all(map(math.isfinite, corners)) else None


_NUMBER = re.compile(rb"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)")  # a PDF number (7.3.3) as qpdf writes one
