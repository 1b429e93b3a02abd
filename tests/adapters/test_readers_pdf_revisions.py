"""A PDF saved with incremental updates keeps its earlier revisions' objects: a form an update removed is
still in the bytes, and is not the document's. Only the catalogue qpdf reads, as written, says whether
the document names a form that cannot be reached (damaged) or none (no form fields).

Found in veraPDF's PDF/UA test files (90 of them): an empty form (/Fields []) in the first revision, a
catalogue without /AcroForm in a later one; all were told "damaged: its form fields cannot be read",
because /AcroForm was searched for in all the bytes. Decision 0027, stop 36.
"""

from __future__ import annotations

import io
import re

import pikepdf
import pytest
from test_readers_pdf import _form
from test_readers_pdf_hostile import _rejected
from test_readers_pdf_packed import packed_pdf

NO_FIELDS = ("the PDF has no form fields", "PDF'en har ingen formularfelter")
DAMAGED_FORM = (
    "damaged PDF: its form fields cannot be read; save or export it again as PDF from the program that "
    "made it, and send that copy",
    "beskadiget PDF: dens formularfelter kan ikke læses; gem eller eksportér den igen som PDF fra det "
    "program, der lavede den, og send den kopi",
)


def _saved(pdf: pikepdf.Pdf, streams: pikepdf.ObjectStreamMode = pikepdf.ObjectStreamMode.disable) -> bytes:
    buf = io.BytesIO()
    pdf.save(buf, object_stream_mode=streams)
    return buf.getvalue()


def _updated(data: bytes, objects: dict[int, bytes]) -> bytes:
    """`data` with an incremental update that writes `objects` (number: dictionary) anew: a classic
    cross-reference section for them, a trailer pointing back (/Prev) to the last one, as an editor's
    "save" appends (PDF 32000 7.5.6), in the order given. The catalogue keeps its number."""
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    root = int(re.findall(rb"/Root (\d+) 0 R", data)[-1])
    out = bytearray(data)
    offsets = {}
    for number, body in objects.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n"
    for number, offset in offsets.items():
        out += b"%d 1\n%010d 00000 n \n" % (number, offset)
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\n" % (size, root, prev)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _without(obj: pikepdf.Object, *keys: str) -> bytes:
    """The dictionary's bytes without `keys`, its references as the file numbers them."""
    copy = pikepdf.Dictionary({key: value for key, value in obj.items() if key not in keys})
    return copy.unparse()


def _clean(data: bytes) -> bytes:
    """The test's file, after checking that qpdf reads it without a repair (no warning)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 1
        assert pdf.get_warnings() == []
    return data


@pytest.mark.parametrize(
    "junk", [b"", b"Content-Type: application/pdf\r\n\r\n"], ids=["plain", "mime-header"]
)
def test_a_form_an_update_removed_is_no_form(junk: bytes) -> None:
    # The first revision has an empty form, as veraPDF's files; the update's catalogue has none. Junk
    # before the header moves every object from the offset qpdf counts.
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(Fields=pikepdf.Array()))
    first = _saved(pdf)
    with pikepdf.open(io.BytesIO(first)) as opened:
        catalogue = {opened.Root.objgen[0]: _without(opened.Root, "/AcroForm")}
    data = _clean(junk + _updated(first, catalogue))
    assert data.count(b"/AcroForm") == 1  # the first revision's, which the document no longer has
    problem = _rejected(data, "opdateret.pdf")
    assert (problem.reason_en, problem.reason_da) == NO_FIELDS


def test_a_form_an_update_flattened_is_no_form() -> None:
    # The reportlab form; the update writes its catalogue without /AcroForm and its pages without their
    # boxes (/Annots). The first revision's fields and boxes stay in the bytes, reached by nothing.
    first = _saved(pikepdf.open(io.BytesIO(_form())))
    with pikepdf.open(io.BytesIO(first)) as opened:
        objects = {page.objgen[0]: _without(page.obj, "/Annots") for page in opened.pages}
        objects[opened.Root.objgen[0]] = _without(opened.Root, "/AcroForm")
    data = _clean(_updated(first, objects))
    assert b"/Widget" in data and b"/AcroForm" in data
    problem = _rejected(data, "fladgjort.pdf")
    assert (problem.reason_en, problem.reason_da) == NO_FIELDS


def test_a_packed_catalogue_whose_form_leads_nowhere_is_a_damaged_form() -> None:
    # The catalogue, compressed in an object stream, names /AcroForm as an object the file does not
    # have: qpdf reads no form, and no /AcroForm is in the file's open bytes; the catalogue names one.
    data = _clean(packed_pdf({2: b"<< /Type /Catalog /Pages 3 0 R /AcroForm 9 0 R >>"}))
    assert b"/AcroForm" not in data
    problem = _rejected(data, "skadet.pdf")
    assert (problem.reason_en, problem.reason_da) == DAMAGED_FORM


def test_a_packed_catalogue_without_a_form_has_no_form_fields() -> None:
    problem = _rejected(_clean(packed_pdf({2: b"<< /Type /Catalog /Pages 3 0 R >>"})), "tom.pdf")
    assert (problem.reason_en, problem.reason_da) == NO_FIELDS


def test_an_open_catalogue_whose_form_leads_nowhere_is_a_damaged_form() -> None:
    # As above with the catalogue in the file's open bytes; the form's object renumbered to one the
    # file does not have (the same number of digits: no offset moves).
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(Fields=pikepdf.Array()))
    data = _saved(pdf)
    (reference,) = re.findall(rb"/AcroForm (\d) 0 R", data)
    assert int(re.findall(rb"/Size (\d+)", data)[0]) <= 9
    data = _clean(data.replace(b"/AcroForm %s 0 R" % reference, b"/AcroForm 9 0 R"))
    with pikepdf.open(io.BytesIO(data)) as opened:
        assert "/AcroForm" not in opened.Root  # qpdf drops a key that leads nowhere
    problem = _rejected(data, "skadet.pdf")
    assert (problem.reason_en, problem.reason_da) == DAMAGED_FORM
