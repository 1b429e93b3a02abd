"""A text field's value saved as a string no viewer shows as text: encoded twice, or bytes that are no text.

A PDF text string is decoded once, by its byte order mark (UTF-16BE after FE FF, UTF-8 after EF BB BF,
UTF-16LE after FF FE as qpdf and pdf.js read it, else PDFDocEncoding). A list's line (/Opt) is judged so
too where the value chooses it (`pdf_unshown.garbled_line`). hyperref's combo box under xdvipdfmx saves
its value encoded twice, the UTF-16 of the word (FE FF 00 4B 00 6F...) written again inside a UTF-16
string (`<FEFF FEFF 0000 4B00 006F ...>`): poppler shows the field empty ("bad unicode string"), pdf.js as
stray characters, and the hub read it as noise and stored it (decision 0060, "Stop 65: trial-93", (iii)).
The rule is not that producer's: a text that, once decoded, still begins with a byte order mark (as a
character, or the marks' bytes read as Latin-1 characters, `þÿ`, `ÿþ`, `ï»¿`) was encoded twice; one that
is UTF-16 with a lone surrogate, or whose characters are half or more control characters or Unicode's
noncharacters (U+FFFE, U+FFFF), is no text anyone typed. A single stray NUL (a fuzzer's "Kirsten \\x00")
stays read as before, one U+FFFD (decision 0064). Refused at the field (`unshown_values`, decision 0025,
"Stop 65: fixes-97").
"""

from __future__ import annotations

import codecs
from typing import Any

_UTF16_EITHER = (codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)
_UTF8 = codecs.BOM_UTF8
# A text's start that is a byte order mark again: the mark as a character (either order), or the marks'
# bytes as the characters Latin-1 (and PDFDocEncoding) reads them as.
_MARKS_AGAIN = ("\ufeff", "\ufffe", "\u00fe\u00ff", "\u00ff\u00fe", "\u00ef\u00bb\u00bf")
_KEPT_CONTROLS = frozenset("\t\n\r")
_TEXT_BYTES = bytes([9, 10, 13, *range(32, 256)])


def garbled(raw: Any) -> str | None:
    """Why a text string (a `pikepdf.String`) no viewer shows as text: "twice" (encoded twice) or
    "no text"; None for any other string (nearly every one: one look at its first bytes and characters)."""
    data = bytes(raw)
    if data.startswith(_UTF16_EITHER):
        body = data[2:]
        try:
            # An odd last byte is dropped, as viewers drop it; a lone surrogate is no text. Little-endian
            # after FF FE, which PDF does not define but qpdf (so `pdf_text.text`), pypdf and pdf.js read:
            # judged as read, not as PDFDocEncoding's "ÿþ" and NUL bytes (decision 0025, "Stop 66:
            # fixes-100").
            codec = "utf-16-be" if data[0] == 0xFE else "utf-16-le"
            decoded = body[: len(body) - len(body) % 2].decode(codec)
        except UnicodeDecodeError:
            return "no text"
    elif data.startswith(_UTF8):
        decoded = data[3:].decode("utf-8", errors="replace")
    else:  # PDFDocEncoding: one byte a character, its control bytes those of ASCII (counted in C)
        controls = len(data.translate(None, _TEXT_BYTES))
        return "no text" if data and 2 * controls >= len(data) else None
    if decoded.startswith(_MARKS_AGAIN):
        return "twice"
    if decoded and 2 * sum(map(_not_text, decoded)) >= len(decoded):
        return "no text"
    return None


def _not_text(char: str) -> bool:
    return (char < " " and char not in _KEPT_CONTROLS) or char in "\ufffe\uffff"
