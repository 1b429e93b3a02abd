"""A text's edges as a person sees them: white space and invisible format characters stripped.

A byte order mark glued to a file's first value (`\ufeffMette Lund`, a CSV written by one program and
appended to by another, an XML value pasted from a Windows clipboard), or a zero-width space copied
along with a name, makes the same citizen's name two names that look alike: on two forms, in two
versions of one record, in a search. Python's `str.strip` keeps them (they are not white space), so
every text on its way into the canonical record goes through `strip_edges` (decision 0064, "Stop 47 (2)").
Inside a text they are kept: a soft hyphen or a joiner between letters is part of how it was written.
"""

from __future__ import annotations

import unicodedata

# Format characters that show (Unicode's Prepended_Concatenation_Mark: the Arabic number sign and its
# kin, printed before the digits they span): part of the text, never an edge to strip.
_SHOWN_FORMAT = frozenset(
    "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd"
)


def _edge(char: str) -> bool:
    """White space, or a format character that does not show (a byte order mark, a zero-width space,
    a direction mark, a soft hyphen at a word's edge)."""
    return char.isspace() or (unicodedata.category(char) == "Cf" and char not in _SHOWN_FORMAT)


def strip_edges(text: str) -> str:
    """`text` without white space and invisible format characters at its start and end, in any mix."""
    text = text.strip()
    # Stripped, an edge is not white space; and no ASCII character is a format character. So a text with
    # ASCII at both ends (most of a form's values, some forty a form) is done without asking Unicode's
    # tables about either end (decision 0030, stop 50).
    if not text or (text[0] < "\x80" and text[-1] < "\x80"):
        return text
    if not (_edge(text[0]) or _edge(text[-1])):
        return text  # nearly every other value: nothing invisible at its edges
    start, end = 0, len(text)
    while start < end and _edge(text[start]):
        start += 1
    while end > start and _edge(text[end - 1]):
        end -= 1
    return text[start:end]
