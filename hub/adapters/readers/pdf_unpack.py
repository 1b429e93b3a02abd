"""How much a PDF stream unpacks to, measured without unpacking more than the hub accepts.

A few KB of Flate (zlib) data can unpack to gigabytes, and filters can be chained ([/FlateDecode
/FlateDecode]) so that a 3 KB stream is 1.5 GB. qpdf unpacks a stream whole when asked for its bytes: in
the reader's 1 GB it ran out of memory, and said so as a decoding error, which the sender was told as
"damaged" (issue 9 point 5). Here the Flate and Brotli layers of a stream are unpacked first with a
cap on each layer's output, so such a stream is told by its size, a limit named in megabytes, before
qpdf is asked for it.

qpdf unpacks two kinds of stream itself, while it opens the file: a cross-reference stream (the table
of objects) and an object stream (objects packed together). Those are found in the bytes as written and
measured before qpdf opens the file (`check_structure`): out of memory on one, qpdf took some 18 s of
a reader's 20 s to say so (decision 0027, stop 45 (2)).
"""

from __future__ import annotations

import re
import zlib

import brotli
import pikepdf
from pypdf.errors import LimitReachedError

from hub.adapters.readers.pdf_text import name_text

# The most one stream may unpack to. pypdf, which reads the printed labels, stops at the same figure
# (its filters' 75,000,000 bytes), so the sender is told one limit whichever reader met the stream.
MAX_UNPACKED_BYTES = 75_000_000
_FLATE = ("/FlateDecode", "/Fl")
_BROTLI = ("/BrotliDecode",)
# More than Flate (deflate) can unpack one byte to: 258 bytes for 2 bits at best, 1032 to 1.
_FLATE_MOST = 1033


class TooLarge(Exception):
    """A stream unpacks to more than `MAX_UNPACKED_BYTES`."""


def check_size(stream: pikepdf.Stream, limit: int = MAX_UNPACKED_BYTES) -> None:
    """Raise `TooLarge` when the stream's Flate and Brotli layers unpack to more than `limit` bytes.

    Only measures: the layers it can unpack (the leading Flate and Brotli ones) are unpacked, each to
    at most `limit` + 1 bytes; at another filter, or data that is not valid, it stops, and whoever
    reads the stream (qpdf) decides about the rest as before. A predictor (/DecodeParms) only makes
    the data smaller, so the measure is never below the stream's true size."""
    filters = _filters(stream)
    if filters and filters[0] in _FLATE + _BROTLI:
        _measure(filters, stream.read_raw_bytes(), limit)


def read_within(stream: pikepdf.Stream, limit: int = MAX_UNPACKED_BYTES) -> bytes:
    """`check_size`, then the stream's decoded bytes. A stream whose one filter is Flate, with no
    parameters, is inflated here once, within the limit, and those bytes are its decoded bytes (qpdf
    inflates it alike): not unpacked twice, once to measure and again by qpdf (a form's every text box
    is, decision 0050, "Stop 55"). Anything else (another filter, broken or cut-off data, data after
    the end) is measured as `check_size` does and left to qpdf as before, which raises as before."""
    if _flate_only(stream) and not (_DECODE_PARMS in stream or _DP in stream):
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(stream.read_raw_bytes(), limit + 1)
        except zlib.error:
            return stream.read_bytes()  # broken data: qpdf tells damage from what it can read
        if len(data) > limit:
            raise TooLarge(f"a stream unpacks to more than {limit} bytes")
        if inflater.eof and not inflater.unused_data:
            return data
        return stream.read_bytes()
    check_size(stream, limit)
    return stream.read_bytes()


# A cross-reference or object stream's dictionary, as written: its /Type, and its /Filter (a name or
# an array of names; one given as a reference to another object is not followed, and not measured).
_STRUCTURE = re.compile(rb"/Type\s*/(?:XRef|ObjStm)(?![^\s/<>\[\]()])")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/<>\[\]()]+)")
_NAME = re.compile(rb"/[^\s/<>\[\]()]+")
_MAX_DICTIONARY = 4096  # how far from its /Type a stream's "N G obj" and "stream" keyword are looked for
_MAX_STRUCTURES = 10_000  # a large real file has some hundreds of object streams; more are not measured
# What all of them may unpack to while measured: a file could hold many that qpdf never reads (no table
# lists them), each just under the limit, and turn a reading into "took too long". Past this, the rest
# are left to qpdf, as before stop 45 (2). A real file's are a few KB and are not unpacked at all.
_MEASURED_LIMITS = 4  # times the limit


def check_structure(data: bytes, limit: int = MAX_UNPACKED_BYTES) -> None:
    """Raise `TooLarge` when a cross-reference stream or an object stream in the PDF's bytes unpacks to
    more than `limit` bytes, before qpdf is given the file.

    The streams are found by their dictionaries in the bytes: a /Type /XRef or /Type /ObjStm between an
    object's "obj" and its "stream" keyword, with no other object or stream between. A stream's data is
    taken to its "endstream", not by its /Length, which a file may lie about (qpdf then looks for the
    keyword too). An object stream of an encrypted file is encrypted before it is packed: its data is no
    Flate data to us, and is passed over as `check_size` passes over broken data. Only measures, as
    `check_size`: an ordinary file's streams are too short to reach the limit and are not unpacked."""
    if b"/XRef" not in data and b"/ObjStm" not in data:
        # Neither type's name is in the bytes, so `_STRUCTURE` finds nothing: told by two searches for
        # the names' bytes rather than by the pattern tried at every /Type of the file (every page,
        # annotation and font has one; most files a form filler writes have no such stream).
        return
    view = memoryview(data)
    measured = 0
    for count, found in enumerate(_STRUCTURE.finditer(data)):
        if count == _MAX_STRUCTURES or measured > _MEASURED_LIMITS * limit:
            return
        at = found.start()
        head = data.rfind(b"obj", max(at - _MAX_DICTIONARY, 0), at)
        tail = data.find(b"stream", at, at + _MAX_DICTIONARY)
        if head < 0 or tail < 0 or data.find(b"stream", head, at) >= 0 or data.find(b"obj", at, tail) >= 0:
            continue  # not an object's own dictionary: words in other data, or an object without data
        named = _FILTER.search(data, head, tail)
        filters = [name.decode("latin-1") for name in _NAME.findall(named.group(1))] if named else []
        if not filters or filters[0] not in _FLATE + _BROTLI:
            continue
        begin = tail + len(b"stream")
        begin += 2 if data.startswith(b"\r\n", begin) else 1 if data.startswith((b"\r", b"\n"), begin) else 0
        end = data.find(b"endstream", begin)
        measured += _measure(filters, view[begin : end if end >= 0 else len(data)], limit)


def _measure(filters: list[str], data: bytes | memoryview, limit: int) -> int:
    """`check_size` for a stream's `filters` and packed `data`; the bytes unpacked to measure it."""
    if all(name in _FLATE for name in filters) and len(data) * _FLATE_MOST ** len(filters) <= limit:
        return 0  # cannot reach the limit: an ordinary page's or value's stream is not unpacked twice
    unpacked = 0
    for name in filters:
        try:
            if name in _FLATE:
                data = zlib.decompressobj().decompress(data, limit + 1)
            elif name in _BROTLI:
                data = brotli.Decompressor().process(data, output_buffer_limit=limit + 1)
            else:
                return unpacked
        except (zlib.error, brotli.error):
            return unpacked  # broken data: qpdf tells damage from what it can read, as before
        if len(data) > limit:
            raise TooLarge(f"a stream unpacks to more than {limit} bytes")
        unpacked += len(data)
    return unpacked


def unpacks_too_much(exc: BaseException) -> bool:
    """True when `exc` says a stream unpacks past what the readers take: ours (`TooLarge`), pypdf's
    output limit (the labels), or qpdf out of memory while unpacking (it says so only in its message, as
    a decoding error, "...: std::bad_alloc").

    pypdf raises its `LimitReachedError` for other limits too: a loop of references, a table of objects
    longer than the file, broken data too long to try to mend. Those are damage, not size, and are not
    counted here."""
    if isinstance(exc, TooLarge):
        return True
    if isinstance(exc, LimitReachedError):
        message = str(exc)
        return message.startswith("Limit reached while decompressing") or "decoding work" in message
    return isinstance(exc, pikepdf.DataDecodingError) and "bad_alloc" in str(exc)


# `/Filter /FlateDecode` and `/Filter [/FlateDecode]` as qpdf writes them back: nearly every stream the
# reader unpacks (each text box's appearance) is told by one call, not by the list of its filters' names.
_FLATE_ONLY = (b"/FlateDecode", b"[ /FlateDecode ]")
# Asked as pikepdf names, not text: half the instructions a key (`pdf_objects.KEYS`).
_FILTER_KEY, _DECODE_PARMS, _DP = map(pikepdf.Name, ("/Filter", "/DecodeParms", "/DP"))


def _flate_only(stream: pikepdf.Stream) -> bool:
    """Whether the stream's one filter is Flate (`_filters(stream) == ["/FlateDecode"]`)."""
    found = stream[_FILTER_KEY] if _FILTER_KEY in stream else None  # `get` raises inside for a missing key
    if found is None or type(found) is not pikepdf.Object:
        return False  # no filter (or a number, as no list of names): `_filters` is []
    return found.unparse() in _FLATE_ONLY or _filters(stream) == ["/FlateDecode"]  # a reference, or another


def _filters(stream: pikepdf.Stream) -> list[str]:
    """The stream's filter names, in the order they are undone; [] when /Filter is neither a name nor
    an array of names."""
    found = stream.get("/Filter")
    items = list(found) if isinstance(found, pikepdf.Array) else [found]
    if not all(isinstance(item, pikepdf.Name) for item in items):
        return []
    return [f"/{name_text(item)}" for item in items]  # pikepdf's `str` raises on a name that is no UTF-8
