"""The label of a box that opens its page, printed at the foot of the page before it.

A word processor breaks a page between a label and its box when the label is the last line that fits:
"Mentorens navn" at the foot of page 1, its box at the top of page 2, nothing above the box. The label
was looked for on the box's own page only (`PageTexts.label`), so the field had none, and neither `label:`
nor `hub adapters suggest` could name it (decision 0025, "Stop 63: pdf-77, a label on the page before").
Here, where a field found no label on its page, nothing is printed or boxed above it there, and the page
before ends, below its last box, in a line over the box's column, that line is its label. A line the
box's own page prints too at about the same height is the pages' running footer, and one that is a page
number ("Side 1 af 2", "2/3") is none: both are passed over, as the foot of a form prints them.

Not memoized with the page's labels (`pdf_labelmemo`): the answer depends on two pages, and a copy of one
template page may follow another page.
"""

from __future__ import annotations

import re

from hub.adapters.readers.pdf_layout import PageTexts
from hub.adapters.readers.pdf_runs import Rect

_PAGE_NUMBER = re.compile(r"(?:side|page|s\.)?\s*\d{1,4}(?:\s*(?:af|of|/|-)\s*\d{1,4})?", re.IGNORECASE)
_SAME_PLACE = 3.0  # points apart that the same text on two pages is one running line (a footer)
_DIP = 1.5  # points a label's baseline may lie inside the top of its box (`pdf_layout._DIP`)
_TOP = 1e6  # above any page (`PageTexts.between` bands within it)


def label_before(layout: PageTexts, page: int, rect: Rect) -> str | None:
    """The label printed at the foot of the page before `page` for the field whose first box is `rect`,
    where the box opens its page; None otherwise."""
    if page < 1 or page in layout.skipped or page - 1 in layout.skipped:
        return None
    x0, _, x1, y1 = rect
    if any(y >= y1 - _DIP and text.strip() for _, y, text, _, _ in layout.between(page, y1 - _DIP, _TOP)):
        return None  # text above the box (or beside it, reaching over its top): not the page's first
    if layout.lowest_and_highest(page)[1] > y1:
        return None  # another field above it
    here: dict[str, list[float]] = {}
    for _, y, text, _, _ in layout.runs(page):
        here.setdefault(text.strip(), []).append(y)
    lowest_box = layout.lowest_and_highest(page - 1)[0]
    foot = [
        (y, words)
        for x, y, text, _, _ in layout.runs(page - 1)
        if (words := text.strip())
        and y < lowest_box
        and x0 - 20 <= x <= x1
        and not _PAGE_NUMBER.fullmatch(words)
        and not any(abs(y - other) <= _SAME_PLACE for other in here.get(words, ()))  # a running footer
    ]
    return min(foot)[1] if foot else None
