"""A PDF written object by object, each object sent out as soon as it is complete.

pypdf's `PdfWriter` keeps every object of a document in memory until `write()`, as Python objects several
times their size in the file; a claim of a thousand pages does not fit that well. Here the caller numbers
the objects, `put` serializes one (renumbering its references with a function the caller gives), and
`take` hands over the bytes written so far; only each object's offset is kept, for the cross-reference
table `finish` writes at the end.
"""

from __future__ import annotations

import functools
import io
import itertools
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

Renumber = Callable[[IndirectObject], int]
CHUNK = 1 << 16  # a long object or table is handed over in pieces of about this many bytes


class Written(IndirectObject):
    """A reference to an object numbered in the output (not in the document it came from); it holds the
    object itself when the writer of a page needs to look into it (an appearance's /BBox)."""

    def __init__(self, number: int, target: PdfObject | None = None) -> None:
        super().__init__(number, 0, None)
        self.target = target

    def get_object(self) -> Any:
        """The object this refers to, as given."""
        return self.target


def serialize(obj: Any, out: io.BytesIO, renumber: Renumber) -> None:
    """Write one object as PDF syntax, each reference renumbered (a `Written` keeps its number)."""
    if isinstance(obj, Written):
        out.write(b"%d 0 R" % obj.idnum)
    elif isinstance(obj, IndirectObject):
        out.write(b"%d 0 R" % renumber(obj))
    elif isinstance(obj, StreamObject):
        # A decoded stream (a ContentStream may rebuild its bytes) is written as it is; an encoded one as
        # it was read, filters and all, which is what pypdf's own writer does.
        data = obj.get_data() if isinstance(obj, DecodedStreamObject) else obj._data
        _dictionary(obj, out, renumber, b"/Length %d\n" % len(data))
        out.write(b"\nstream\n")
        out.write(data)
        out.write(b"\nendstream")
    elif isinstance(obj, DictionaryObject):
        _dictionary(obj, out, renumber)
    elif isinstance(obj, ArrayObject):
        out.write(b"[")
        for item in obj:
            out.write(b" ")
            serialize(item, out, renumber)
        out.write(b" ]")
    elif isinstance(obj, NameObject):
        out.write(_name(obj))
    elif isinstance(obj, TextStringObject):
        out.write(_text(obj.get_encoded_bytes()))
    else:
        obj.write_to_stream(out)


@functools.lru_cache(maxsize=4096)
def _name(name: str) -> bytes:
    """A name in PDF syntax, as pypdf writes it. pypdf escapes a name character by character each time it
    is written, and a claim of a thousand lines writes the same few dozen names some 280,000 times: a
    fifth of its CPU (cProfile, `exports/test_claims_many_lines.py`)."""
    return NameObject(name).renumber()


# A text string's bytes as pypdf writes them between parentheses: letters, digits and the space as they
# are, every other byte as an octal escape. pypdf writes them one `write` a byte, a sixth of a long claim's
# CPU; the same bytes in one join.
_ESCAPED = [bytes([b]) if bytes([b]).isalnum() or b == 0x20 else b"\\%03o" % b for b in range(256)]


def _text(data: bytes) -> bytes:
    """A text string's encoded bytes (`get_encoded_bytes`) as a PDF literal string, as pypdf writes it."""
    return b"(" + b"".join([_ESCAPED[b] for b in data]) + b")"


def _dictionary(obj: DictionaryObject, out: io.BytesIO, renumber: Renumber, extra: bytes = b"") -> None:
    out.write(b"<<\n")
    for key, value in obj.items():
        # pypdf keeps its own bookkeeping under keys such as /%...%; a stream's /Length is recomputed.
        if (len(key) > 2 and key[1] == "%" and key[-1] == "%") or (extra and key == "/Length"):
            continue
        if isinstance(key, NameObject):
            out.write(_name(key))
        else:
            key.write_to_stream(out)
        out.write(b" ")
        serialize(value, out, renumber)  # items() gives references unresolved
        out.write(b"\n")
    out.write(extra + b">>")


class ObjectWriter:
    """Numbered objects out as bytes, then the cross-reference table and trailer."""

    def __init__(self, header: bytes) -> None:
        self._offsets = array("Q", [0])  # by object number; 0 is the free list's head
        self._sent = 0
        self._out = io.BytesIO()
        # The second line's high bytes tell a transfer program the file is binary.
        self._out.write(header + b"\n%\xe2\xe3\xcf\xd3\n")

    def reserve(self, count: int = 1) -> int:
        """Number `count` objects to be written later; returns the first number."""
        first = len(self._offsets)
        self._offsets.extend([0] * count)
        return first

    def put(self, number: int, obj: PdfObject, renumber: Renumber) -> None:
        """Write object `number`, its references renumbered."""
        self._begin(number)
        serialize(obj, self._out, renumber)
        self._out.write(b"\nendobj\n")

    def put_raw(self, number: int, parts: Iterable[bytes]) -> Iterator[bytes]:
        """Write object `number` from pieces already in PDF syntax (a long array of references), handing
        the bytes over as they pile up."""
        self._begin(number)
        for part in parts:
            self._out.write(part)
            if self._out.tell() >= CHUNK:
                yield self.take()
        self._out.write(b"\nendobj\n")

    def _begin(self, number: int) -> None:
        self._offsets[number] = self._sent + self._out.tell()
        self._out.write(b"%d 0 obj\n" % number)

    def take(self) -> bytes:
        """The bytes written since the last call."""
        data = self._out.getvalue()
        self._sent += len(data)
        self._out = io.BytesIO()
        return data

    def finish(self, root: int) -> Iterator[bytes]:
        """The rest of the file: the cross-reference table and the trailer naming `root` the catalog."""
        try:
            missing = self._offsets.index(0, 1)
        except ValueError:
            pass
        else:  # a reserved number never written would point a reader at the file's first byte
            raise ValueError(f"PDF object {missing} was reserved but never written")
        start = self._sent + self._out.tell()
        size = len(self._offsets)
        self._out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        for offset in itertools.islice(self._offsets, 1, None):
            self._out.write(b"%010d 00000 n \n" % offset)
            if self._out.tell() >= CHUNK:
                yield self.take()
        self._out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (size, root))
        self._out.write(b"startxref\n%d\n%%%%EOF\n" % start)
        yield self.take()
