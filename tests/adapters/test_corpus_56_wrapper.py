"""A PDF 2.0 wrapper around an encrypted document (PDF 32000-2 7.6.7, "unencrypted wrapper document": a
page saying the document is protected, the document attached as an encrypted payload) is told it is
encrypted in a way the hub cannot open, not "save the attached form as a file of its own": that file
opens nowhere without its handler (Apache Tika's `testMicrosoftIRMServices.pdf`, decision 0025, stop 51).
Every file is built here with pikepdf: a blank page, the payload attached."""

from __future__ import annotations

import io

import pikepdf
import pytest
from test_readers_pdf_attached import _reason

from hub.adapters.readers import pdf_reasons as reasons


def _wrapper(payload: dict[str, object]) -> bytes:
    """A one-page PDF whose only attachment, "Protected PDF.pdf", carries these extra keys in its file
    specification, shown as a portfolio as Microsoft's wrappers are."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    ciphertext = bytes(range(256)) * 8  # what the handler encrypted: no PDF anyone else can read
    spec = pikepdf.AttachedFileSpec(pdf, ciphertext, mime_type="application/pdf")
    pdf.attachments["Protected PDF.pdf"] = spec
    for key, value in payload.items():
        pdf.attachments["Protected PDF.pdf"].obj[key] = value
    pdf.Root.Collection = pikepdf.Dictionary(Type=pikepdf.Name.Collection, View=pikepdf.Name.H)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


ENCRYPTED_PAYLOAD = pikepdf.Dictionary(
    Type=pikepdf.Name.EncryptedPayload, Subtype=pikepdf.Name("/MicrosoftIRMServices"), Version=2
)


@pytest.mark.parametrize(
    "payload",
    [
        # as Microsoft writes it
        {"/EP": ENCRYPTED_PAYLOAD, "/AFRelationship": pikepdf.Name.EncryptedPayload},
        {"/EP": ENCRYPTED_PAYLOAD},  # the payload dictionary alone
        {"/AFRelationship": pikepdf.Name.EncryptedPayload},  # the relationship alone
    ],
)
def test_a_wrapper_around_an_encrypted_document_is_told_as_encryption(payload: dict[str, object]) -> None:
    assert _reason(_wrapper(payload)) == reasons.ENCRYPTED_OTHERWISE


def test_an_attached_pdf_that_is_no_payload_is_still_to_be_saved_apart() -> None:
    assert _reason(_wrapper({"/AFRelationship": pikepdf.Name.Alternative})) == reasons.ATTACHED
