"""Labels `hub adapters suggest` reads by what is printed near them: a label printed more than once.

"Dato" under the mentor's signature and again under the caseworker's means nothing alone, and a selector
naming it matches neither. The label printed before it tells which one a value sits by (a block
selector, `next:Underskrevet af > Dato`) and, where a rule needs both, what it means (`signed_on`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hub.adapters.mapping.selector_text import normalise_text
from hub.adapters.suggest.words import RULES, guess_path, has

# A label holding `>` or ending in `#` and digits cannot be named in a label path (docs: Selectors).
_UNNAMEABLE = re.compile(r">|#\d+\s*$")

Cell = tuple[int, int, str]  # row, column, text: one filled cell of a sheet, in reading order


def context_helps(label: str, context: str) -> bool:
    """Whether the words printed before a label say what it means: the first rule the two together
    match needs a word of each ("Underskrevet af" + "Dato" is `signed_on`). A context that means
    something alone ("CPR-nr." + "Dato" is no CPR number) or a label that does (`Startdato`) gives no
    reason to read them together."""
    if guess_path(label) is not None:
        return False
    both = f"{context} {label}"
    for alternatives, _path, _transforms in RULES:
        for needed in alternatives:
            if all(has(both, keyword) for keyword in needed):
                in_label = [has(label, keyword) for keyword in needed]
                return any(in_label) and not all(in_label)
    return False


def block_of(cells: Sequence[Cell], at: tuple[int, int], anchors: set[tuple[int, int]]) -> tuple[str, int]:
    """What is printed before the label cell `at`, and how a selector names it when it is printed more
    than once on its sheet.

    `cells` are the sheet's filled cells in reading order (row by row, left to right), as a label path
    counts them; `anchors` the cells before `at` read as labels and printed once. Gives the nearest
    anchor before it ("" when none, or when another cell printed as it sits in between, so that the
    block `Anchor > Label` would name that one) and n, its place among the cells printed so (`Label#n`).
    """
    norm = normalise_text(next((t for r, c, t in cells if (r, c) == at), ""))
    before = [(r, c, t) for r, c, t in cells if (r, c) < at]
    nth = 1 + sum(normalise_text(t) == norm for _, _, t in before)
    for row, col, text in reversed(before):
        if normalise_text(text) == norm:
            break
        if (row, col) in anchors and not _UNNAMEABLE.search(text):
            return text.strip().rstrip(":").strip(), nth
    return "", nth


def label_path(label: str, block: tuple[str, int]) -> str | None:
    """The label path naming a label printed more than once by `block_of`'s answer: "Underskrevet af >
    Dato" or "Dato#2"; None when its text cannot stand in a label path."""
    if _UNNAMEABLE.search(label):
        return None
    anchor, nth = block
    return f"{anchor} > {label}" if anchor else f"{label}#{nth}"


def labels_before(labels: Sequence[str]) -> list[tuple[str, int]]:
    """For each field's printed label (in the form's order), the other label printed nearest before it
    and how many fields print this one: two fields labelled "Dato" are told apart by what precedes."""
    norms = [normalise_text(label) for label in labels]
    found = []
    for at, norm in enumerate(norms):
        before = next((labels[i] for i in range(at - 1, -1, -1) if norms[i] and norms[i] != norm), "")
        found.append((before.strip().rstrip(":").strip(), norms.count(norm) if norm else 0))
    return found
