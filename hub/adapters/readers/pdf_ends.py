"""Where a PDF's saves end: a file that has lost its end, and one that lost its last save with it.

Every save of a PDF ends the file with `startxref`, the offset of that save's table of objects, and
`%%EOF` (PDF 32000 7.5.5); an editor saving a form's values appends them as an update that ends so again
(7.5.6), after the ends of the saves before. A file cut short in a transfer has lost what was written last.
"""

from __future__ import annotations

import re

from hub.adapters.readers.pdf_header import header_at

_TAIL = 1024  # where a reader looks for `startxref` at the end of the file, qpdf as PDF readers do
_PADDING = 1 << 16  # white space after the end looked past: a file padded to a disk's block, or more
_WHITE_SPACE = b"\x00\t\n\f\r "  # PDF 32000 7.2.2
# The end of a save, and the offset it gives: its table of objects there is a classic one ("xref") or a
# stream, an object like any other ("12 0 obj").
_SAVE_END = re.compile(rb"startxref[\x00\t\n\f\r ]+(\d{1,10})[\x00\t\n\f\r ]+%%EOF")
_TABLE = re.compile(rb"[\x00\t\n\f\r ]*(?:xref|\d+[\x00\t\n\f\r ]+\d+[\x00\t\n\f\r ]+obj)")
# A save begun after an end: past white space (a tool's padding) and comments (PDF 32000 7.2.4), its
# first object or its table, as `_TABLE`. Possessive (`*+`): a comment's words ("% 1 0 obj") are not
# taken back to be read as an object, and padding is passed once.
_SAVE_BEGUN = re.compile(
    rb"(?:[\x00\t\n\f\r ]|%[^\r\n]*+)*+(?:xref|\d+[\x00\t\n\f\r ]+\d+[\x00\t\n\f\r ]+obj)"
)
# What a save writes and appended text does not: an object, a stream, a table of objects, a trailer. As
# whole words, so that prose ("object", "downstream") is not taken for them; literals only, so that the
# search is linear on any bytes.
_PDF_SYNTAX = re.compile(rb"\b(?:obj|endobj|stream|endstream|xref|startxref|trailer)\b")
# A linearized file ("fast web view", PDF 32000 annex F) names itself in its first object, and ends the
# part that holds its first page as a save ends: that end is no earlier save of the document.
_LINEARIZED = re.compile(rb"obj[\x00\t\n\f\r ]*<<[^>]*/Linearized")


def end_missing(data: bytes) -> bool:
    """True when the file has lost its end: neither `startxref` nor `%%EOF`, which every writer puts
    last (PDF 32000 7.5.5), is in its last 1024 bytes. A file cut short in a transfer, or while it was
    written: what was written last is gone, and an update appended to the file (a form added to a
    document, or its values filled in, saved by an editor) is written last.

    White space after the end (zero bytes a tool padded the file with) is no loss: qpdf, which looks
    no further than the last 1024 bytes, rebuilds such a file, but all of it is there. Nor is text a
    program appended after the end (`_appended_after`)."""
    return _tail_without_end(data) and _appended_after(data) is None


def without_appended(data: bytes) -> bytes:
    """The file without what a program appended after its end (`_appended_after`), else as it is. qpdf
    rebuilds a file whose end it does not find in the last 1024 bytes, and a rebuild cannot decrypt an
    encrypted file whose table is a stream (object streams, as Acrobat and qpdf write it): such a form with
    a notice appended was "damaged" though all of it is there (decision 0025, stop 53)."""
    end = _appended_after(data) if _tail_without_end(data) else None
    return data if end is None else data[:end]


def _tail_without_end(data: bytes) -> bool:
    tail = data[-_PADDING:].rstrip(_WHITE_SPACE)[-_TAIL:]
    return b"startxref" not in tail and b"%%EOF" not in tail


def _appended_after(data: bytes) -> int | None:
    """Where the file's last save ends, when what follows that end is no PDF at all: text or bytes a
    program appended to the finished file (a mail gateway's notice, a download's trailing bytes;
    pdftk-java's `issue90.pdf`, 2.6 KB of text after its `%%EOF`); else None. Nothing of the file is lost:
    what a cut leaves after an earlier end is the next save's objects, and those are PDF syntax. Such a
    file was refused as one that lost its last save (decision 0025, stop 53).

    The end is the last `startxref N %%EOF`, whatever N: a writer's slip in it (iText's and pdftk's files
    point into their table, or past the file's end) is mended by qpdf, as in a file without the text. An
    attached PDF's own end is never the last: its stream's `endstream` and this file's end follow it."""
    at = data.rfind(b"startxref")
    end = _SAVE_END.match(data, at) if at >= 0 else None
    if end is None or _PDF_SYNTAX.search(data, end.end()) is not None:
        return None
    return end.end()


def last_save_lost(data: bytes) -> bool:
    """True when the file was saved again after an earlier, whole save, and the last save was cut off:
    the file has lost its end (`end_missing`), or what follows the earlier save's end is a save begun
    (its objects, or its table) that reaches no `startxref` of its own (decision 0025, stop 50 (3)).

    qpdf rebuilds such a file from what is left, and an object the last save changed and lost is read
    as the earlier save wrote it: a text field filled in is read empty, a box ticked "Ja" read "Off",
    marked as repaired only (decision 0025, stop 50). Cut within 1 KB after the earlier end, the file's
    last 1024 bytes still hold that end, and qpdf reads the earlier save without a word. A file cut
    short in its only save has no earlier one, and is read, or not, as before.

    An earlier save counts where its `startxref` points at a table of objects in this file: a PDF
    attached uncompressed inside the file has ends of its own, whose offsets are not this file's.
    White space, and a comment, after the last end is no save begun."""
    header = max(header_at(data), 0)
    if end_missing(data):
        return any(_whole(data, header, end) for end in _SAVE_END.finditer(data))
    # Looked at only where the last `startxref` ends a whole save: an attached PDF's objects are inside
    # a stream of this file, and a stream is inside an object, so they are never the first thing after
    # this file's end. (Only there: an ordinary whole file costs a search from its end, not a scan.)
    at = data.rfind(b"startxref")
    end = _SAVE_END.match(data, at) if at >= 0 else None
    return end is not None and _SAVE_BEGUN.match(data, end.end()) is not None and _whole(data, header, end)


def _whole(data: bytes, header: int, end: re.Match[bytes]) -> bool:
    """True when `end` ends a whole save of this file: its offset, counted from the header (after any
    junk a mail program put before it, as qpdf counts), finds a table of objects, and it is not the end
    of a linearized file's first page's part (its first end)."""
    offset = header + int(end[1])
    if not (header < offset < len(data) and _TABLE.match(data, offset)):
        return False
    first = data.find(b"obj", header, header + _TAIL)
    linearized = first >= 0 and _LINEARIZED.match(data, first, header + _TAIL) is not None
    return not linearized or _SAVE_END.search(data, 0, end.start()) is not None
