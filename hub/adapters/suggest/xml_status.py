"""An XML element's status word dating its date attribute, for `hub adapters suggest` (`sources`):
`<afgoerelse dato="02.10.2026">Bevilget</afgoerelse>` is the day the grant was made, as "Bevilget dato"
would be; `<status dato="...">Afsluttet</status>` the day it ended."""

from __future__ import annotations

import re

from hub.adapters.readers.base import Extraction
from hub.adapters.suggest.values import date_like
from hub.adapters.suggest.words import guess_path

# A status is a word or two, letters only: a name or a sentence is no status, nor is a number.
_STATUS = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)?")


def statuses(extraction: Extraction) -> dict[str, str]:
    """By each element's key, its text where the text is a status word."""
    found = {}
    for value in extraction.values:
        text = (value.value or "").strip()
        if "/@" not in value.key and _STATUS.fullmatch(text):
            found[value.key] = text
    return found


def dated_by(attribute: str, seen: str | None, status: str | None) -> tuple[str, ...]:
    """The text "attribute status" for a date attribute of an element whose text is a status, where it
    reads as a day ("dato Bevilget": granted_on); nothing else, so that no other guess comes of it."""
    if not status or not seen or not date_like(seen.strip()):
        return ()
    text = f"{attribute} {status}"
    guessed = guess_path(text)
    return (text,) if guessed is not None and "date" in guessed[1] else ()
