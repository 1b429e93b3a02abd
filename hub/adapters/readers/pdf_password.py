"""Whether an encrypted PDF that qpdf will not open with the empty password really needs a password.

qpdf refuses two kinds of file that Acrobat and pdf.js open without asking for one (decision 0025,
stop 51), and "needs a password" sends their sender looking for a password they never set:
- only its attachments are encrypted (Acrobat's "encrypt only file attachments": /StmF and /StrF
  /Identity, the attachments' filter /EFF, PDF 32000 7.6.5): the document itself lies in clear text,
  and qpdf asks for the attachments' password on opening it;
- its key is shorter than 128 bits under /V 4 (pdf.js's issue 19484: /Length 40 and 48): the empty
  password is its user password by the standard handler's own check (PDF 32000 7.6.4.3-4, algorithms
  2, 4 and 5) made with its key length, and qpdf, which takes a /V 4 key to be 128 bits, finds it wrong.
Such a file is "encrypted in a way the hub cannot open", to be saved without encryption; every other
one (or one whose encryption dictionary cannot be read here) keeps qpdf's verdict.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

# The padding the standard handler puts after a password (PDF 32000 7.6.4.3, algorithm 2, step a).
_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
_IDENTITY = (None, "/Identity")  # a crypt filter absent under /V 4 or 5 is the identity (7.6.5)


class _Unverified(PdfReader):
    """pypdf's reader without its own try of the empty password, which it makes on opening an encrypted
    file and which fails on the very keys looked at here (its RC4 takes no 48-bit key)."""

    def _handle_encryption(self, password: str | bytes | None) -> None:
        return None


def needs_password(data: bytes) -> bool:
    """False when the file's encryption dictionary shows it opens without a password (see the module);
    True otherwise, and when the dictionary cannot be read: qpdf's "invalid password" stands then."""
    try:
        reader = _Unverified(io.BytesIO(data), strict=False)
        encrypt = reader.trailer["/Encrypt"].get_object()
        ids = reader.trailer.get("/ID")
        first_id = ids.get_object()[0].get_object() if ids is not None else b""
        if not isinstance(encrypt, DictionaryObject) or encrypt.get("/Filter") != "/Standard":
            return True
        return not (_attachments_only(encrypt) or _empty_password_opens(encrypt, _bytes(first_id)))
    except Exception:  # a dictionary pypdf cannot read: nothing shown against qpdf's verdict
        return True


def _attachments_only(encrypt: DictionaryObject) -> bool:
    """True when only embedded files are encrypted: strings and streams pass the identity filter."""
    return _int(encrypt.get("/V")) >= 4 and all(encrypt.get(k) in _IDENTITY for k in ("/StmF", "/StrF"))


def _empty_password_opens(encrypt: DictionaryObject, first_id: bytes) -> bool:
    """True when the empty password is the user password of a revision 2-4 handler, computed with the
    key length the file gives (algorithm 2), and checked against /U (algorithms 4 and 5)."""
    revision = _int(encrypt.get("/R"))
    bits = 40 if revision == 2 else _int(encrypt.get("/Length"), 40)
    if revision not in (2, 3, 4) or not 40 <= bits <= 128 or bits % 8:
        return False  # revisions 5 and 6 (AES-256) qpdf checks as written; other lengths are no key
    owner, user = _bytes(encrypt["/O"]), _bytes(encrypt["/U"])
    digest = hashlib.md5(_PAD + owner[:32], usedforsecurity=False)
    digest.update((_int(encrypt["/P"]) & 0xFFFFFFFF).to_bytes(4, "little") + first_id)
    # pypdf's BooleanObject(False) is truthy: its value is what the file says.
    if revision == 4 and getattr(encrypt.get("/EncryptMetadata"), "value", True) is False:
        digest.update(b"\xff\xff\xff\xff")
    size = bits // 8
    key = digest.digest()
    if revision >= 3:
        for _ in range(50):
            key = hashlib.md5(key[:size], usedforsecurity=False).digest()
    key = key[:size]
    if revision == 2:
        return _rc4(key, _PAD) == user[:32]
    check = _rc4(key, hashlib.md5(_PAD + first_id, usedforsecurity=False).digest())
    for step in range(1, 20):
        check = _rc4(bytes(b ^ step for b in key), check)
    return check == user[:16]


def _int(value: Any, default: int = 0) -> int:
    """A number of the dictionary, `default` when absent (what is no number raises, for the caller)."""
    return default if value is None else int(value)


def _bytes(value: Any) -> bytes:
    """A PDF string's bytes as written (pypdf decodes some as text)."""
    if isinstance(value, ArrayObject | DictionaryObject):
        return b""
    original = getattr(value, "original_bytes", None)
    return bytes(original) if original is not None else bytes(value)


def _rc4(key: bytes, data: bytes) -> bytes:
    """RC4, for the 16 or 32 bytes of a password check: `cryptography` takes no 48-bit key."""
    box = list(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + key[i % len(key)]) & 0xFF
        box[i], box[j] = box[j], box[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) & 0xFF
        j = (j + box[i]) & 0xFF
        box[i], box[j] = box[j], box[i]
        out.append(byte ^ box[(box[i] + box[j]) & 0xFF])
    return bytes(out)
