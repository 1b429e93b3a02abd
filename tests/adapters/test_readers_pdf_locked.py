"""Encrypted PDFs no password opens here: told they are encrypted, never that they are damaged.

Found in iText's (kernel and signing) and PDFBox's test files (decision 0027, corpus stop 35): forms locked
to their recipients' certificates (/Filter /Adobe.PubSec), a plug-in's own security handler, and
ISO/TS 32003's AES-GCM (/R 7). qpdf refuses each with its general error, which the hub read as damage.
"""

from __future__ import annotations

import pikepdf
import pytest
from test_readers_pdf_hostile import _rejected, encrypted_form


def _standard_encrypted() -> bytes:
    """The form encrypted with the standard handler (AES-256, no user password), the dictionary in plain
    sight: the tests below turn it into a handler or a revision qpdf does not support."""
    data = encrypted_form(pikepdf.ObjectStreamMode.disable)
    assert data.count(b"/Filter /Standard") == 1 and data.count(b"/R 6") == 1
    return data


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"/Filter /Standard", b"/Filter /Adobe.PubSec"),  # locked to certificates
        (b"/Filter /Standard", b"/Filter /EgenKrypto"),  # a plug-in's own handler
        (b"/R 6", b"/R 7"),  # a revision after PDF 2.0's (AES-GCM)
    ],
)
def test_an_encryption_no_password_opens_is_told_as_encryption_not_damage(old: bytes, new: bytes) -> None:
    problem = _rejected(_standard_encrypted().replace(old, new), "certifikat.pdf")
    assert (problem.reason_en, problem.reason_da) == (
        "encrypted PDF that the hub cannot open: it is locked to certificates or with an encryption the hub "
        "does not know; save a copy without encryption and send that",
        "krypteret PDF, som hubben ikke kan åbne: den er låst til certifikater eller med en kryptering, som "
        "hubben ikke kender; gem en kopi uden kryptering og send den",
    )


def test_a_damaged_encryption_dictionary_is_still_called_damaged() -> None:
    # A dictionary without its permissions (/P) is damage qpdf names as such, not an encryption it
    # does not know: saving the file again is the advice.
    data = _standard_encrypted().replace(b"/P -", b"/X -")
    problem = _rejected(data, "skadet.pdf")
    assert problem.reason_en.startswith("damaged PDF: the file's structure")
    assert problem.reason_da.startswith("beskadiget PDF: filens opbygning")
