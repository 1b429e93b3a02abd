"""Hostile PDFs built here, each told its real reason: a stream that unpacks past the hub's limit (a
"bomb") is told its size, not "damaged"; a page tree whose /Kids loop is damaged, not "no form fields"
(issue 9 point 5). Every file is written by the code below; none is committed."""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable

import brotli
import pikepdf
import pytest
from pypdf import filters
from pypdf.errors import LimitReachedError
from test_readers_pdf import _form

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf import read_pdf
from hub.adapters.readers.pdf_raised import reason_for
from hub.adapters.readers.pdf_unpack import MAX_UNPACKED_BYTES, TooLarge, check_size
from hub.errors import FieldProblem, UnreadableDocument

_MB = 1 << 20


def _flate(megabytes: int, fill: bytes = b"\0", head: bytes = b"") -> bytes:
    """zlib data that unpacks to `head` and then `megabytes` MB of the byte `fill`, made without
    compressing them all: after a full flush the compressor starts afresh, so every megabyte after the
    first packs to the same block."""
    packer = zlib.compressobj(9)
    chunk = fill * _MB
    first = packer.compress(head + chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    adler = zlib.adler32(head)
    for _ in range(megabytes):
        adler = zlib.adler32(chunk, adler)
    # An empty last block (fixed Huffman codes: final bit, type 01, end code), then the Adler-32.
    return first + block * (megabytes - 1) + b"\x03\x00" + adler.to_bytes(4, "big")


def _bomb(megabytes: int) -> tuple[bytes, pikepdf.Array]:
    """A stream's bytes and filters: zeros packed twice, so that a few KB unpack to `megabytes` MB."""
    return zlib.compress(_flate(megabytes), 9), pikepdf.Array([pikepdf.Name.FlateDecode] * 2)


def _edited(edit: Callable[[pikepdf.Pdf], None]) -> bytes:
    with pikepdf.open(io.BytesIO(_form())) as pdf:
        edit(pdf)
        out = io.BytesIO()
        # Streams as they are: qpdf's default would unpack each and pack it again in one layer.
        pdf.save(out, stream_decode_level=pikepdf.StreamDecodeLevel.none, compress_streams=False)
        return out.getvalue()


def _rejected(data: bytes, filename: str = "bombe.pdf", labels: bool = False) -> FieldProblem:
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(data, filename, with_labels=labels)
    (problem,) = info.value.problems
    assert problem.file == filename
    return problem


def _note_value(pdf: pikepdf.Pdf, data: bytes, filters: pikepdf.Array) -> None:
    """The "note" field's value made a stream of `data` under `filters` (a rich-text value may be one)."""
    (note,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "note"]
    note.V = _stream(pdf, data, filters)


def _stream(pdf: pikepdf.Pdf, data: bytes, filters: pikepdf.Array) -> pikepdf.Stream:
    """A stream of `data` as already packed by `filters`."""
    stream = pikepdf.Stream(pdf, b"")
    stream.write(data, filter=filters)
    return stream


def test_the_limit_is_the_label_readers_own() -> None:
    # One figure is told whichever reader meets the stream: pypdf stops at 75,000,000 bytes unpacked.
    assert MAX_UNPACKED_BYTES == filters.ZLIB_MAX_OUTPUT_LENGTH == 75_000_000
    assert "more than 75 MB" in reasons.TOO_MUCH[0] and "mere end 75 MB" in reasons.TOO_MUCH[1]


def test_a_value_that_unpacks_to_gigabytes_is_told_its_size_not_damage() -> None:
    # 1.5 GB from some 3 KB: qpdf unpacking it whole in the reader's 1 GB ran out of memory and said
    # so as a decoding error, told as "damaged PDF: a compressed part of the file is broken".
    data = _edited(lambda pdf: _note_value(pdf, *_bomb(1500)))
    assert len(data) < 20_000
    problem = _rejected(data)
    assert (problem.reason_en, problem.reason_da) == reasons.TOO_MUCH
    assert "damaged" not in problem.reason_en and "beskadiget" not in problem.reason_da


def test_a_value_just_past_the_limit_is_told_its_size() -> None:
    # 80 MB fits in memory: without the measure it was unpacked whole, then refused as a long value.
    problem = _rejected(_edited(lambda pdf: _note_value(pdf, *_bomb(80))))
    assert (problem.reason_en, problem.reason_da) == reasons.TOO_MUCH


def test_a_brotli_value_past_the_limit_is_told_its_size() -> None:
    packed = brotli.compress(b"\0" * (80 * _MB), quality=1)
    brotli_filter = pikepdf.Array([pikepdf.Name("/BrotliDecode")])
    problem = _rejected(_edited(lambda pdf: _note_value(pdf, packed, brotli_filter)))
    assert (problem.reason_en, problem.reason_da) == reasons.TOO_MUCH


def test_a_packed_value_under_the_limit_is_read() -> None:
    data = zlib.compress(zlib.compress("Bemærkning".encode(), 9))
    twice = pikepdf.Array([pikepdf.Name.FlateDecode] * 2)
    read = read_pdf(_edited(lambda pdf: _note_value(pdf, data, twice)), "f.pdf")
    assert {v.key: v.value for v in read.values}["note"] == "Bemærkning"


def test_a_page_that_unpacks_to_gigabytes_is_told_its_size_when_labels_are_read() -> None:
    def bomb_page(pdf: pikepdf.Pdf) -> None:
        pdf.pages[0].obj.Contents = _stream(pdf, *_bomb(1500))

    data = _edited(bomb_page)
    assert {v.key for v in read_pdf(data, "f.pdf").values} >= {"Borger.CPR", "note"}  # no labels: not read
    problem = _rejected(data, labels=True)
    assert (problem.reason_en, problem.reason_da) == reasons.TOO_MUCH


def _written(*objects: bytes) -> tuple[bytearray, list[int]]:
    """A PDF's header and these objects, numbered from 1, and where each begins: the table of objects
    is the caller's."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    return out, offsets


def _packed_form_with_padding(megabytes: int) -> bytes:
    """A one-field form whose field is packed in an object stream that unpacks, padded with spaces
    after the field, to `megabytes` MB (twice Flate-packed), written byte by byte."""
    field = b"<< /FT /Tx /T (navn) /V (Jens) /Type /Annot /Subtype /Widget /Rect [50 700 250 716] /P 3 0 R >>"
    packed = zlib.compress(_flate(megabytes, b" ", b"4 0 " + field), 9)
    out, offsets = _written(
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots [4 0 R] >>",
    )
    stream_at = len(out)
    out += (
        b"5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Length %d /Filter [/FlateDecode /FlateDecode] >>\n"
        % len(packed)
    )
    out += b"stream\n" + packed + b"\nendstream\nendobj\n"
    xref_at = len(out)
    # A cross-reference stream (/W [1 4 1]): free 0; 1-3 at offsets; 4 packed in 5; 5 and 6 at offsets.
    rows = [b"\x00" + bytes(4) + b"\xff"] + [b"\x01" + o.to_bytes(4, "big") + b"\x00" for o in offsets]
    rows += [b"\x02" + (5).to_bytes(4, "big") + b"\x00"]
    rows += [b"\x01" + o.to_bytes(4, "big") + b"\x00" for o in (stream_at, xref_at)]
    table = b"".join(rows)
    out += b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 1] /Root 1 0 R /Length %d >>\nstream\n" % len(table)
    out += table + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def test_packed_objects_that_unpack_past_memory_are_told_their_size_not_unreadable_fields() -> None:
    # qpdf unpacks object streams itself: out of memory, it read on without the field, and the form
    # was told "damaged PDF: its form fields cannot be read".
    read = read_pdf(_packed_form_with_padding(1), "f.pdf")
    assert {v.key: v.value for v in read.values} == {"navn": "Jens"}
    problem = _rejected(_packed_form_with_padding(1500))
    assert (problem.reason_en, problem.reason_da) == reasons.TOO_MUCH


def _raw(*objects: bytes) -> bytes:
    """A PDF of these objects (1 the catalogue), with a correct table of objects."""
    out, offsets = _written(*objects)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_CATALOGUE = b"<< /Type /Catalog /Pages 2 0 R >>"
_PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"
_CYCLES = {
    # /Kids is an array object that lists itself: qpdf drops it with a warning and finds no page.
    "kids-lists-itself": (_CATALOGUE, b"<< /Type /Pages /Kids 3 0 R /Count 1 >>", b"[3 0 R]"),
    "kids-array-lists-itself-beside-a-page": (
        _CATALOGUE,
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"[3 0 R]",
        _PAGE,
    ),
    # The tree's root lists itself, and a branch lists the root: qpdf stops at the loop.
    "root-lists-itself": (_CATALOGUE, b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"),
    "branch-lists-the-root": (
        _CATALOGUE,
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
        _PAGE,
    ),
    "a-missing-page": (_CATALOGUE, b"<< /Type /Pages /Kids [9 0 R 3 0 R] /Count 2 >>", _PAGE),
}


@pytest.mark.parametrize("name", sorted(_CYCLES))
def test_a_page_tree_that_loops_or_lists_no_page_is_damaged_not_without_fields(name: str) -> None:
    problem = _rejected(_raw(*_CYCLES[name]), f"{name}.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.DAMAGED_PAGES


def test_a_form_whose_page_tree_loops_is_damaged() -> None:
    problem = _rejected(_edited(lambda pdf: pdf.Root.Pages.Kids.append(pdf.Root.Pages)))
    assert (problem.reason_en, problem.reason_da) == reasons.DAMAGED_PAGES


def test_a_page_listed_twice_loses_nothing_and_a_plain_letter_has_no_fields() -> None:
    # A page listed twice is copied by qpdf, nothing is lost: a document without a form is just that.
    twice = _raw(_CATALOGUE, b"<< /Type /Pages /Kids [3 0 R 3 0 R] /Count 2 >>", _PAGE)
    plain = _raw(_CATALOGUE, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", _PAGE)
    for data in (twice, plain):
        problem = _rejected(data, "brev.pdf")
        assert (problem.reason_en, problem.reason_da) == reasons.NO_FIELDS


def _count_written(data: bytes, old: bytes, new: bytes) -> bytes:
    """`data` with `old` written as `new` once, its table of objects (offsets, startxref) moved to match,
    so that qpdf reads it as written and repairs nothing (qpdf writes /Count anew when it saves)."""
    at = data.index(old)
    moved = len(new) - len(old)
    out = data[:at] + new + data[at + len(old) :]
    xref = out.rindex(b"\nxref\n")

    def entry(found: re.Match[bytes]) -> bytes:
        offset = int(found.group(1))
        return b"%010d" % (offset + moved if offset > at else offset) + found.group(2)

    table = re.sub(rb"(\d{10})( \d{5} n)", entry, out[xref:])
    start = re.search(rb"startxref\s+(\d+)", table)
    assert start is not None
    table = table[: start.start()] + b"startxref\n%d" % (int(start.group(1)) + moved) + table[start.end() :]
    return out[:xref] + table


@pytest.mark.parametrize("count", [1, 2_000_000_000])
def test_a_form_whose_page_count_lies_is_read_with_its_labels(count: int) -> None:
    # A page tree's /Count is only what its writer said: qpdf and the labels go by the /Kids. The two
    # pages' six fields are read, the second page's label too, and the pages are counted as listed.
    data = _count_written(_form(), b"/Count 2 ", b"/Count %d " % count)
    read = read_pdf(data, "f.pdf", with_labels=True)
    assert read.meta["pages"] == 2 and "repaired" not in read.meta
    got = {v.key: (v.meta["page"], v.meta["label"]) for v in read.values}
    assert len(got) == 6 and got["Borger.CPR"] == (1, "CPR-nummer:") and got["note"] == (2, "Bemærkning")


def test_a_page_count_of_billions_over_one_page_without_a_form_has_no_fields() -> None:
    # Decision 0027, stop 45 probed this and was told "no form fields": true, for it has no form.
    letter = _raw(_CATALOGUE, b"<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>", _PAGE)
    problem = _rejected(letter, "brev.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.NO_FIELDS


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("Limit reached while decompressing. 1000 bytes remaining.", reasons.TOO_MUCH),
        ("Stream decoding exceeded the maximum accumulated decoding work of 100 bytes.", reasons.TOO_MUCH),
        ("Recovery limit reached while decompressing. 10 bytes remaining.", reasons.DAMAGED_STREAM),
        ("Detected loop with self reference for IndirectObject(1, 0, 1).", reasons.DAMAGED_STRUCTURE),
        ("Declared size 99999999 exceeds allowed limit of 20!", reasons.DAMAGED_STRUCTURE),
    ],
    ids=["output", "work", "recovery", "loop", "size"],
)
def test_only_pypdfs_size_limits_are_told_as_size(message: str, reason: tuple[str, str]) -> None:
    # pypdf raises LimitReachedError for a loop of references or broken data too long to mend as well
    # as for a stream past 75 MB: "unpacks to more than 75 MB" would be untrue of those.
    assert reason_for(LimitReachedError(message), _form()) == reason


def test_the_measure_stops_at_the_limit_and_passes_over_what_cannot_reach_it() -> None:
    packed = zlib.compress(b"\0" * _MB, 9)  # about 1 KB: over a limit of 1 KB times 1033, it is measured
    with pikepdf.new() as pdf:
        stream = _stream(pdf, packed, pikepdf.Array([pikepdf.Name.FlateDecode]))
        with pytest.raises(TooLarge):
            check_size(stream, limit=_MB - 1)
        check_size(stream, limit=_MB)
        check_size(stream, limit=len(packed) * 1033)  # no Flate data this short unpacks further
