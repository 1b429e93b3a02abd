"""A PDF form's printed title, told from the letterhead printed over it.

A case system prints every form of a municipality under one letterhead ("Varde Kommune", "Jobcenter
Varde"), often larger than the form's own title ("Aftale om virksomhedspraktik"). The letterhead is the
same on all of them, so it tells none apart: taken for the title, `hub adapters suggest` drafted it as the
recognise rule, and every other form under that letterhead matched it too (decision 0060, "Stop 56").
A text that names an organisation alone is a letterhead, not a title; a title that names the
municipality and says what the form is ("Billund Kommune - Aftale om virksomhedspraktik") is a title.

A letterhead need not say what it is: a school's, a company's or a foundation's name ("Varde
Erhvervsskole", "Falck Danmark") has none of those words (decision 0060, "Stop 57: quiet-65"). What it
has is a name's shape: a few words, each capitalised, none a sentence's small word ("om", "af", "for").
A Danish form's title is written as a sentence is ("Aftale om virksomhedspraktik", "Ophør af praktik"),
so where a text of a name's shape is printed above a larger-than-body text that is no name, that one is
the title, and the name its letterhead. A name alone large on the page is still read as the title
(a one-word title "Mentortimer" is never taken for a name; nor is a name with a digit or a bracket).
An English title is written in title case ("Internship Agreement" over a Danish subtitle), so a text
that names what a document is ("Agreement", "Timesheet", "...aftale") is no name (decision 0060, "Stop
58: quiet-66").
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
# The small words of a sentence, in Danish and English: written in capitals in a title ("AFTALE OM
# PRAKTIK", "Aftale Om Praktik"), they still make it a title and not a name.
_SMALL = frozenset(
    "af og om for til i på med ved fra under efter uden mellem hos den det de en et "
    "of and for the to in on with at from by a an".split()
)

# What a document calls itself, in English (a title in English title case has no small word: "Internship
# Agreement") and in Danish, whose compounds end in it ("Praktikaftale"): a text holding one says what it
# is, so it is a title, never an organisation's name (decision 0060, "Stop 58: quiet-66").
_TITLE_WORDS = frozenset(
    "agreement contract form sheet timesheet report record log statement application request grant "
    "notice notification confirmation declaration registration evaluation assessment review summary "
    "plan attendance".split()
)
_TITLE_ENDINGS = (
    "aftale",
    "seddel",
    "skema",
    "blanket",
    "rapport",
    "bevilling",
    "erklæring",
    "ansøgning",
    "forløb",
)
# The hub's own form types as their forms name them, English words and Danish stems (a Danish compound
# ends in its head: "Virksomhedspraktik", "Mentortimer", "Statusudtalelse"): a title naming its form
# ("Work Trial", "Praktik Ophør") is one, over whatever subtitle (decision 0060, "Stop 58: quiet-67").
# A stem that only starts a word does not count: "Praktikhuset Fyn", "Mentorhuset" are companies' names.
FORM_TYPE_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "placement": (("placement", "internship", "traineeship", "trial"), ("praktik",)),
    "mentor_support": (("mentor", "mentoring", "support"), ("mentor", "støtte")),
    "mentor_hours": (("hours", "timesheet"), ("timer", "timeseddel")),
    "progress_report": (("progress", "status", "report"), ("status", "udtalelse", "progression")),
    "placement_end": (("end", "ending", "termination", "completion"), ("ophør", "afslutning")),
}
_FORM_ENGLISH = frozenset(w for english, _ in FORM_TYPE_NAMES.values() for w in english)
_FORM_DANISH = tuple(stem for _, danish in FORM_TYPE_NAMES.values() for stem in danish)


def _says_what_it_is(word: str) -> bool:
    """Whether a word names a document or one of the hub's forms (`_TITLE_WORDS`, `_TITLE_ENDINGS`,
    `FORM_TYPE_NAMES`)."""
    bare = word.strip(".,:;'’").casefold()
    if bare in _TITLE_WORDS or bare in _FORM_ENGLISH or bare.endswith(_TITLE_ENDINGS):
        return True
    return bare.endswith(_FORM_DANISH)


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


def _name_shaped(text: str) -> bool:
    """Whether a text has a name's shape: two to four capitalised words of letters, none a small word,
    none a word that says what a document is ("Internship Agreement" is an English title, no name). An
    ampersand between two words joins a company's name ("Hansen & Søn"), as "og" would not: it counts
    as no word."""
    split = text.split()
    words = [w for n, w in enumerate(split) if not (w == "&" and 0 < n < len(split) - 1)]
    return (
        2 <= len(words) <= _NAME_WORDS
        and all(w[0].isalpha() and w[0].isupper() for w in words)
        and all(ch.isalpha() or ch in "-.'’&/" for w in words for ch in w)  # "A/S", "H&M"
        and not any(w.casefold() in _SMALL or _says_what_it_is(w) for w in words)
    )


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
    # A name printed above a larger-than-body text that is no name: the letterhead over its form's title.
    highest_name = max((r[1] for r in own if _name_shaped(r[2])), default=None)
    if highest_name is not None and any(not _name_shaped(r[2]) and r[1] < highest_name for r in own):
        own = [r for r in own if not _name_shaped(r[2])]
    biggest = max(round(r[4]) for r in own)
    top = max((r for r in own if round(r[4]) == biggest), key=lambda r: r[1])
    return top[2][:200]
