"""The words printed beside one box on its page, by where they stand: just right of it on its line,
a statement on its line ending just before it, or just under it. `pdf_layout.PageTexts` decides which a
box's label is; each function here gets the page's runs between two heights (`between`, as `pdf_rows`
does), so it reads no page itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hub.adapters.readers.pdf_runs import Rect, Run

# A page's runs between two heights (`PageTexts.between`).
Between = Callable[[float, float], Sequence[Run]]


def right_of(rect: Rect, between: Between) -> str | None:
    """The text just right of a box on its line, when it starts closer to the box than any text on
    the line ends left of it."""
    x0, y0, x1, y1 = rect
    near = between(y0 - 4, y1 + 2)
    line = [(x, t, w) for x, y, t, w, _ in near if y0 - 4 <= y <= y1 + 2]
    right = [(x - x1, t) for x, t, _ in line if -1 <= x - x1 <= max(3 * (y1 - y0), 30)]
    left = [x0 - (x + w) for x, _, w in line if x < x0 and -2 <= x0 - (x + w)]
    return min(right)[1] if right and (not left or min(right)[0] < min(left)) else None


def ends_left_of(rect: Rect, between: Between) -> bool:
    """A text on a box's line starting left of it and ending just before it (or over it: a text's
    width is estimated), within the reach `right_of` gives the words right of a box."""
    x0, y0, x1, y1 = rect
    reach = max(3 * (y1 - y0), 30)
    near = between(y0 - 4, y1 + 2)
    return any(x < x0 and x + w >= x0 - reach for x, y, _, w, _ in near if y0 - 4 <= y <= y1 + 2)


def under(rect: Rect, between: Between) -> str | None:
    """The text just under a box, nearest its middle."""
    x0, y0, x1, y1 = rect
    height = y1 - y0
    centre = (x0 + x1) / 2
    reach = max(2 * height, 24)
    below = [
        (abs(x + w / 2 - centre) + (y0 - y), t)
        for x, y, t, w, _ in between(y0 - reach, y0)
        if 0 < y0 - y <= reach and x0 - w - 10 <= x <= x1 + 10
    ]
    return min(below)[1] if below else None
