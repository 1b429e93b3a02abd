"""Which of a sample's values are its hours, for `hub adapters suggest`: a value named as hours (`Timer`,
`antal`), or every value written as a length of time, and every one read by the `hours` transform. Asked
of an XML row's values (`xml_rows`), a repeated PDF line's (`pdf_repeat`), an XML list's items
(`xml_items`) and a table's columns (`tables`, `pivot`).
"""

from __future__ import annotations

from typing import Any

from hub.adapters.mapping.numberparse import parse_hours
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.suggest.clock_hours import written_lengths
from hub.adapters.suggest.words import fold

_HOURS_WORDS = ("tim", "hour", "antal")


def _name(rest: str) -> str:
    """A row value's own name, its attribute sign and namespace prefix left out (`@ns:minutter`)."""
    return rest.rpartition("/")[2].lstrip("@").rpartition(":")[2]


def hours_word(rest: str) -> bool:
    """Whether an element's, attribute's or field's name (its last step) names hours (`Timer`, `antal`)."""
    name = fold(_name(rest))
    return any(word in name for word in _HOURS_WORDS)


def hours_column(rest: str, values: list[str]) -> bool:
    """Whether a row's value is its hours: named so (`Timer`), or every value written as a duration
    (`<Varighed>PT1H30M</Varighed>`, Go's `varighed="1h30m0s"`: a length of time, whatever its name), and
    every value read as hours."""
    timed = hours_word(rest) or written_lengths(values)
    return timed and all(reads(parse_hours, v) for v in values)


def reads(parse: Any, text: str) -> bool:
    """Whether a transform's parser reads a non-empty text."""
    try:
        parse(text)
    except TransformError:
        return False
    return bool(text.strip())
