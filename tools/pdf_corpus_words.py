"""What a corpus run checks in the words of a rejection (decision 0027): no library's words, no English
in the Danish text, and no text quoted from the file that a person cannot read.

Used by `tools.pdf_corpus` (the reader's rejection, and the intake's through one adapter whose PDF forms
are told apart by their printed title, so that a read form's title is quoted) and
`tools.pdf_mutants_figures`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from hub.errors import FieldProblem

# Words of a reason that are a library's, not the sender's.
JARGON = (
    "xref",
    "trailer",
    "qpdf",
    "pikepdf",
    "pypdf",
    "stream",
    "object ",
    "exception",
    "error:",
    "pip install",
    "traceback",
    "errno",
)
# A class name (`PdfReadError`, `DataDecodingError`), what Python prints for an exception.
_CLASS = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:Error|Exception|Warning)\b")
# English words that have no business in a Danish sentence (the reason's own words, not a quote).
_ENGLISH = re.compile(r"\b(?:the|is|not|cannot|could|which|file|with|from|and|of|its|read)\b")
# Python's escapes of characters it cannot print, as `repr` quotes them: unreadable all the same.
_ESCAPED = re.compile(r"\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\U[0-9a-f]{8}")
# Text between quotes: what a reason quotes from the file (a title, a value, a field's name). A quote
# opens and closes beside no letter, so an apostrophe inside it ("'Alien's Change of Address Card'",
# a PyPDFForm sample's title) neither ends it nor starts another.
_QUOTED = re.compile(r"(?<!\w)'(.*?)'(?!\w)|\"([^\"]*)\"")


def problems_texts(problems: list[FieldProblem]) -> Iterator[tuple[str, str]]:
    """Each problem's words in English and in Danish, where included (the locator names the field)."""
    for p in problems:
        yield (
            " / ".join(x for x in (p.locator, p.reason_en) if x),
            " / ".join(x for x in (p.locator_da or p.locator, p.reason_da) if x),
        )


def faults(en: str, da: str) -> list[str]:
    """What is wrong with one reason's words (empty: nothing)."""
    found = []
    for lang, text in (("en", en), ("da", da)):
        # A library's words in the reason's own words: a quote is the sender's text (iText's test page
        # titled "vector + image XObject + nested form" is no reader speaking of objects).
        lowered = _QUOTED.sub(" ", text).lower()
        found += [f"{lang}: library word {w!r}" for w in JARGON if w in lowered]
        found += [f"{lang}: class name {m!r}" for m in _CLASS.findall(_QUOTED.sub(" ", text))]
        found += [f"{lang}: unreadable text" for c in text if _unreadable(c)][:1]
        found += [f"{lang}: escaped unreadable text {m!r}" for m in _ESCAPED.findall(text)][:1]
    outside = _QUOTED.sub(" ", da)  # a quote may be English: it is the sender's text
    found += [f"da: English word {w!r}" for w in sorted(set(_ENGLISH.findall(outside)))]
    return found


def _unreadable(char: str) -> bool:
    """A character no one can read in a message: a control, a private or unassigned code point, the
    replacement character (text that could not be decoded)."""
    return char == "\ufffd" or unicodedata.category(char) in ("Cc", "Cf", "Co", "Cn", "Cs")
