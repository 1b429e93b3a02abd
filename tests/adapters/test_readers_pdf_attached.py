"""A PDF with no form fields of its own but another PDF attached (a PDF portfolio, or a cover letter
with the form as an attachment) is told so: the form is that file, to be saved and sent on its own.
"No form fields" alone sent the sender looking for a fault in the form (corpus-50, issue 9 point 5).
Every file is built here: a blank page, the reportlab test form attached with pikepdf."""

from __future__ import annotations

import io

import pikepdf
import pytest
from test_readers_pdf import _form

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.pdf import read_pdf
from hub.errors import UnreadableDocument


def _letter(attached: dict[str, tuple[bytes, str]], portfolio: bool = False) -> bytes:
    """A one-page PDF without a form, with these files attached (name: bytes, MIME type or "")."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    for name, (data, mime) in attached.items():
        pdf.attachments[name] = pikepdf.AttachedFileSpec(pdf, data, mime_type=mime or "application/x-any")
        if not mime:  # no type at all: only the file's name tells what it is
            del pdf.attachments[name].obj.EF.F["/Subtype"]
    if portfolio:  # what makes a viewer show the attachments as a portfolio (PDF 32000 12.3.5)
        pdf.Root.Collection = pikepdf.Dictionary(Type=pikepdf.Name.Collection, View=pikepdf.Name.D)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _reason(data: bytes) -> tuple[str, str]:
    with pytest.raises(UnreadableDocument) as info:
        read_pdf(data, "brev.pdf")
    (problem,) = info.value.problems
    return problem.reason_en, problem.reason_da


@pytest.mark.parametrize("portfolio", [False, True])
def test_a_form_attached_to_a_pdf_without_fields_is_told_to_be_sent_on_its_own(portfolio: bool) -> None:
    letter = _letter({"praktikaftale.pdf": (_form(), "application/pdf")}, portfolio)
    assert _reason(letter) == reasons.ATTACHED


def test_an_attached_pdf_is_known_by_its_name_when_its_type_is_not_given() -> None:
    assert _reason(_letter({"Praktikaftale.PDF": (_form(), "")})) == reasons.ATTACHED


def test_attachments_that_are_no_pdf_leave_no_form_fields() -> None:
    letter = _letter({"bilag.txt": (b"Timer: 37", "text/plain"), "foto.jpg": (b"\xff\xd8\xff", "image/jpeg")})
    assert _reason(letter) == reasons.NO_FIELDS


def test_a_form_with_an_attachment_is_read() -> None:
    with pikepdf.open(io.BytesIO(_form())) as pdf:
        pdf.attachments["bilag.pdf"] = pikepdf.AttachedFileSpec(pdf, _form(), mime_type="application/pdf")
        out = io.BytesIO()
        pdf.save(out)
    assert "Borger.CPR" in {value.key for value in read_pdf(out.getvalue(), "blanket.pdf").values}
