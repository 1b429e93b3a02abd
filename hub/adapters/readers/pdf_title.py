"""A PDF form's printed title, told from the letterhead printed over it.

A case system prints every form of a municipality under one letterhead ("Varde Kommune", "Jobcenter
Varde"), often larger than the form's own title ("Aftale om virksomhedspraktik"). The letterhead is the
same on all of them, so it tells none apart: taken for the title, `hub adapters suggest` drafted it as the
recognise rule, and every other form under that letterhead matched it too (decision 0060, "Stop 56").
A text that names an organisation alone is a letterhead, not a title; a title that names the
municipality and says what the form is ("Billund Kommune - Aftale om virksomhedspraktik") is a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hub.adapters.readers.pdf_runs import Run

# The words that make a name an organisation's in a Danish letterhead: "Varde Kommune", "Jobcenter
# Varde", "Region Syddanmark"; a department's name ends so ("Beskæftigelsesforvaltningen").
_BEFORE = frozenset({"jobcenter", "jobcentret", "region", "borgerservice"})
_AFTER = frozenset({"kommune", "kommunes", "kommunen"})
_DEPARTMENT = ("forvaltning", "forvaltningen", "afdeling", "afdelingen")
# A letterhead may name two (`Varde Kommune · Jobcenter Varde`); a form's title adds what it is after
# the same marks (`Praktikaftale - Jobcenter Hvidovre`), and that part names no organisation.
_PARTS = re.compile(r"\s*(?:[,|·•/:]|\s[-–—]\s)\s*")
_NAME_WORDS = 4  # a municipality's name is a word or two ("Ringkøbing-Skjern", "Lyngby-Taarbæk")


def is_letterhead(text: str) -> bool:
    """Whether a printed text names an organisation and nothing else: each of its parts (split at
    commas, dots, dashes between spaces) a name of capitalised words that starts "Jobcenter" or
    "Region", ends "Kommune", or is a department ("...forvaltningen"). A lower-case word ("om", "af"),
    a digit or a bracket is a title's or a sentence's, never a name's."""
    parts = [p for p in _PARTS.split(text.strip()) if p]
    return bool(parts) and all(_names_organisation(p) for p in parts)


def _names_organisation(part: str) -> bool:
    words = part.split()
    if not words or len(words) > _NAME_WORDS or not all(w[0].isalpha() and w[0].isupper() for w in words):
        return False
    if not all(ch.isalpha() or ch in "-.'’" for w in words for ch in w):
        return False  # "(HV-P1)", "11": a form's number, not a name
    first, last = words[0].casefold(), words[-1].casefold()
    if len(words) == 1:
        return last.endswith(_DEPARTMENT)
    return first in _BEFORE or last in _AFTER


def title_of(runs: Sequence[Run]) -> str | None:
    """The text in the largest font of a page that is no letterhead, the highest first; None when no
    such text is printed larger than most of the page's text (a form with only its letterhead large
    has no title to go by, not the letterhead's)."""
    if not runs:
        return None
    sizes = [round(size) for *_, size in runs]
    body = max(set(sizes), key=sizes.count)  # the size most text is printed in
    own = [r for r in runs if round(r[4]) > body and not is_letterhead(r[2])]
    if not own:
        return None  # nothing but the letterhead printed larger than the rest: no title to go by
    biggest = max(round(r[4]) for r in own)
    top = max((r for r in own if round(r[4]) == biggest), key=lambda r: r[1])
    return top[2][:200]
