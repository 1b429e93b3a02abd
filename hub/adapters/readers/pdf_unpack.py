"""How much a PDF stream unpacks to, measured without unpacking more than the hub accepts.

A few KB of Flate (zlib) data can unpack to gigabytes, and filters can be chained ([/FlateDecode
/FlateDecode]) so that a 3 KB stream is 1.5 GB. qpdf unpacks a stream whole when asked for its bytes: in
the reader's 1 GB it ran out of memory, and said so as a decoding error, which the sender was told as
"damaged" (issue 9 point 5). Here the Flate and Brotli layers of a stream are unpacked first with a
cap on each layer's output, so such a stream is told by its size, a limit named in megabytes, before
qpdf is asked for it.
"""

from __future__ import annotations

import zlib

import brotli
import pikepdf
from pypdf.errors import LimitReachedError

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
    if not filters or filters[0] not in _FLATE + _BROTLI:
        return
    data = stream.read_raw_bytes()
    if all(name in _FLATE for name in filters) and len(data) * _FLATE_MOST ** len(filters) <= limit:
        return  # cannot reach the limit: an ordinary page's or value's stream is not unpacked twice
    for name in filters:
        try:
            if name in _FLATE:
                data = zlib.decompressobj().decompress(data, limit + 1)
            elif name in _BROTLI:
                data = brotli.Decompressor().process(data, output_buffer_limit=limit + 1)
            else:
                return
        except (zlib.error, brotli.error):
            return  # broken data: qpdf tells damage from what it can read, as before
        if len(data) > limit:
            raise TooLarge(f"a stream unpacks to more than {limit} bytes")


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


def _filters(stream: pikepdf.Stream) -> list[str]:
    """The stream's filter names, in the order they are undone; [] when /Filter is neither a name nor
    an array of names."""
    found = stream.get("/Filter")
    items = list(found) if isinstance(found, pikepdf.Array) else [found]
    if not all(isinstance(item, pikepdf.Name) for item in items):
        return []
    return [str(item) for item in items]
