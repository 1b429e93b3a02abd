"""Encrypted PDFs that open without a password, where qpdf asks for one: told they are encrypted in a
way the hub cannot open, not that they need a password the sender never set (decision 0025, stop 51).

Found in pdf.js's test files (`issue19484_1.pdf`, `_2`: an RC4 key of 40 and 48 bits under /V 4, which
Acrobat and pdf.js open; `auth-event-ef-open.pdf`, `encrypted-attachment.pdf`: only the attachments
encrypted) and iText's (`EncryptedEmbeddedStreamsHandlerTest`). Each file is written here: a one-field
form whose encryption dictionary is computed by pypdf's own implementation of the standard handler.
"""

from __future__ import annotations

import secrets

from pypdf._encryption import AlgV4, AlgV5
from test_readers_pdf_hostile import _rejected

NEEDS_PASSWORD = (
    "encrypted PDF that needs a password to open: save a copy without the password and send that",
    "krypteret PDF, der kræver en adgangskode for at blive åbnet: gem en kopi uden adgangskoden og send den",
)
CANNOT_OPEN = (
    "encrypted PDF that the hub cannot open: it is locked to certificates or with an encryption the hub "
    "does not know; save a copy without encryption and send that",
    "krypteret PDF, som hubben ikke kan åbne: den er låst til certifikater eller med en kryptering, som "
    "hubben ikke kender; gem en kopi uden kryptering og send den",
)
FILE_ID = bytes.fromhex("061046f3e5aef840af0a1519dae542b6")
PERMISSIONS = -3392  # printing and filling in allowed, as in pdf.js's issue19484_1.pdf


def _hex(data: bytes) -> bytes:
    return b"<" + data.hex().encode() + b">"


def _encrypted_pdf(encrypt: bytes) -> bytes:
    """A one-page form with a text field "navn", its trailer naming `encrypt` as its encryption
    dictionary (object 6). Nothing in it is encrypted: qpdf checks the password before it reads any."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>",
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (navn) /V (Mette Holm) /Rect [50 700 250 720] "
        b"/P 3 0 R >>",
        b"<< /Producer (test) >>",
        encrypt,
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /Encrypt 6 0 R /ID [%s %s] >>\n" % (
        len(objects) + 1,
        _hex(FILE_ID),
        _hex(FILE_ID),
    )
    out += b"startxref\n%d\n%%%%EOF\n" % table
    return bytes(out)


def _rc4_v4(bits: int, user_password: bytes) -> bytes:
    """RC4 under /V 4 /R 4 with a `bits`-long key (pdf.js's issue 19484: 40), metadata in clear."""
    owner_key = AlgV4.compute_O_value_key(b"ejer", 4, bits)
    owner = AlgV4.compute_O_value(owner_key, user_password, 4)
    key = AlgV4.compute_key(user_password, 4, bits, owner, PERMISSIONS & 0xFFFFFFFF, FILE_ID, False)
    user = AlgV4.compute_U_value(key, 4, FILE_ID)
    return _encrypted_pdf(
        b"<< /Filter /Standard /V 4 /R 4 /Length %d /P %d /O %s /U %s /EncryptMetadata false "
        b"/CF << /StdCF << /AuthEvent /DocOpen /CFM /V2 /Length %d >> >> /StmF /StdCF /StrF /StdCF >>"
        % (bits, PERMISSIONS, _hex(owner), _hex(user), bits // 8)
    )


def _aes256(user_password: bytes, documents_filter: bytes) -> bytes:
    """AES-256 (/R 6) with the user password `user_password`; `documents_filter` is /StmF and /StrF:
    /Identity when only the attachments (/EFF) are encrypted, as Acrobat's "encrypt only file
    attachments" writes it."""
    key = secrets.token_bytes(32)
    values = AlgV5.generate_values(6, user_password, b"ejer", key, PERMISSIONS & 0xFFFFFFFF, True)
    entries = b" ".join(b"%s %s" % (k.encode(), _hex(v)) for k, v in values.items())
    return _encrypted_pdf(
        b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P %d %s "
        b"/CF << /StdCF << /AuthEvent /EFOpen /CFM /AESV3 /Length 32 >> >> "
        b"/StmF %s /StrF %s /EFF /StdCF >>" % (PERMISSIONS, entries, documents_filter, documents_filter)
    )


def _reason(data: bytes) -> tuple[str, str]:
    problem = _rejected(data, "formular.pdf")
    return problem.reason_en, problem.reason_da


def test_a_short_rc4_key_whose_empty_password_opens_it_is_not_said_to_need_a_password() -> None:
    # The empty password is the user password by the handler's own check with a 40-bit key; qpdf takes
    # a /V 4 key to be 128 bits and finds it wrong. Acrobat and pdf.js open the file without asking.
    assert _reason(_rc4_v4(40, b"")) == CANNOT_OPEN


def test_a_short_rc4_key_with_a_user_password_still_needs_it() -> None:
    assert _reason(_rc4_v4(40, b"hemmelig")) == NEEDS_PASSWORD


def test_a_pdf_with_only_its_attachments_encrypted_is_not_said_to_need_a_password() -> None:
    # The document lies in clear text; the password is asked for when an attachment is opened.
    assert _reason(_aes256(b"000000", b"/Identity")) == CANNOT_OPEN


def test_a_pdf_whose_document_is_encrypted_with_a_user_password_needs_it() -> None:
    assert _reason(_aes256(b"000000", b"/StdCF")) == NEEDS_PASSWORD
