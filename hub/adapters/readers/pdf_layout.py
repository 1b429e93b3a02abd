"""What a PDF form prints around its fields: labels, the text beside each box, the form's title.

Field names ("Tekstfelt14", "Afkrydsningsfelt2") say little; the words printed on the page say what a
field means. Positions come from pypdf's text visitor; a text's width is estimated (half its font size
a character), which is close enough to tell which of two texts on a line belongs to a box.

The runs themselves are read from pypdf in `pdf_runs`. The fields are read elsewhere (with pikepdf);
this module gets each widget as a `Box`: its rectangle and the states it can show, so it needs no object
of the library that read them.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Any

from pypdf import PdfReader

from hub.adapters.readers.pdf_beside import ends_left_of, right_of, under
from hub.adapters.readers.pdf_rows import Own, box_lines, row_words
from hub.adapters.readers.pdf_runs import Box, Rect, Run, first_rect, text_runs
from hub.adapters.readers.pdf_title import title_of

_NEAR = 1e6  # points from the origin (a page is a few thousand): `between` bands only within it
_DIP = 1.5  # points a label's baseline may lie inside the top of the box below it (`_nearest`)


class PageTexts:
    """The printed texts of a document's pages, read once a page when first asked for.

    `read(page)` gives one page's runs: straight from pypdf (`of_reader`), or through the cache of
    `pdf_pagecache`, which serves a page it has seen in another copy of the same template; or None
    for a page whose label work is past the document's budget (`pdf_labelbudget`): it has no texts,
    and `skipped` holds its number.
    """

    def __init__(self, read: Callable[[int], Sequence[Run] | None], count: int) -> None:
        self._read = read
        self._count = count
        self.skipped: set[int] = set()
        # Pages (0-based) whose text pypdf raised on (`pdf_pagecache`): no labels and no title, said as
        # such, not as a form without them.
        self.unreadable: set[int] = set()
        self._pages: dict[int, Sequence[Run]] = {}
        self._by_height: dict[int, tuple[list[float], list[Run]]] = {}
        self._boxes: dict[int, list[Rect]] = {}  # each page's check boxes and radio buttons (`add_boxes`)
        self._fields: dict[int, list[Rect]] = {}  # each page's text fields (`add_boxes`, `text`)
        self._rows: dict[int, tuple[Own, frozenset[int]]] = {}
        self._alone: dict[int, frozenset[Rect]] = {}  # each page's boxes that share their line with none
        self._bottoms: dict[int, tuple[float, float]] = {}  # `lowest_and_highest`, once a page

    @classmethod
    def of_reader(cls, reader: PdfReader) -> PageTexts:
        """The texts of every page of a document pypdf has open, with no cache."""
        return cls(lambda page: text_runs(reader.pages[page]), len(reader.pages))

    def runs(self, page: int) -> Sequence[Run]:
        """Every text run of one page (0-based)."""
        if page not in self._pages:
            found = self._read(page)
            if found is None:
                self.skipped.add(page)
            self._pages[page] = () if found is None else found
        return self._pages[page]

    def between(self, page: int, low: float, high: float) -> Sequence[Run]:
        """The runs of a page whose y may lie in [low, high]: all that do, and perhaps a few more.

        Every question below asks about a band of heights around a box; a page's runs sorted by height
        (once a document) answer it from that band rather than from every run of the page, for each
        field. The callers still test each run's own conditions, so they find exactly what they would
        among all runs: within `_NEAR` of the origin a float's rounding is far below the band's margin
        of 1, so no run that passes a caller's test is left out; a bound beyond it (or not a number)
        takes the whole page. A run whose y is not a number passes no test and is left out."""
        if not (-_NEAR <= low <= _NEAR and -_NEAR <= high <= _NEAR):
            return self.runs(page)
        if page not in self._by_height:
            ordered = sorted((r for r in self.runs(page) if not math.isnan(r[1])), key=lambda r: r[1])
            self._by_height[page] = ([r[1] for r in ordered], ordered)
        heights, ordered = self._by_height[page]
        return ordered[bisect_left(heights, low - 1) : bisect_right(heights, high + 1)]

    def add_boxes(self, page: int | None, boxes: list[Box], text: bool = False) -> None:
        """Note a field's check boxes or radio buttons (`text`: a text field's boxes), before any label
        of their page is asked for: the boxes of a row decide together whose words are whose
        (`pdf_rows`), and a row of text fields is a row of its own."""
        if page is not None:
            kept = self._fields if text else self._boxes
            kept.setdefault(page, []).extend(rect for rect, _ in boxes if rect is not None)
            self._bottoms.pop(page, None)

    def lowest_and_highest(self, page: int) -> tuple[float, float]:
        """The lowest bottom and the highest bottom of the check boxes, radio buttons and text fields noted
        on a page (`add_boxes`; none: infinities), once a page: asked for each field with no label."""
        if page not in self._bottoms:
            bottoms = [rect[1] for rect in (*self._boxes.get(page, ()), *self._fields.get(page, ()))]
            self._bottoms[page] = (min(bottoms), max(bottoms)) if bottoms else (math.inf, -math.inf)
        return self._bottoms[page]

    def label(self, page: int | None, boxes: list[Box], box: bool = False) -> str | None:
        """The nearest text left of the field on its line, else the nearest text just above it; of one
        box in a row of boxes, its own words (`pdf_rows`), and never another box's of the row; of a box
        (`box`: a check box or radio field of one widget) alone on its line with nothing left of it, its
        words just right of it; of a text field in a row of them whose words follow each field
        ("[__] timer [__] minutter"), its unit."""
        rect = first_rect(boxes)
        if page is None or rect is None:
            return None
        own, _ = self._row_words(page)
        if len(boxes) == 1 and (words := own.get(rect)) is not None:
            return words[2]
        return self._nearest(page, rect, right=box and len(boxes) == 1 and rect in self._alone_boxes(page))

    def _nearest(self, page: int, rect: Rect, right: bool = False) -> str | None:
        """The nearest text left of `rect` on its line, else (`right`: a lone box's) its words just right
        of it on its line, else the text just above it, that no box's own words are."""
        x0, y0, x1, y1 = rect
        taken = self._row_words(page)[1]
        line = _free(self.between(page, y0 - 4, y1 + 2), taken)
        # A text whose baseline is over the box's top is the line's only where none is beside the box:
        # in a table of rows as high as their text, the row above's label stands there, as far left.
        left = [(y > y1, x0 - x, t) for x, y, t, _, _ in line if x < x0 and y0 - 4 <= y <= y1 + 2]
        if left:
            return min(left)[2]
        if right and (words := right_of(rect, self._band(page))) is not None:
            # "[ ] Uddannelse" with nothing left of it: its own words, not the caption above a column of
            # such boxes (which only the first two reached) nor the label of a text field just above.
            return words
        # A label's baseline may dip just inside the box's top edge (hyperref draws a field's border a
        # point over its label's baseline): such words are above the box, not the line before them.
        higher = _free(self.between(page, y1 - _DIP, y1 + 40), taken)  # runs hold floats: cannot raise
        above = [(y - y1, t) for x, y, t, _, _ in higher if -_DIP <= y - y1 <= 40 and x0 - 20 <= x <= x1]
        return min(above)[1] if above else None

    def _row_words(self, page: int) -> tuple[Own, frozenset[int]]:
        """The own words of the boxes in rows on a page, and the runs they are (by `id`: a page's runs
        are kept, and a tuple of floats would be hashed at every look), worked out once a page, and
        only for a page with two boxes (or two text fields) or more. Text fields and boxes make rows
        apart: a text field's words are its unit only when the whole row prints them so."""
        if page not in self._rows:
            own: Own = {}
            for rects, units in ((self._boxes.get(page, []), False), (self._fields.get(page, []), True)):
                if len(rects) > 1:
                    own |= row_words(rects, lambda low, high: self.between(page, low, high), units)
            self._rows[page] = (own, frozenset(id(run) for run in own.values() if run is not None))
        return self._rows[page]

    def choices(self, kind: str, page: int | None, boxes: list[Box]) -> dict[str, Any]:
        """Where a box sits and the text printed beside it: `beside` for one box, `choices` for a group.

        A box's own label is usually printed right of it or under it ("[x] Kontanthjælp"); the text left
        of a box in a row is often the previous box's label, so `label` alone would name the wrong choice.
        A group (a radio group, or boxes sharing one name) gets `choices`: each export value with the
        text beside its widget, so `hub adapters suggest` can draft a `map` with the form's own words.
        """
        rect = first_rect(boxes)
        if page is None or rect is None:
            return {}
        found: dict[str, Any] = {"box": [round(v, 1) for v in rect]}
        if kind == "checkbox" and len(boxes) == 1:
            found["beside"] = self._beside(page, rect)
            if rect in self._row_words(page)[0]:
                # The row's caption ("Visitation" left of "[ ] Jobparat [ ] Aktivitetsparat"), which the
                # box's label is not: what `hub adapters suggest` names the row's group by.
                found["caption"] = self._nearest(page, rect)
            elif (caption := self._nearest(page, rect)) not in (None, self.label(page, boxes, True)):
                # A lone box labelled by its words right of it: the text above, its label before, is
                # still what suggest names a column of such boxes by ("Praktikken sluttede med").
                found["caption"] = caption
            return found
        choices: dict[str, str | None] = {}
        for own, states in boxes:
            on = [s for s in states if s != "Off"]
            if on and own is not None and on[0] not in choices:
                choices[on[0]] = self._beside(page, own)
        found["choices"] = choices
        return found

    def title(self) -> str | None:
        """The form's printed title: the text in the largest font on its first page, the highest first,
        that is no letterhead ("Varde Kommune" over every form of a case system: `pdf_title`).

        Field names are the same on every form a municipality makes with one tool; the title printed
        at the top is what tells its forms apart, and what `[forms.recognise] title` matches. None when
        no text but a letterhead is printed larger than most of the page's text.
        """
        return title_of(self.runs(0) if self._count else [])

    def _beside(self, page: int, rect: Rect) -> str | None:
        """The text a box's own label is: just right of it on its line, else just under it.

        A text right of the box counts only when it starts closer to the box than any text on the line
        ends left of it: in "Kontanthjælp [x]  Sygedagpenge [ ]" the label of the first box is left of
        it. The runs are those near the box's height (`between`); those under it only when needed.
        """
        rows = self._row_words(page)[0]
        if rect in rows:  # in a row, the words the row's convention gives it, wherever they are
            words = rows[rect]
            return words[2] if words is not None else under(rect, self._band(page))
        right = right_of(rect, self._band(page))
        if right is not None:
            return right
        # "Mentor er ansat i virksomheden [x]": a statement ending just before a box on its line is what
        # the box answers (its label), so it has no words of its own; the text under it is the next
        # line's, a heading or another field's label (decision 0060, "Stop 66: trial-102").
        return None if ends_left_of(rect, self._band(page)) else under(rect, self._band(page))

    def _alone_boxes(self, page: int) -> frozenset[Rect]:
        """The page's check boxes and radio buttons that share their line with no other (`add_boxes`),
        once a page: a box of a row whose convention cannot be told keeps the label it had."""
        if page not in self._alone:
            rects = self._boxes.get(page, [])
            lined = {rect for line in box_lines(rects) for rect in line}
            self._alone[page] = frozenset(rect for rect in rects if rect not in lined)
        return self._alone[page]

    def _band(self, page: int) -> Callable[[float, float], Sequence[Run]]:
        """A page's runs between two heights (`between`), as `pdf_beside` asks for them."""
        return lambda low, high: self.between(page, low, high)


def _free(runs: Sequence[Run], taken: frozenset[int]) -> Sequence[Run]:
    """The runs that are no box's own words (all of them on a page without rows of boxes)."""
    return [r for r in runs if id(r) not in taken] if taken else runs
