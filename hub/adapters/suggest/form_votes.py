"""A form's kind from its fields as a whole, for `hub adapters suggest`, where its title and file name
name none.

Each field casts one vote: for the kind a word of its label names ("Årsag til afslutning": an end of a
placement), else for the one kind whose record holds the path its label guesses ("CVR-nr.": a placement,
"Timeløn": a grant of mentor support). The kind most fields name wins; a tie goes to the kind a word
named, else to a kind other than a placement (every form may print a company). So one label ("Ved
praktikkens afslutning sender virksomheden", on an agreement whose other fields are the company, its
CVR, the hours and the benefit) no longer decides the kind over the form's other fields (decision 0060,
"Stop 61: suggest-72").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.form_paths import FORM_PATHS, FORM_TYPE_WORDS, TITLE_ONLY
from hub.adapters.suggest.words import guess_path, has
from hub.schemas.records import canonical_fields

# The paths only one kind's record holds (DESIGN.md's records): each a vote for its kind. A name, a
# P-number or a note is on forms of several kinds and votes for none.
_ONLY_KIND = {
    path: kinds[0]
    for path in {p for kind in FORM_PATHS for p in canonical_fields(kind)}
    if len(kinds := [kind for kind in FORM_PATHS if path in canonical_fields(kind)]) == 1
}

_POSITION = re.compile(r"\[\d+\]")
Vote = tuple[str, str]  # (the kind a field names, the word or label that names it)


def field_votes(candidates: Sequence[Candidate]) -> list[Vote]:
    """Each field's vote, in the form's order; a field naming no kind casts none. Its first text's words
    name a kind as the form's words do (a later text may be its parent element's or heading's: "Bevilling
    PNummer"); its path is guessed from each text as `classify` reads them (a report's `mark1` is labelled
    "Fremmøde", a field `aarsag` "Årsag til afslutning")."""
    votes, seen = [], set()
    for cand in candidates:
        field = _POSITION.sub("", cand.selector)  # an XML element's copies (`tid:uge[2]/@nr`) are one field
        if field in seen:
            continue
        seen.add(field)
        word = _kind_word(cand.texts[0]) if cand.texts else None  # its own words, as the body's are
        text, path = next(((t, g[0]) for t in cand.texts if t and (g := guess_path(t))), ("", ""))
        if word:
            votes.append(word)
        elif path in _ONLY_KIND:
            votes.append((_ONLY_KIND[path], text))
    return votes


def most_named(votes: Sequence[Vote], first: Vote | None = None) -> Vote | None:
    """The kind most votes name, with the word of its first vote. A tie goes to `first`'s kind (the kind
    a word of the form named, a vote itself wherever it stood), else to a kind other than a placement:
    the kind no word names, whose company and caseworker any form may print, is the weakest evidence.
    None without votes or `first`."""
    counts = Counter(kind for kind, _ in votes)
    if first is not None and max(counts[first[0]], 1) >= max(counts.values(), default=0):
        return first
    if not counts:
        return None
    return max(votes, key=lambda vote: (counts[vote[0]], vote[0] != "placement", -votes.index(vote)))


def _kind_word(text: str) -> Vote | None:
    for kind, keywords in FORM_TYPE_WORDS:
        for keyword in keywords:
            if keyword not in TITLE_ONLY and has(text, keyword):
                return kind, keyword
    return None
