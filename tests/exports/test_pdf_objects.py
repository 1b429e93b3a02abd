"""The object-by-object PDF writer: what it writes is a PDF that pypdf reads back, long objects and the
cross-reference table come in pieces, and a number reserved but never written is a bug it refuses."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)

from hub.exports.claims.pdf_objects import CHUNK, ObjectWriter, Written


def no_references(ref: IndirectObject) -> int:
    raise AssertionError(f"no reference to renumber here, got {ref!r}")


def page_tree(writer: ObjectWriter, pages: int, kids_number: int, first_page: int) -> list[bytes]:
    refs = [b"[", *(b" %d 0 R" % (first_page + n) for n in range(pages)), b" ]"]
    return list(writer.put_raw(kids_number, refs))


def test_a_document_written_object_by_object_reads_back() -> None:
    writer = ObjectWriter(b"%PDF-1.7")
    catalog, tree, kids = writer.reserve(), writer.reserve(), writer.reserve()
    pages = 8000  # a /Kids array and a cross-reference table longer than one piece each
    first_page = writer.reserve(pages)
    content = writer.reserve()
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 72 720 Td (Side) Tj ET")
    # A reference into "the template" (here: any other numbering) is renumbered by the caller's function.
    writer.put(content, stream, lambda ref: ref.idnum)
    for n in range(pages):
        page = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Page"),
                NameObject("/Parent"): Written(tree),
                NameObject("/MediaBox"): ArrayObject(
                    [NumberObject(0), NumberObject(0), NumberObject(595), NumberObject(842)]
                ),
                NameObject("/Contents"): IndirectObject(1000 + content, 0, None),
                NameObject("/T"): TextStringObject(f"Side {n + 1} æøå"),
            }
        )
        writer.put(first_page + n, page, lambda ref: ref.idnum - 1000)
    pieces = [writer.take(), *page_tree(writer, pages, kids, first_page)]
    head = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Pages"),
            NameObject("/Count"): NumberObject(pages),
            NameObject("/Kids"): Written(kids),
        }
    )
    writer.put(tree, head, no_references)
    writer.put(
        catalog,
        DictionaryObject({NameObject("/Type"): NameObject("/Catalog"), NameObject("/Pages"): Written(tree)}),
        no_references,
    )
    pieces += list(writer.finish(catalog))
    assert len(pieces) > 3 and max(len(p) for p in pieces[1:]) < 2 * CHUNK  # handed over as it piles up
    reader = PdfReader(io.BytesIO(b"".join(pieces)), strict=True)
    assert len(reader.pages) == pages
    assert reader.pages[-1]["/T"] == f"Side {pages} æøå"
    assert reader.pages[0].get_contents().get_data() == stream.get_data()  # one stream shared by all


def test_a_number_reserved_and_never_written_is_refused() -> None:
    writer = ObjectWriter(b"%PDF-1.7")
    catalog, forgotten = writer.reserve(), writer.reserve()
    writer.put(catalog, DictionaryObject({NameObject("/Type"): NameObject("/Catalog")}), no_references)
    with pytest.raises(ValueError, match=f"PDF object {forgotten} was reserved but never written"):
        list(writer.finish(catalog))


@pytest.mark.parametrize(
    "value",
    [
        NameObject("/Tx"),
        NameObject("/Deltager 1#(a)"),  # a space, a number sign and parentheses escaped
        NameObject("/Ødegård"),  # non-ASCII as UTF-8 escapes
        TextStringObject("Deltager 1 Ødegård"),  # PDFDocEncoding
        TextStringObject("(a) \\ b, 1.234,56 kr."),  # the string's delimiters and backslash escaped
        TextStringObject("Ω €"),  # UTF-16 with its byte order mark
        TextStringObject(""),
    ],
)
def test_names_and_text_strings_are_written_as_pypdf_writes_them(value: PdfObject) -> None:
    # The writer keeps names' bytes and joins a string's escapes itself (a long claim writes hundreds of
    # thousands of them): the bytes must be pypdf's own, or a reader would see other names and text.
    writer = ObjectWriter(b"%PDF-1.7")
    writer.put(writer.reserve(), DictionaryObject({NameObject("/K"): value}), no_references)
    pypdfs = io.BytesIO()
    value.write_to_stream(pypdfs)
    assert b"<<\n/K " + pypdfs.getvalue() + b"\n>>" in writer.take()
