"""A PDF name that spells UTF-16 text: its bytes begin with the byte order mark FE FF, or (hyperref's)
with that mark written as a string's octal escapes, `\\376\\377\\000J\\000o...`.

hyperref (pdflatex, XeLaTeX) names a radio button's or check box's state by the word the template gives,
passed through `\\pdfstringdef`, which makes a text string's escaped UTF-16; a name keeps no escapes, so
the state's name is that text, backslashes and all, and the hub read it so: a config had to map
`\\376\\377\\000J\\000o\\000b...` where the page says "Jobparat" (decision 0025, "Stop 65: fixes-97").
Such a name is read as the text it encodes. A name that is not whole UTF-16 after its mark (an odd
number of bytes, a lone surrogate) is read as before.
"""

from __future__ import annotations

import codecs
import re

_BOM = codecs.BOM_UTF16_BE
_ESCAPED_BOM = "\\376\\377"
# A string's escapes (ISO 32000-1, 7.3.4.2): one to three octal digits, or one character after `\`.
_ESCAPE = re.compile(r"\\([0-7]{1,3}|.)", re.DOTALL)
_CHARACTER_ESCAPES = {"n": 10, "r": 13, "t": 9, "b": 8, "f": 12}


def utf16_name(raw: bytes) -> str | None:
    """The text a name's bytes (without its slash) encode as UTF-16BE after its byte order mark, plain
    or escaped; None where they do not begin so, or are no whole UTF-16 text after it."""
    if raw.startswith(_BOM):
        return _utf16(raw[2:])
    if raw.startswith(_ESCAPED_BOM.encode()):
        return escaped_utf16(raw.decode("latin-1"))
    return None


def escaped_utf16(name: str) -> str | None:
    """The text of hyperref's escaped UTF-16 (`\\376\\377\\000J...`, as a name's text holds it); None
    where `name` is not such text."""
    if not name.startswith(_ESCAPED_BOM):
        return None
    data = bytearray()
    at = len(_ESCAPED_BOM)
    for match in _ESCAPE.finditer(name, at):
        data += name[at : match.start()].encode("latin-1", errors="replace")
        code = match[1]
        octal = code[0] in "01234567"
        data.append(int(code, 8) & 0xFF if octal else _CHARACTER_ESCAPES.get(code, ord(code) & 0xFF))
        at = match.end()
    data += name[at:].encode("latin-1", errors="replace")
    return _utf16(bytes(data))


def _utf16(data: bytes) -> str | None:
    if not data or len(data) % 2:
        return None
    try:
        return data.decode("utf-16-be")
    except UnicodeDecodeError:
        return None


def state_words(text: str) -> str:
    """A config's word for a state, as the hub now reads it: hyperref's escaped UTF-16 as its text, any
    other word as written. A config written before this stop maps the escaped text (Haderslev's and
    Skanderborg's trial configs do): its keys keep matching the state they name."""
    return escaped_utf16(text) or text
