"""Whose words are whose in a row of boxes (decision 0021, stop 44).

"[ ] Jobparat  [ ] Aktivitetsparat" and "Ja [ ]  Nej [ ]" both print one text between two boxes: in the
first it is the left box's own words, in the second the right box's. In the first, the nearest text left
of a box is the previous box's words, and a `label:` selector naming them would find the wrong box.

Which convention a row follows is read from the row itself, never from the form: words just after its
last box (and none just before its first) say "right of the box", words just before its first box (and
none just after its last) say "left of it"; a row with both or neither goes by which box the words
between the boxes sit closer to. A row with no words between its boxes (a table's line, a rating scale
with its numbers above) has nothing to tell and is left alone.

Only check boxes and radio buttons make rows: a text field's words are left of or above it, and
"Fra [____] til [____]" is already read right by the nearest text on its left.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

from hub.adapters.readers.pdf_runs import Rect, Run

Own = dict[Rect, Run | None]  # a box of a row → its own words (None: the row gives it none)


def row_words(rects: Iterable[Rect], between: Callable[[float, float], Sequence[Run]]) -> Own:
    """The own words of every box of the page's rows whose convention can be told.

    `rects`: the page's check boxes and radio buttons; `between(low, high)`: the page's runs whose y
    may lie in [low, high]. A box that is in no such row is not in the answer."""
    own: Own = {}
    for line in _lines(rects):
        low, high = min(r[1] for r in line) - 4, max(r[3] for r in line) + 2
        runs = sorted((r for r in between(low, high) if low <= r[1] <= high), key=lambda r: r[0])
        own.update(_own_words(line, runs))
    return own


def _lines(rects: Iterable[Rect]) -> list[list[Rect]]:
    """Boxes whose middles lie within each other's height, two or more, left to right."""
    ordered = sorted(
        {r for r in rects if all(map(math.isfinite, r))}, key=lambda r: (-(r[1] + r[3]) / 2, r[0])
    )
    found: list[list[Rect]] = []
    line: list[Rect] = []
    for rect in ordered:
        if line and _same_line(line[0], rect):
            line.append(rect)
            continue
        if len(line) > 1:
            found.append(sorted(line))
        line = [rect]
    if len(line) > 1:
        found.append(sorted(line))
    return found


def _same_line(a: Rect, b: Rect) -> bool:
    return a[1] <= (b[1] + b[3]) / 2 <= a[3] and b[1] <= (a[1] + a[3]) / 2 <= b[3]


def _own_words(line: list[Rect], runs: list[Run]) -> Own:
    """Each box's own words in one row: the text after it, or before it, by the row's convention."""
    middles = [(r[0] + r[2]) / 2 for r in line]
    slots: list[list[Run]] = [[] for _ in range(len(line) + 1)]  # before the 1st box, between, after the last
    for run in runs:
        slots[bisect_left(middles, run[0])].append(run)
    gaps = slots[1:-1]
    if not any(gaps):
        return {}
    # Which box the words between two boxes sit closer to (widths are estimates: a vote, not a rule).
    votes = 0
    for index, gap in enumerate(gaps):
        if gap:
            after = gap[0][0] - line[index][2]
            before = line[index + 1][0] - (gap[-1][0] + gap[-1][3])
            votes += (after < before) - (before < after)
    reach = max(3 * max(r[3] - r[1] for r in line), 30)  # as far as `_beside` looks right of a box
    lead, tail = slots[0], slots[-1]
    lead_near = bool(lead) and line[0][0] - (lead[-1][0] + lead[-1][3]) <= reach
    tail_near = bool(tail) and tail[0][0] - line[-1][2] <= reach
    if lead_near != tail_near:
        right = tail_near
    elif votes:
        right = votes > 0
    else:
        return {}
    own: Own = {}
    last = len(line) - 1
    for index, rect in enumerate(line):
        if right:
            slot = slots[index + 1]
            near = bool(slot) and (index < last or slot[0][0] - rect[2] <= reach)
            own[rect] = slot[0] if near else None
        else:
            slot = slots[index]
            near = bool(slot) and (index > 0 or rect[0] - (slot[-1][0] + slot[-1][3]) <= reach)
            own[rect] = slot[-1] if near else None
    return own
