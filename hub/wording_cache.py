"""Process-wide caches of a form's own wording that keep no person's value (decision 0065, "Stop 59:
engine-68").

A worker normalises and checks the same labels, headers and tooltips in every document of a form, and
keeping the answers saved a tenth of a form's CPU (decision 0030, stops 40 and 53). But the same
functions are asked about a document's cells as well (a header row is looked for among the data rows, a
row's key is its CPR number), and a cache kept by text kept those for the worker's life, thousands of
them. Here a text is kept only when it may be wording: short, and with at most four digits (a label
"Uge 32" or "Timer 2026" has few; a CPR number in any spelling has ten, a date six or eight). Any other
text is worked out every time, as a value new to each form was anyway. A name has the shape of a label
and cannot be told from one by its text: a name that is kept is a risk this does not close.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
K = TypeVar("K", str, str | None)  # a text, or no text (`readable`)

LONGEST = 80  # characters: the longest text kept; a label is a few words
MOST_DIGITS = 4
_DIGIT = re.compile(r"\d")
# Every cache made here, for the test that a CPR number read from a form is kept by none of them.
STORES: list[dict[Any, Any]] = []


def wording(text: object) -> bool:
    """Whether `text` may be a form's own wording and be kept for the process's life."""
    if not isinstance(text, str) or len(text) > LONGEST:
        return False
    # Most labels have no digit: one scan in C; only a text with one is counted.
    return _DIGIT.search(text) is None or sum(map(str.isdigit, text)) <= MOST_DIGITS  # no generator frame


class _Kept(dict[Any, Any]):
    """A text's answer by the text; a text asked for the first time is worked out (`__missing__`) and
    kept when it may be wording."""

    def __init__(self, function: Callable[[Any], Any], maxsize: int) -> None:
        super().__init__()
        self.function, self.maxsize = function, maxsize

    def __missing__(self, text: Any) -> Any:
        value = self.function(text)
        if wording(text):
            if len(self) >= self.maxsize:
                self.clear()
            self[text] = value
        return value


def wording_kept(maxsize: int) -> Callable[[Callable[[K], T]], Callable[[K], T]]:
    """Keep a function of one text's answers for texts that may be wording, at most `maxsize` of them
    (emptied when full: a form's wording is a few hundred texts, filled again at once). The answer is
    looked up by the dict's own `__getitem__`, with no Python call between: the labels' functions are
    asked hundreds of times a form, and a wrapper's call cost more than the lookup."""

    def decorate(function: Callable[[K], T]) -> Callable[[K], T]:
        kept = _Kept(function, maxsize)
        STORES.append(kept)
        return kept.__getitem__

    return decorate
