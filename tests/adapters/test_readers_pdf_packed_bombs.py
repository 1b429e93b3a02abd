"""A table of objects (a cross-reference stream) or an object stream that unpacks past the hub's limit,
told its size before qpdf opens the file: qpdf unpacks those itself, as it opens it, and took some 18 s
of a reader's 20 s to run out of memory on 1.5 GB (decision 0027, stop 45 (2)). Every file is written by
the code below; none is committed."""

from __future__ import annotations

import zlib

import pytest
from test_readers_pdf_bombs import _MB, _flate, _packed_form_with_padding, _rejected, _written

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers import pdf_unpack
from hub.adapters.readers.pdf import read_pdf
from hub.adapters.readers.pdf_unpack import MAX_UNPACKED_BYTES, TooLarge

_OBJECTS = [
    b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [4 0 R] >>",
    b"<< /FT /Tx /T (navn) /V (Jens) /Type /Annot /Subtype /Widget /Rect [50 700 250 716] /P 3 0 R >>",
]


def _form_with_xref_padding(megabytes: int) -> bytes:
    """A one-field form whose table of objects is a cross-reference stream padded with zeros after its
    rows to `megabytes` MB, packed twice with Flate."""
    out, offsets = _written(*_OBJECTS)
    xref_at = len(out)
    # /W [1 4 1]: 0 free; 1-4 at their offsets; 5, this stream, at its own.
    rows = b"\x00" + bytes(4) + b"\xff" + b"".join(b"\x01" + o.to_bytes(4, "big") + b"\x00" for o in offsets)
    rows += b"\x01" + xref_at.to_bytes(4, "big") + b"\x00"
    packed = zlib.compress(_flate(megabytes, b"\0", rows), 9)
    out += (
        b"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 1] /Root 1 0 R /Length %d "
        b"/Filter [/FlateDecode /FlateDecode] >>\n" % len(packed)
    )
    out += b"stream\n" + packed + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def _lying(data: bytes) -> bytes:
    """The file with its object stream's /Length made 10 bytes: qpdf looks for "endstream" instead."""
    head, _, rest = data.partition(b"/ObjStm /N 1 /First 4 /Length ")
    return head + b"/ObjStm /N 1 /First 4 /Length 10" + rest[rest.index(b" ") :]


@pytest.mark.parametrize("honest", [True, False], ids=["length", "lying-length"])
def test_an_object_stream_past_the_limit_is_told_its_size_though_it_fits_in_memory(honest: bool) -> None:
    # 100 MB fits in the reader's 1 GB: qpdf unpacked it and the form was read, past the limit every
    # other stream is held to (a value, a page), which is no form's part.
    data = _packed_form_with_padding(100)
    problem = _rejected(data if honest else _lying(data))
    assert (problem.reason_en, problem.reason_da) == reasons.TOO_MUCH


def test_a_table_of_objects_past_the_limit_is_told_its_size() -> None:
    problem = _rejected(_form_with_xref_padding(100))
    assert (problem.reason_en, problem.reason_da) == reasons.TOO_MUCH


def test_packed_structure_under_the_limit_is_read_whatever_its_length_says() -> None:
    small = (_packed_form_with_padding(70), _lying(_packed_form_with_padding(1)), _form_with_xref_padding(70))
    for data in small:
        read = read_pdf(data, "f.pdf")
        assert {v.key: v.value for v in read.values} == {"navn": "Jens"}


def test_only_a_structure_streams_own_dictionary_is_measured() -> None:
    # A scanned page's picture may unpack past the limit and is not unpacked by qpdf as it opens the
    # file: the words "/Type /ObjStm" in a string of the object before it do not make it a structure.
    picture = zlib.compress(b"\0" * (MAX_UNPACKED_BYTES + _MB), 1)
    before = b"1 0 obj\n(/Type /ObjStm)\nendobj\n"
    image = b"2 0 obj\n<< /Type /XObject /Subtype /Image /Filter /FlateDecode >>\nstream\n%s\nendstream\n"
    pdf_unpack.check_structure(b"%PDF-1.7\n" + before + image % picture)
    packed = image.replace(b"/XObject /Subtype /Image", b"/ObjStm")
    with pytest.raises(TooLarge):  # the same data as an object stream's is measured
        pdf_unpack.check_structure(b"%PDF-1.7\n" + packed % picture)


def test_the_measure_of_many_structure_streams_is_bounded() -> None:
    # Streams no table lists, each just under the limit, are not all unpacked before qpdf reads the
    # file: past four limits' worth the rest is left to qpdf (a bomb among them is told as before).
    stream = b"%d 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n%s\nendstream\nendobj\n"
    under, over = zlib.compress(b"\0" * (_MB - 1), 9), zlib.compress(b"\0" * (2 * _MB), 9)
    for decoys, measured in ((3, True), (5, False)):
        data = b"%PDF-1.7\n" + b"".join(stream % (n + 1, under) for n in range(decoys))
        data += stream % (decoys + 1, over)
        if measured:
            with pytest.raises(TooLarge):
                pdf_unpack.check_structure(data, limit=_MB)
        else:
            pdf_unpack.check_structure(data, limit=_MB)
