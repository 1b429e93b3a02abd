"""Text read from a file, quoted in a message only when a person can read it.

A rejection quotes what the file says (the printed title, a field's name or label, a value) so that the
caseworker can find it. A damaged file says nothing readable: a PDF whose fonts were lost gives its text
as control characters, replacement characters (bytes that were no text) or glyph numbers; a file decoded
with the wrong encoding gives mojibake ("PraktikaftaleÃ¦"). Quoting that helps no one and looks like the
hub's own fault, so every message that quotes text read from a file goes through `readable` and says
that the text could not be read instead (decision 0027, stop 40).
"""

from __future__ import annotations

import re
import unicodedata

MAX_QUOTED = 80  # characters: a title or a value, not a page; longer text is cut, with "…"
MAX_NAME = 200  # a field's name says where: cut only where no form's name reaches
# Unreadable in a message: controls, format characters, private use, unassigned code points, surrogates.
_UNPRINTABLE = frozenset({"Cc", "Cf", "Co", "Cn", "Cs"})
# Format characters real text carries, invisible in a message: a soft hyphen, zero-width space, joiners,
# a word joiner, a byte order mark. Other format characters (bidirectional overrides) are refused.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
REPLACEMENT = "\ufffd"  # what a decoder writes for bytes that were no text
# The lines a printed form leaves to write on ("Navn: ________", "CPR ............"): read as blank, not
# counted among the signs that make a text unreadable.
_LEADERS = frozenset("._…·-–—")
_FEW_SIGNS = 3


def readable(text: str | None, limit: int = MAX_QUOTED) -> str | None:
    """`text` as a message may quote it: each line break or tab a space (the count of spaces kept: "1  234"
    is refused for its two), cut at `limit` characters; None when it is not fit to quote (`fit_to_quote`)."""
    if text is None:
        return None
    shown = "".join(" " if char.isspace() else char for char in text)
    if not fit_to_quote(shown):
        return None
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def fit_to_quote(text: str) -> bool:
    """Whether a person can read `text`: every character printable and none the replacement character,
    mostly letters or digits, and none of the ways a damaged file's text goes wrong (`_misread`). An
    empty text is fit: quoted, it says that there was nothing."""
    if REPLACEMENT in text:
        return False
    if any(_unprintable(char) for char in text):
        return False
    marks = [char for char in text if not char.isspace() and char not in _LEADERS]
    signs = sum(not char.isalnum() for char in marks)
    # Glyph numbers read as characters are mostly punctuation and symbols ("!#$%&()"); a date or an
    # amount ("12.08.2026", "1.234,50 kr.") is still mostly digits, and a few signs ("(1)", "§ 3") read.
    return (signs <= _FEW_SIGNS or 2 * signs <= len(marks)) and not _misread(text, marks)


def _unprintable(char: str) -> bool:
    return unicodedata.category(char) in _UNPRINTABLE and not char.isspace() and char not in _INVISIBLE


# How pypdf writes a glyph whose character it does not know (a font whose encoding was lost): its name.
_GLYPH_NAMES = re.compile(r"(?:/[A-Za-z]{1,5}\d+){2}")


def _misread(text: str, marks: list[str]) -> bool:
    """Text a reader made of something that was not this text: glyph names (`_GLYPH_NAMES`), two-byte
    codes read as characters ("Aftale" in a font without its map reads "䅦瑡汥": every character two
    printable ASCII bytes, which no real CJK text is), or mojibake (`_mojibake`)."""
    if _GLYPH_NAMES.search(text):
        return True
    wide = [ord(char) for char in marks if not char.isascii()]
    if len(wide) >= 2 and len(wide) == len(marks) and all(_two_ascii(code) for code in wide):
        return True
    return _mojibake(text)


def _two_ascii(code: int) -> bool:
    """Whether a code point is two printable ASCII bytes (0x41 0x66 is "䅦")."""
    return 0x2020 <= code <= 0x7E7E and 0x20 <= code & 0xFF <= 0x7E


def _mojibake(text: str) -> bool:
    """UTF-8 read as Windows-1252 or Latin-1: the characters, written back in that encoding, are UTF-8
    of other letters ("Ã¦" is "æ"). A Danish word never does that by chance: "Ã" is followed by a
    character from a small range only in the misread."""
    return encoded_twice(text) is not None


def encoded_twice(text: str, read_as: str = "cp1252") -> str | None:
    """What `text` read before its UTF-8 was read as `read_as` (else Windows-1252, else Latin-1) and
    written again ("Henrik MÃ¸ller" was "Henrik Møller"); None when it is no such misreading: plain ASCII,
    or text that is not writable in any of them or not UTF-8 when written, or reads the same."""
    found = misreading(text, read_as)
    return None if found is None else found[0]


def misreading(text: str, read_as: str = "cp1252") -> tuple[str, str] | None:
    """`encoded_twice`'s reading of `text` and the encoding it undid; None as there.

    `read_as`: the encoding the text was decoded with where the file says none, tried first: a PDF
    string's is PDFDocEncoding ("pdfdoc", pikepdf's codec), which differs from Windows-1252 exactly in
    0x80-0x9F, where UTF-8's second byte of "Å", "Æ" and "Ø" falls ("Ã–" is "Å" read as PDFDocEncoding,
    "Ö" read as Windows-1252: trial-124)."""
    if text.isascii():
        return None
    for encoding in dict.fromkeys((read_as, "cp1252", "latin-1")):
        try:
            again = text.encode(encoding).decode("utf-8")
        except UnicodeError:  # not writable in it, or not UTF-8 when written: not this misreading
            continue
        if again != text:
            return again, encoding
    return None


def quoted(text: str | None) -> str:
    """Text read from a file for a message in English: quoted ('Praktikaftale') when it is readable
    (`readable`), else words that say it could not be read."""
    shown = readable(text)
    return UNREADABLE[0] if shown is None else f"'{shown}'"


def quoted_da(text: str | None) -> str:
    """`quoted` for a message in Danish."""
    shown = readable(text)
    return UNREADABLE[1] if shown is None else f"'{shown}'"


UNREADABLE = ("text that could not be read", "tekst, der ikke kunne læses")
