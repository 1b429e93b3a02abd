"""A PDF mutator of `tools.fuzz_forms` (decision 0064, stop 55): a form saved compressed, with object
streams and a cross-reference stream (PDF 1.5, as Acrobat's "Save As" and qpdf write one), then saved
incrementally twice the way Acrobat saves such a file: each update appends the changed field packed in an
object stream of its own and a cross-reference stream (`/Type /XRef`, `/Prev` the save before), never a
classic `xref` table or `trailer`. A text field holds another field's value in the first save, that
value backwards in the second update and the seed's again in the last, so the file as its last revision
says is the seed (`SAME`); a reader of any earlier revision, or one that stops at the first table of
objects, reads another value.

`pdf/incremental` (`fuzz_forms_real_pdf`) appends classic tables to a classic file; a file with object
streams cannot get one there, since its objects have no byte offset to list.
"""

from __future__ import annotations

import random
import re
import struct
import zlib

import pikepdf

from tools.fuzz_forms_pdf import _save
from tools.fuzz_forms_real_pdf import updated_twice


def _compressed(pdf: pikepdf.Pdf) -> bytes:
    """The file with its objects packed in object streams and a cross-reference stream."""
    return _save(pdf, pikepdf.ObjectStreamMode.generate)


def _stream_object(number: int, dictionary: bytes, data: bytes) -> bytes:
    """An indirect stream object, its data Flate-packed."""
    packed = zlib.compress(data)
    head = b"<< %s /Filter /FlateDecode /Length %d >>" % (dictionary, len(packed))
    return b"%d 0 obj\n%s\nstream\n%s\nendstream\nendobj\n" % (number, head, packed)


def _append(data: bytes, pdf: pikepdf.Pdf, field: pikepdf.Object, value: pikepdf.Object) -> bytes:
    """`data` with one incremental update appended as a PDF 1.5 writer appends one: the field with `value`
    in a new object stream, and a cross-reference stream listing that stream, the field (inside it) and
    itself, its trailer keys in its dictionary and /Prev the previous save's."""
    field.V = value
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    number, _ = field.objgen
    size = int(pdf.trailer.Size)
    holder, xref = size, size + 1  # two new objects: the object stream and the cross-reference stream
    body = data if data.endswith(b"\n") else data + b"\n"
    packed = field.unparse(resolved=True)
    index = b"%d 0 " % number
    at = len(body)
    body += _stream_object(holder, b"/Type /ObjStm /N 1 /First %d" % len(index), index + packed)
    where = len(body)
    rows = sorted([(number, 2, holder, 0), (holder, 1, at, 0), (xref, 1, where, 0)])
    table = b"".join(struct.pack(">BIH", kind, a, b) for _, kind, a, b in rows)
    keep = {k: v for k, v in pdf.trailer.items() if k in ("/Root", "/Info", "/ID")}
    trailer = pikepdf.Dictionary(keep).unparse(resolved=True)[2:-2]  # its keys, without << >>
    ranges = b" ".join(b"%d 1" % row[0] for row in rows)
    head = b"/Type /XRef /Size %d /W [1 4 2] /Index [%s] /Prev %d %s" % (xref + 1, ranges, prev, trailer)
    body += _stream_object(xref, head, table)
    return body + b"startxref\n%d\n%%%%EOF\n" % where


def pdf_objstm(data: bytes, rng: random.Random) -> bytes | None:
    """A text field's value saved as another field's in a compressed file, changed again and changed back
    to the seed's in two updates of object and cross-reference streams: read as its seed (`SAME`)."""
    return updated_twice(data, rng, _compressed, _append, packable=True)


PDF = {"objstm": pdf_objstm}
SAME = {"pdf/objstm"}
