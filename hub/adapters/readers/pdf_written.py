"""What a PDF's bytes say as written, where qpdf's reading of the document and a search of all the bytes
disagree: for the reasons a file is rejected (`pdf_reasons`), never for its values.

A file saved with incremental updates keeps every earlier revision's objects before the newest: the
bytes can name a form (/AcroForm) that the document no longer has. Only the catalogue qpdf
reads, as its bytes are written, says whether the document names a form.

qpdf has no Brotli decoder (PDF 2.0 allows /BrotliDecode; the hub decodes such streams itself where it
reads them): a file whose objects or table of objects are packed in Brotli-compressed streams is one
qpdf cannot find its objects in, which is not damage. Decision 0027, stop 36.
"""

from __future__ import annotations

import re
from typing import Any

import pikepdf

from hub.adapters.readers.pdf_header import header_at

_TYPE_OFFSET, _TYPE_PACKED = 1, 2  # xref entries: an object at an offset, an object in an object stream
_MAX_CATALOGUE = 1 << 20  # a catalogue is a few hundred bytes; more is not read for a rejection's reason
_MAX_DICTIONARY = 4096  # how far from /BrotliDecode its stream's dictionary is looked at, either way
_MAX_BROTLI = 1000  # Brotli-compressed streams looked at: a real file packs its objects in a few
_STRUCTURE = re.compile(rb"/Type\s*/(?:XRef|ObjStm)(?![^\s/<>\[\]()])")


def catalogue_names_a_form(pdf: pikepdf.Pdf, data: bytes, repaired: bool) -> bool:
    """True when the document's catalogue, as written, has an /AcroForm key (qpdf's reading drops one
    that leads nowhere), whether its bytes lie open in the file or packed in an object stream.

    When that cannot be told, any /AcroForm in the bytes counts, as before stop 36: when qpdf repaired
    the file (it warned while opening or reading it: the catalogue it found may not be the one written),
    or the catalogue's bytes cannot be found. `repaired`: qpdf warned (its warnings, which reading
    clears, are the caller's).

    An /AcroForm that refers to an object the file's table lists as deleted (free: a number below the
    trailer's /Size that the table qpdf read does not hold), and whose bytes the file does not hold,
    names no form: a reference to an object not in the file is null (PDF 32000 7.3.10), and the writer
    that deleted the form left only its name in the catalogue (yob/pdf-reader's
    `ligature_integration_sample.pdf`, a letter, was "damaged PDF: its form fields cannot be read"). A
    number past the table's end is an object the file has lost: damage, as stop 36 decided."""
    written = None if repaired or pdf.get_warnings() else _catalogue_bytes(pdf, data)
    if written is None:
        return b"/AcroForm" in data
    reference = _FORM_REFERENCE.search(written)
    if reference is not None and _deleted(pdf, data, int(reference[1]), int(reference[2])):
        return False
    return b"/AcroForm" in written


_FORM_REFERENCE = re.compile(rb"/AcroForm\s*(\d{1,10})\s+(\d{1,5})\s+R(?![^\s/<>\[\]()])")


def _deleted(pdf: pikepdf.Pdf, data: bytes, number: int, generation: int) -> bool:
    """True when the table of objects qpdf read lists the number as free (below the trailer's /Size, one
    past the highest number the table defines: PDF 32000 7.5.5, but not held) and no byte of the file
    begins the object: an object whose bytes are there, but not in the table, is lost to damage."""
    size = pdf.trailer.get("/Size")
    if not isinstance(size, int) or number >= size or (number, generation) in pdf.get_xref_table():
        return False
    return re.search(rb"(?<![0-9])%d\s+%d\s+obj(?![^\s/<>\[\]()])" % (number, generation), data) is None


def _catalogue_bytes(pdf: pikepdf.Pdf, data: bytes) -> bytes | None:
    """The catalogue object's bytes as the cross-reference table qpdf read places them, or None."""
    root = pdf.Root
    if not root.is_indirect:
        return None
    entry = pdf.get_xref_table().get(root.objgen)
    if entry is None:
        return None
    if entry.type == _TYPE_OFFSET and entry.offset is not None:
        # qpdf counts offsets from the header, past any junk a mail gateway put before it.
        start = entry.offset + max(header_at(data), 0)
        if not re.match(rb"\s*%d\s+%d\s+obj" % root.objgen, data[start : start + 64]):
            return None
        end = data.find(b"endobj", start, start + _MAX_CATALOGUE)
        return data[start : end if end >= 0 else start + _MAX_CATALOGUE]
    number, index = entry.obj_stream_number, entry.obj_stream_index
    if entry.type == _TYPE_PACKED and number is not None and index is not None:
        return _packed_object(pdf, number, index)
    return None


def _packed_object(pdf: pikepdf.Pdf, stream_number: int, index: int) -> bytes | None:
    """Object number `index` of an object stream, decoded (PDF 32000 7.5.7: a header of pairs
    "number offset", then the objects from /First)."""
    try:
        stream = pdf.get_object((stream_number, 0))
        first = stream.get("/First")
        if not isinstance(first, int):
            return None
        body = stream.read_bytes()
        offsets = [int(n) for n in body[:first].split()[1::2]]
        start = first + offsets[index]
        end = first + offsets[index + 1] if index + 1 < len(offsets) else len(body)
    except (pikepdf.PdfError, TypeError, ValueError, IndexError, AttributeError):
        return None  # a stream qpdf read the catalogue from, yet cannot be read again: not told
    return body[start:end]


def packed_with_brotli(data: bytes) -> bool:
    """True when a cross-reference stream (the file's table of objects) or an object stream (objects
    packed together) is Brotli-compressed: qpdf cannot unpack it, so the objects in it are lost to it."""
    start = 0
    for _ in range(_MAX_BROTLI):
        at = data.find(b"/BrotliDecode", start)
        if at < 0:
            return False
        start = at + 1
        # The stream's dictionary: from its "N G obj" to its "stream" keyword.
        head = data.rfind(b"obj", max(at - _MAX_DICTIONARY, 0), at)
        tail = data.find(b"stream", at, at + _MAX_DICTIONARY)
        if head >= 0 and tail >= 0 and _STRUCTURE.search(data, head, tail):
            return True
    return False


_MAX_PAGE_NODES = 100_000  # a tree larger than this is not walked again for a rejection's reason
_MAX_PAGE_LEVELS = 100  # as qpdf's own limit on the page tree's depth


def page_tree_broken(pdf: pikepdf.Pdf) -> bool:
    """True when the page tree as written cannot be walked whole: a /Kids that loops back to a node
    above it (or lists a branch twice), a kid that is not a dictionary (a missing object, an array, a
    number), a branch whose /Kids is no array, or one deeper than qpdf reads.

    qpdf mends such a tree in memory as it lists the pages, dropping what it cannot use with a warning
    (a /Kids array that lists itself left no page at all), so `pdf` must be a document no page has been
    asked of yet: the reader walks it right after opening. It was walked on a second opening of the
    bytes, which cost as much again as the first, the whole reading's time for a file qpdf rebuilds
    (corpus-50). A form whose pages were dropped is damaged, not one without fields (issue 9 point 5).
    A tree too large to walk is not told."""
    try:
        return _broken(pdf.Root.get("/Pages"))
    except (pikepdf.PdfError, RecursionError):
        return False


def _broken(root: object) -> bool:
    if not isinstance(root, pikepdf.Dictionary):
        return True
    stack: list[tuple[pikepdf.Dictionary, int]] = [(root, 0)]
    branches: set[tuple[int, int]] = set()  # numbered branches (nodes with /Kids) and /Kids arrays met
    nodes = 0
    while stack:
        node, level = stack.pop()
        nodes += 1
        if nodes > _MAX_PAGE_NODES:
            return False
        if "/Kids" not in node:
            continue  # a page: listed twice, it loses nothing (qpdf copies it)
        kids = node.get("/Kids")
        if level > _MAX_PAGE_LEVELS or not isinstance(kids, pikepdf.Array):
            return True
        for obj in (node, kids):
            if obj.is_indirect:
                if obj.objgen in branches:
                    return True
                branches.add(obj.objgen)
        for kid in kids:
            if not isinstance(kid, pikepdf.Dictionary):
                return True
            stack.append((kid, level + 1))
    return False


_MAX_APPEARANCES = 200  # fields' /DA strings looked at: a handful tell
_PRINTABLE = frozenset(range(0x20, 0x7F)) | frozenset(b"\t\n\r\f")


def encrypted_strings(pdf: pikepdf.Pdf, nodes: list[Any]) -> bool:
    """True when the form's strings are still encrypted: the file was encrypted, and the trailer that
    said so (/Encrypt, the key's dictionary) was lost, so qpdf rebuilt the file without decrypting it.

    A file cut short in a transfer loses its end, where most writers put the trailer; qpdf rebuilds the
    table of objects and a trailer of its own, and the fields read as their ciphertext (corpus-50: an
    AES-256 form cut in half gave six fields whose names and values were noise). Told by the form's
    default appearances (/DA, on the /AcroForm or its fields): drawing operators such as
    "/Helv 0 Tf 0 g", printable ASCII in every form, and noise (`_noise`) once encrypted. Only for a file qpdf
    repaired without /Encrypt in its trailer.

    A form without any /DA (none is required of a form of boxes only; pdfium's test forms have none) is
    told by its other strings, the fields' names, values and tooltips, where the words could be any
    language: by the shape AES gives every string (`_aes_noise`), which no text has by chance in all of
    them. Under RC4 a string keeps its length: such a form is still read as noise (decision 0025)."""
    if "/Encrypt" in pdf.trailer:
        return False
    form = pdf.Root.get("/AcroForm")
    found = [form.get("/DA")] if isinstance(form, pikepdf.Dictionary) else []
    judged = [node for node in nodes[:_MAX_APPEARANCES] if isinstance(node, pikepdf.Dictionary)]
    found += [node.get("/DA") for node in judged]
    appearances = [bytes(s) for s in found if isinstance(s, pikepdf.String)]
    if appearances:
        return all(_noise(a) for a in appearances)
    texts = [bytes(s) for node in judged for key in _TEXTS if isinstance(s := node.get(key), pikepdf.String)]
    return bool(texts) and all(_aes_noise(t) for t in texts)


_TEXTS = ("/T", "/V", "/TU")  # a field's name, value and tooltip
_BOMS = (b"\xfe\xff", b"\xef\xbb\xbf")  # text in UTF-16BE or (PDF 2.0) UTF-8 begins with its mark


def _aes_noise(data: bytes) -> bool:
    """True when a string has the shape of one encrypted with AES (PDF 32000 7.6.3): a 16-byte starting
    vector and the text padded to whole 16-byte blocks, so 32 bytes or more, a multiple of 16, and noise.
    Text in UTF-16 is half zero bytes, noise to `_noise`, and is told by its byte order mark."""
    return len(data) >= 32 and len(data) % 16 == 0 and not data.startswith(_BOMS) and _noise(data)


def _noise(data: bytes) -> bool:
    """True when under three quarters of the bytes are printable ASCII: ciphertext is random bytes, of
    which 95 in 256 are (qpdf's fuzz file 6322553212960768 has a /DA with a few bytes broken, and its
    field is still read)."""
    return sum(byte in _PRINTABLE for byte in data) * 4 < len(data) * 3
