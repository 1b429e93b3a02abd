"""Objects packed in object streams, found through a cross-reference stream (PDF 32000 7.5.7, 7.5.8).

qpdf has no Brotli decoder: a file whose object streams, or whose cross-reference stream, are
Brotli-compressed (PDF 2.0's /BrotliDecode) is one whose objects qpdf cannot find. That is not damage;
it was told "damaged: the file's structure is broken". Found in OpenPDF's test files
(`Brotli-Prototype-FileA.pdf`, the PDF Association's Brotli prototype). Decision 0027, stop 36.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

import brotli
import pytest
from test_readers_pdf_hostile import _rejected

from hub.adapters.readers.pdf import read_pdf

Codec = tuple[bytes, Callable[[bytes], bytes]]  # a filter's name, and how it compresses
FLATE: Codec = (b"/FlateDecode", zlib.compress)
BROTLI: Codec = (b"/BrotliDecode", brotli.compress)

UNSUPPORTED = (
    "the PDF uses a compression or encryption the hub cannot read; save or export it again as PDF from "
    "the program that made it, and send that copy",
    "PDF'en bruger en komprimering eller kryptering, som hubben ikke kan læse; gem eller eksportér den "
    "igen som PDF fra det program, der lavede den, og send den kopi",
)


def packed_pdf(
    packed: dict[int, bytes],
    opened: dict[int, bytes] | None = None,
    page: bytes = b"",
    codec: Codec = FLATE,
    xref_codec: Codec | None = None,
) -> bytes:
    """A one-page PDF 1.5: the objects `packed` (number: dictionary) in object stream 1 compressed with
    `codec`, the `opened` ones and the page tree (3, its page 4 with the keys `page`) in the file's open
    bytes, and a cross-reference stream after them (compressed with `xref_codec`, if any). The
    catalogue is 2."""
    header, body = b"", b""  # the pairs "number offset", then the objects from /First
    for number in sorted(packed):
        header += b"%d %d " % (number, len(body))
        body += packed[number] + b"\n"
    name, compress = codec
    stream = compress(header + body)
    objects = {
        3: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        4: b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Resources << >> %s >>" % page,
        **(opened or {}),
    }
    out = bytearray(b"%PDF-1.5\n")
    where = {1: len(out)}
    out += b"1 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter %s /Length %d >>\nstream\n" % (
        len(packed),
        len(header),
        name,
        len(stream),
    )
    out += stream + b"\nendstream\nendobj\n"
    for number, dictionary in sorted(objects.items()):
        where[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, dictionary)
    xref = max([*packed, *objects]) + 1
    where[xref] = len(out)
    index = {number: i for i, number in enumerate(sorted(packed))}
    # Per object: 1, its offset; 2, its object stream and index in it; 0, free (object 0 and any gap).
    rows = [
        (1, where[n], 0) if n in where else (2, 1, index[n]) if n in index else (0, 0, 65535 * (n == 0))
        for n in range(xref + 1)
    ]
    table = b"".join(struct.pack(">BIH", *row) for row in rows)
    filters = b""
    if xref_codec is not None:
        filters, table = b"/Filter " + xref_codec[0], xref_codec[1](table)
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 2 0 R %s /Length %d >>\nstream\n" % (
        xref,
        xref + 1,
        filters,
        len(table),
    )
    out += table + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % where[xref]
    return bytes(out)


CATALOGUE = {2: b"<< /Type /Catalog /Pages 3 0 R /AcroForm 5 0 R >>"}
BOX = b"/Annots [6 0 R]"  # the page's key to the form's one box
FORM = {
    5: b"<< /Fields [6 0 R] >>",
    6: b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (navn) /V (Jens) /Rect [50 700 250 720] /P 4 0 R >>",
}


@pytest.mark.parametrize("xref_codec", [None, FLATE], ids=["open-table", "flate-table"])
def test_a_form_packed_with_flate_is_read(xref_codec: Codec | None) -> None:
    data = packed_pdf({**CATALOGUE, **FORM}, page=BOX, xref_codec=xref_codec)
    assert [(v.key, v.value) for v in read_pdf(data, "pakket.pdf").values] == [("navn", "Jens")]


@pytest.mark.parametrize("xref_codec", [None, BROTLI], ids=["open-table", "brotli-table"])
def test_a_form_packed_with_brotli_is_a_compression_the_hub_cannot_read(xref_codec: Codec | None) -> None:
    # Catalogue and form in the Brotli stream: qpdf finds no catalogue, and fails to open the file.
    data = packed_pdf({**CATALOGUE, **FORM}, page=BOX, codec=BROTLI, xref_codec=xref_codec)
    problem = _rejected(data, "brotli.pdf")
    assert (problem.reason_en, problem.reason_da) == UNSUPPORTED


def test_fields_packed_with_brotli_under_an_open_catalogue_are_a_compression_the_hub_cannot_read() -> None:
    # qpdf opens the file (the catalogue is open) but reads no field: what the stream holds is not known.
    data = packed_pdf(FORM, opened=CATALOGUE, page=BOX, codec=BROTLI)
    problem = _rejected(data, "brotli.pdf")
    assert (problem.reason_en, problem.reason_da) == UNSUPPORTED


def test_a_brotli_compressed_page_is_not_packed_objects() -> None:
    # Brotli elsewhere (a page's contents, in a file with no form) is no reason: it has no form fields.
    contents = brotli.compress(b"BT ET")
    stream = b"<< /Filter /BrotliDecode /Length %d >>\nstream\n%s\nendstream" % (len(contents), contents)
    data = packed_pdf({2: b"<< /Type /Catalog /Pages 3 0 R >>"}, opened={7: stream}, page=b"/Contents 7 0 R")
    problem = _rejected(data, "side.pdf")
    assert (problem.reason_en, problem.reason_da) == (
        "the PDF has no form fields",
        "PDF'en har ingen formularfelter",
    )
