"""A catalogue naming a form its writer deleted is a PDF without form fields (corpus-68, decision 0025
stop 59).

yob/pdf-reader's `ligature_integration_sample.pdf` (a letter) has `/AcroForm 1 0 R` in its catalogue, and
its table of objects lists object 1 as free: the writer deleted the form and left its name. qpdf reads the
reference as null (PDF 32000 7.3.10), without a warning, and the hub said "damaged PDF: its form fields
cannot be read; save or export it again", which sent the sender to mend a form that was never there. A
form object whose bytes are in the file while the table lists it free is lost to damage, and stays so.
"""

from __future__ import annotations

from test_readers_pdf_hostile import _rejected

from hub.adapters.readers import pdf_reasons as reasons

FORM = b"<< /Fields [5 0 R] >>"
FIELD = b"<< /FT /Tx /T (Borger.CPR) /V (0101901234) >>"


def _letter(form_written: bool) -> bytes:
    """A one-page PDF whose catalogue says /AcroForm 1 0 R and whose table lists object 1 as free; with
    `form_written`, the form's object (and its field, object 5) are in the bytes all the same."""
    objects = {
        2: b"<< /Type /Catalog /Pages 3 0 R /AcroForm 1 0 R >>",
        3: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        4: b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] /Resources << >> >>",
    }
    out = bytearray(b"%PDF-1.7\n")
    if form_written:
        out += b"1 0 obj\n" + FORM + b"\nendobj\n5 0 obj\n" + FIELD + b"\nendobj\n"
    offsets = {number: _append(out, number, body) for number, body in objects.items()}
    table = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n0000000000 00001 f \n"
    out += b"".join(b"%010d 00000 n \n" % offsets[number] for number in (2, 3, 4))
    out += b"trailer\n<< /Size 5 /Root 2 0 R >>\nstartxref\n%d\n%%%%EOF\n" % table
    return bytes(out)


def test_a_form_deleted_by_its_writer_is_no_form() -> None:
    problem = _rejected(_letter(form_written=False), "brev.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.NO_FIELDS


def test_a_form_whose_bytes_are_there_but_not_in_the_table_is_damaged() -> None:
    problem = _rejected(_letter(form_written=True), "brev.pdf")
    assert (problem.reason_en, problem.reason_da) == reasons.DAMAGED_FORM


def _append(out: bytearray, number: int, body: bytes) -> int:
    """Write object `number` at the end of `out`; its offset."""
    at = len(out)
    out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    return at
