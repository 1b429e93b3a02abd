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
from functools import wraps
from typing import Any, TypeVar

T = TypeVar("T")

LONGEST = 80  # characters: the longest text kept; a label is a few words
MOST_DIGITS = 4
_DIGIT = re.compile(r"\d")
_MISS = object()
# Every cache made here, for the test that a CPR number read from a form is kept by none of them.
STORES: list[dict[Any, Any]] = []


def wording(text: object) -> bool:
    """Whether `text` may be a form's own wording and be kept for the process's life."""
    if not isinstance(text, str) or len(text) > LONGEST:
        return False
    # Most labels have no digit: one scan in C; only a text with one is counted.
    return _DIGIT.search(text) is None or sum(char.isdigit() for char in text) <= MOST_DIGITS


def wording_only(maxsize: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Keep `function`'s answers for texts that may be wording (its first argument), at most `maxsize`
    of them (emptied when full: a form's wording is a few hundred texts, refilled at once)."""

    def decorate(function: Callable[..., T]) -> Callable[..., T]:
        store: dict[Any, Any] = {}
        STORES.append(store)

        @wraps(function)
        def kept(text: Any, *rest: Any) -> T:
            key = (text, *rest) if rest else text
            found = store.get(key, _MISS)
            if found is not _MISS:
                return found
            value = function(text, *rest)
            if wording(text):
                if len(store) >= maxsize:
                    store.clear()
                store[key] = value
            return value

        kept.cache_clear = store.clear  # type: ignore[attr-defined]
        return kept

    return decorate
