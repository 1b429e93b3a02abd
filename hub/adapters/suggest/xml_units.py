"""An XML element's unit attribute, for `hub adapters suggest` (`sources`): what the element's number
counts (`<Timer enhed="uge">`, `<Omfang timer="3" enhed="uge"/>`, `<omfang enhed="timer pr. uge">`).
"""

from __future__ import annotations

from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.words import fold, words

UNIT_ATTRIBUTES = ("enhed", "unit", "periode", "pr")
_UNIT_WORDS = {"uge": "uge", "ugentlig": "uge", "ugentligt": "uge", "week": "uge", "weekly": "uge"}


def units(extraction: Extraction) -> dict[str, tuple[str, ...]]:
    """By each element's key, the texts its unit attribute adds to the element's name: the unit as
    written where it is a phrase holding a unit word ("timer pr. uge": an xmlstarlet script's grant of
    mentor support, decision 0060, "Stop 63: trial-83"), which says what is counted as well as by what,
    so it is tried first ("omfang uge" alone reads as a week's row); then the unit word ("uge")."""
    found: dict[str, tuple[str, ...]] = {}
    for value in extraction.values:
        element, _, attribute = value.key.rpartition("/@")
        local = attribute.rpartition("}")[2]
        written = (value.value or "").strip()
        if not element or fold(local) not in UNIT_ATTRIBUTES:
            continue
        word = next((_UNIT_WORDS[w] for w in words(written) if w in _UNIT_WORDS), None)
        if word:
            found[element] = (word,) if fold(written) == word else (written, word)
    return found
