"""Text from a PDF's objects as pikepdf gives them: strings, names and numbers, never an object's description.

pikepdf's `str()` is close, but not all the way: of a dictionary or an array it is pikepdf's description of
the object, and of a name or a UTF-8 string whose bytes are not UTF-8 it raises. Each would reach a
sender as a value, or reject a form as damaged for one byte (decision 0027, corpus stop 35).
"""

from __future__ import annotations

import re
from typing import Any

import pikepdf

from hub.adapters.readers.pdf_utf16_names import utf16_name


def text(obj: Any) -> str | None:
    """A PDF string (PDFDocEncoding, UTF-16 or UTF-8), name or number as text; None for null, and for a
    dictionary, array or stream where text belongs: its `str` is pikepdf's description of the object."""
    if obj is None:
        return None
    kind = None
    if isinstance(obj, pikepdf.Object):
        # One look at the kind rather than four `isinstance`: pikepdf answers each of those by asking
        # the object for this same code, and a form's reading asks for some hundred texts.
        kind = obj._type_code
        if kind in _NOT_TEXT:
            return None
        if kind is _NAME:
            return f"/{name_text(obj)}"
    try:
        read = str(obj)
        # A string of plain ASCII reads the same in every encoding (nearly every one): no second look.
        return no_nul(read if read.isascii() or kind is not _STRING else as_written(obj, read))
    except UnicodeDecodeError:
        # PDF 2.0's UTF-8 text string (after its byte order mark) with a byte that is not UTF-8:
        # pikepdf raises; the text is read with that byte replaced, the form is not refused for it.
        return no_nul(bytes(obj).removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace"))


def as_written(string: pikepdf.Object, read: str) -> str:
    """A PDF string with no byte order mark as its producer wrote it: its bytes as UTF-8 where they are
    UTF-8 (and not ASCII alone), else `read`, pikepdf's PDFDocEncoding, as the standard says.

    Producers write UTF-8 there (CAM::PDF, hyperref with `pdfencoding=pdfdoc`, case systems' fillers)
    beside strings of PDFDocEncoding in the same file, so the choice is each string's, never the
    document's: "Sørensen" as `S\xc3\xb8rensen` beside `S\xf8rensen`. Text of PDFDocEncoding is almost
    never UTF-8 by chance: a Danish letter (0xC0-0xFF) would have to stand before one or more of the
    signs 0x80-0xBF (bullets, dashes, quotes, `©`, `°`, `½`), which no name or date holds (decision
    0060, "Stop 74: fixes-137")."""
    raw = bytes(string)
    if raw.isascii() or raw[:2] in _BOMS or raw[:3] == b"\xef\xbb\xbf":
        # PDFDocEncoding's own signs below 0x80 (0x18-0x1F: breve, caron, ...) are no UTF-8 text's;
        # UTF-16 or UTF-8 by its own mark is as pikepdf read it.
        return read
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return read


# `Object._type_code`: pikepdf documents it as what its own `isinstance` checks read.
_NAME = pikepdf.ObjectType.name_
_STRING = pikepdf.ObjectType.string
_BOMS = (b"\xfe\xff", b"\xff\xfe")
_NOT_TEXT = (pikepdf.ObjectType.dictionary, pikepdf.ObjectType.array, pikepdf.ObjectType.stream)


def no_nul(value: str) -> str:
    """A PDF string is counted bytes and may hold NUL, which no one types and PostgreSQL's text types do
    not hold (a record's values are kept as provenance text too): a NUL reached the storing of a form's
    record and failed it there (stop 47's mutation fuzzing, decision 0064). It is read as U+FFFD, as
    other bytes that are no text are, and as such `hub.quoting` says it."""
    return value.replace("\x00", "\ufffd") if "\x00" in value else value


def name_text(name: Any) -> str:
    """A PDF name (a `pikepdf.Name`, or a dictionary's key) as the text it spells, without its slash.

    A name is bytes: UTF-8, as PDF 2.0 says, or one byte a character (Windows-1252) in older forms,
    which spelled "Ønsker" with one byte for the Ø. pikepdf's `str` of such a name raises
    UnicodeDecodeError, and its dictionary keys carry the byte as a lone surrogate, which no database
    stores. Both are read from their bytes here: UTF-8 when they are, else Windows-1252; and a name
    that spells UTF-16 after its byte order mark, plain or as hyperref escapes it, as the text it
    spells (`pdf_utf16_names`)."""
    raw = name_bytes(name)
    if raw[:1] in _UTF16_STARTS and (spelled := utf16_name(raw)) is not None:
        return no_nul(spelled)
    try:
        return no_nul(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return no_nul(raw.decode("cp1252", errors="replace"))


def name_bytes(name: Any) -> bytes:
    """A name's bytes without its slash: a `pikepdf.Name`'s, or a dictionary key's."""
    if isinstance(name, str):  # a key: its bytes decoded with surrogateescape
        return name[1:].encode("utf-8", "surrogateescape")
    raw = name.unparse()[1:]  # qpdf's spelling, each byte outside printable ASCII (and # itself) as #xx
    # Nearly every name has no #: no substitution to run (a reader asks thousands).
    return _HEX_BYTE.sub(_byte, raw) if b"#" in raw else raw


def name_key(name: Any) -> str:
    """A `pikepdf.Name` as pikepdf spells a dictionary's key: its `str` raises on bytes that are no
    UTF-8, where the key holds them as lone surrogates."""
    try:
        return str(name)  # nearly every name: one call, as before
    except UnicodeDecodeError:
        return "/" + name_bytes(name).decode("utf-8", "surrogateescape")


_UTF16_STARTS = (b"\xfe", b"\\")  # a byte order mark's first byte, plain or escaped: one look a name
_HEX_BYTE = re.compile(rb"#([0-9A-Fa-f]{2})")


def _byte(match: re.Match[bytes]) -> bytes:
    return bytes([int(match[1], 16)])
