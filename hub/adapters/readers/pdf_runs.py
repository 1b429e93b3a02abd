"""A PDF page's printed texts as positioned runs, and a widget's rectangle, as `pdf_layout` reads them.

What pypdf gives (a text visitor's matrices, a /Rect's corners in any order) becomes plain tuples here, so
that the layout questions (`pdf_layout`), the page cache (`pdf_pagecache`) and the rows of boxes
(`pdf_rows`) work on numbers and text, not on the library's objects.
"""

from __future__ import annotations

import re
from typing import Any

from pypdf.errors import PyPdfError

from hub.adapters.readers.pdf_glyph_widths import Measure, code_bytes, measure
from hub.adapters.readers.pdf_tj_gaps import split_text, tj_parts

Run = tuple[float, float, str, float, float]  # a printed text's start x and y, text, width and font size
Rect = tuple[float, float, float, float]
Box = tuple[Rect | None, list[str]]  # a widget's rectangle and the states it can show ("Off", "Yes")


def normal_rect(x0: float, y0: float, x1: float, y1: float) -> Rect:
    """A /Rect's corners as (left, bottom, right, top), whichever corners the file gave."""
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def first_rect(boxes: list[Box]) -> Rect | None:
    """The rectangle of a field's first box that has one (a box whose /Rect is unreadable has none)."""
    return next((rect for rect, _ in boxes if rect is not None), None)


def text_runs(page: Any) -> list[Run]:
    """Each text run's start (x, y), text, width (estimated: half the font size a glyph) and font size.

    A line some programs print word by word, each word and each space between them a text of its own
    (borb: "Aftale", " ", "om", " ", "virksomhedspraktik"), is one run, as a line printed at once is: read
    word by word, the title was "Aftale" and a label "Timer pr. uge" was "uge". Words are joined only
    where the program printed the space itself (a text of spaces, or a word ending in one) on the same
    baseline, in the same size, the next word just right of it, and never across a field's box: words a
    field sits on or between are its labels, each its own (pdfium's `bug_707673.pdf`: a button on each
    word of a line). A `TJ` whose texts stand far apart, a box between them, is parted first (`pdf_tj_gaps`).
    """
    runs: list[Run] = []
    spaced = False  # the last run is followed by a space printed on its line
    boxes = _widget_rects(page)
    shown: list[Any] = [None]  # the last `TJ`'s operands, parted (`pdf_tj_gaps`) once its font is known
    measures: dict[int, Measure | None] = {}  # each font's own widths (`pdf_glyph_widths`), read once

    def before(operator: bytes, operands: Any, cm: list, tm: list) -> None:
        if operator == b"TJ":
            shown[0] = operands

    def visit(text: str, cm: list, tm: list, font: Any, size: Any) -> None:
        # Text space to user space: the text matrix's origin through the current transformation.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        points = float(size or 10) * (abs(tm[0] * cm[0]) or 1.0)
        parted = None
        if shown[0] is not None and text.strip():
            if id(font) not in measures:
                measures[id(font)] = measure(font)
            parted = tj_parts(shown[0], code_bytes(font), measures[id(font)])
        parts = split_text(text, parted, (x, y, points), boxes) if parted else None
        shown[0] = None
        if not parts:
            place(text, x, y, points)
        for words, start, end in parts or []:
            place(words, x + start / 1000 * points, y, points, (end - start) / 1000 * points)

    def place(text: str, x: float, y: float, points: float, width: float | None = None) -> None:
        nonlocal spaced
        words = text.strip()
        if not words:
            if text and text.strip(" ") == "" and runs and _on_line(runs[-1], x, y, points):
                spaced = True  # the program's own space after the last word, on its line
            elif text:
                spaced = False  # a line break, or a space elsewhere: the next text starts anew
            return
        last = runs[-1] if runs else None
        span = 0.5 * points * len(words) if width is None else width  # a parted `TJ`'s measured
        on_line = last is not None and _on_line(last, x, y, points)
        joined = on_line and (spaced or text[0] == " ")
        hyphened = on_line and not joined and last is not None and _broken_at_hyphen(last[2], text)
        if (joined or hyphened) and last is not None and not _box_between(boxes, last[0], x + span, y):
            glue = "" if hyphened else " "
            runs[-1] = (last[0], last[1], f"{last[2]}{glue}{words}", x - last[0] + span, points)
        else:
            runs.append((x, y, words, span, points))
        spaced = text[-1] == " "

    page.extract_text(visitor_text=visit, visitor_operand_before=before)
    return runs


# A word that ends in its hyphen, and the word that goes on after it: pdfmake (its line breaker's
# opportunities, UAX #14) prints "CPR-nummer" as "CPR-" and "nummer", two texts with no space between.
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_WORD_START = re.compile(r"[^\W\d_]")


def _broken_at_hyphen(last: str, text: str) -> bool:
    """Whether `text` goes on the word `last` ends with, broken after its hyphen ("CPR-", "nummer"): a
    letter before the hyphen and a letter opening the text, no space between (`2026-` `27` is no word)."""
    return bool(_HYPHEN_END.search(last) and _WORD_START.match(text))


def _on_line(run: Run, x: float, y: float, points: float) -> bool:
    """Whether a text at (x, y) in `points` continues `run`'s line: its baseline and size, and right of it
    by no more than a space could be (two font sizes past where the run's estimated width ends: a box
    or a column between two texts leaves them apart)."""
    return abs(y - run[1]) < 0.5 and abs(points - run[4]) < 0.5 and run[0] < x <= run[0] + run[3] + 2 * points


_MOST_WIDGETS = 1000  # a page's boxes looked at: a form's page holds tens


def _widget_rects(page: Any) -> list[Rect]:
    """The rectangles of a page's widgets (its fields' boxes), as far as they can be read."""
    rects: list[Rect] = []
    try:
        annots = page.get("/Annots")
        for annot in (annots.get_object() if annots is not None else [])[:_MOST_WIDGETS]:
            widget = annot.get_object()
            if widget.get("/Subtype") == "/Widget" and len(rect := widget.get("/Rect") or []) == 4:
                rects.append(normal_rect(*(float(v) for v in rect)))
    except (PyPdfError, AttributeError, KeyError, TypeError, ValueError, IndexError):
        pass  # boxes that cannot be read keep no words apart: they hold no field a label is asked for
    return rects


def _box_between(boxes: list[Rect], left: float, right: float, y: float) -> bool:
    """Whether a box stands on the line at `y` anywhere from `left` to `right` (over a word or between)."""
    return any(x0 < right and x1 > left and y0 - 2 <= y <= y1 + 2 for x0, y0, x1, y1 in boxes)
