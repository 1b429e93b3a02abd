"""Whose words are whose in a row of boxes or of text fields (decision 0021, stops 44 and 45).

"[ ] Jobparat  [ ] Aktivitetsparat" and "Ja [ ]  Nej [ ]" both print one text between two boxes: in the
first it is the left box's own words, in the second the right box's. In the first, the nearest text left
of a box is the previous box's words, and a `label:` selector naming them would find the wrong box.

Which convention a row follows is read from the row itself, never from the form: words just after its
last box (and none just before its first) say "right of the box", words just before its first box (and
none just after its last) say "left of it"; a row with both or neither goes by which box the words
between the boxes sit closer to. A row with no words between its boxes (a table's line, a rating scale
with its numbers above) has nothing to tell and is left alone. Words ending in a colon name what follows
them: between two boxes they are the next box's ("Timer: [__] Minutter: [__]"), and before the first box
of a row whose spacing cannot tell they are its caption ("Tid: [__] timer [__] minutter").

Text fields make rows too, "[____] timer [____] minutter", whose words right of each box are its unit.
Only such a row is answered for them (`units`): in "Label: [____]" and "Fra [____] til [____]" each
field's words are left of it, which the nearest text on its left already gives, so those are left alone
(and a table's "1. [uge] [timer] 16. [uge] [timer]" keeps the row's number for both of its fields).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

from hub.adapters.readers.pdf_runs import Rect, Run

Own = dict[Rect, Run | None]  # a box of a row → its own words (None: the row gives it none)


def row_words(
    rects: Iterable[Rect], between: Callable[[float, float], Sequence[Run]], units: bool = False
) -> Own:
    """The own words of every box of the page's rows whose convention can be told.

    `rects`: the page's check boxes and radio buttons, or (`units`) its text fields, of which only rows
    whose every box has its words right of it are answered; `between(low, high)`: the page's runs whose
    y may lie in [low, high]. A box that is in no such row is not in the answer."""
    own: Own = {}
    for line in box_lines(rects):
        low, high = min(r[1] for r in line) - 4, max(r[3] for r in line) + 2
        runs = sorted((r for r in between(low, high) if low <= r[1] <= high), key=lambda r: r[0])
        own.update(_own_words(line, runs, units))
    return own


def box_lines(rects: Iterable[Rect]) -> list[list[Rect]]:
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


def _own_words(line: list[Rect], runs: list[Run], units: bool) -> Own:
    """Each box's own words in one row: the text after it, or before it, by the row's convention."""
    middles = [(r[0] + r[2]) / 2 for r in line]
    slots: list[list[Run]] = [[] for _ in range(len(line) + 1)]  # before the 1st box, between, after the last
    for run in runs:
        slots[bisect_left(middles, run[0])].append(run)
    reach = max(3 * max(r[3] - r[1] for r in line), 30)  # as far as `_beside` looks right of a box
    right = _right(line, slots, reach)
    last = len(line) - 1
    # A row of text fields is answered only when its words are units: the last field's too.
    if right is None or (units and not (right and _near_after(line[last], slots[-1], reach))):
        return {}
    own: Own = {}
    for index, rect in enumerate(line):
        if right:
            slot = slots[index + 1]
            near = bool(slot) and (index < last or _near_after(rect, slot, reach))
            own[rect] = slot[0] if near else None
        else:
            slot = slots[index]
            near = bool(slot) and (index > 0 or rect[0] - (slot[-1][0] + slot[-1][3]) <= reach)
            own[rect] = slot[-1] if near else None
    return own


def _right(line: list[Rect], slots: list[list[Run]], reach: float) -> bool | None:
    """Whether the row's words are right of their boxes (False: left of them; None: it cannot be told)."""
    gaps = slots[1:-1]
    if not any(gaps):
        return None
    if any(gap and _names_next(gap[-1]) for gap in gaps):
        return False  # "Timer: [__] Minutter: [__]": words ending in a colon name the box after them
    # Which box the words between two boxes sit closer to (widths are estimates: a vote, not a rule).
    votes = 0
    for index, gap in enumerate(gaps):
        if gap:
            after = gap[0][0] - line[index][2]
            before = line[index + 1][0] - (gap[-1][0] + gap[-1][3])
            votes += (after < before) - (before < after)
    lead, tail = slots[0], slots[-1]
    lead_near = bool(lead) and line[0][0] - (lead[-1][0] + lead[-1][3]) <= reach
    tail_near = _near_after(line[-1], tail, reach)
    if lead_near != tail_near:
        return tail_near
    if votes:
        return votes > 0
    if lead_near and _names_next(lead[-1]):
        return True  # "Tid: [__] timer [__] minutter": the words before the row are its caption
    return None


def _near_after(rect: Rect, slot: list[Run], reach: float) -> bool:
    """Whether the first of the words after a box starts within `reach` of it."""
    return bool(slot) and slot[0][0] - rect[2] <= reach


def _names_next(run: Run) -> bool:
    """Words ending in a colon are a label: they name what follows them, never the box before them."""
    return run[2].endswith(":")
