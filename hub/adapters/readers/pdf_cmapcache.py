"""pypdf's reading of a font's /ToUnicode map, kept under the digest of the map's bytes (decision 0027).

pypdf parses a font's character map anew for every page that uses the font, and a form made by one
tool gives each page its own copy of the same font: pdf.js's issue12963.pdf parses one 6 KB map (ten
thousand characters in ranges) 59 times over eight pages, nearly all of its label pass. The parsed map
depends only on the map's bytes (`pypdf._cmap.prepare_cm`), so it is kept under their digest and a copy
is served to the next font that carries the same bytes. Only time changes: the text found is the same.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from pypdf import _cmap
from pypdf.generic import StreamObject

MAPS = 64  # distinct maps kept; a form uses a handful of fonts
_Parsed = tuple[dict[Any, Any], list[int]]
_kept: OrderedDict[bytes, _Parsed] = OrderedDict()
_lock = threading.Lock()
_original: Callable[[Any], _Parsed] = _cmap._parse_to_unicode


def _parse_to_unicode(font: Any) -> _Parsed:
    """pypdf's `_parse_to_unicode`, served from the kept maps when the font's /ToUnicode bytes were seen."""
    stream = font.get("/ToUnicode") if hasattr(font, "get") else None
    stream = stream.get_object() if stream is not None else None
    if not isinstance(stream, StreamObject):
        return _original(font)  # no map of its own (or /Identity-H): read as pypdf reads it
    key = hashlib.sha256(stream.get_data()).digest()
    with _lock:
        parsed = _kept.get(key)
        if parsed is not None:
            _kept.move_to_end(key)
    if parsed is None:
        parsed = _original(font)  # raises on a map past pypdf's limits: nothing is kept
        with _lock:
            _kept[key] = parsed
            while len(_kept) > MAPS:
                _kept.popitem(last=False)
    return dict(parsed[0]), list(parsed[1])  # pypdf's callers may change what they get


def install() -> None:
    """Make pypdf read /ToUnicode maps through the kept ones (idempotent)."""
    _cmap._parse_to_unicode = _parse_to_unicode  # type: ignore[assignment]


def clear() -> None:
    """Forget every kept map (tests, benchmarks)."""
    with _lock:
        _kept.clear()
