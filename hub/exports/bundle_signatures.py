"""The hub's signatures as `verify.py` checks them: an Ed25519 signature (with `cryptography`, else the
`openssl` command), a C2SP signed checkpoint's parts, and the key's fingerprint as the hub publishes it.
Written into `verify.py` (`bundle_files`); nothing here needs more than the standard library."""

from __future__ import annotations

import base64
import hashlib
import os
import subprocess
import tempfile

SIGNATURE_DASH = "\u2014"


def verify_ed25519(public_pem: bytes, message: bytes, signature: bytes) -> bool | None:
    """Check an Ed25519 signature; None when neither `cryptography` nor `openssl` is at hand."""
    try:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
        from cryptography.hazmat.primitives.serialization import load_pem_public_key
    except ImportError:
        return _openssl(public_pem, message, signature)
    try:
        key = load_pem_public_key(public_pem)
    except ValueError:
        return False  # not a key at all: nothing it could have signed
    if not isinstance(key, Ed25519PublicKey):
        return False  # an RSA or EC key, which the hub never signs with (its verify() takes other arguments)
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


def _openssl(public_pem: bytes, message: bytes, signature: bytes) -> bool | None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for name, data in (("key.pem", public_pem), ("msg", message), ("sig", signature)):
            paths[name] = os.path.join(tmp, name)
            with open(paths[name], "wb") as handle:
                handle.write(data)
        command = [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            paths["key.pem"],
            "-rawin",
            "-in",
            paths["msg"],
            "-sigfile",
            paths["sig"],
        ]
        try:
            done = subprocess.run(command, capture_output=True, check=False)
        except OSError:
            return None
    return done.returncode == 0


def parse_checkpoint(note: str) -> tuple[bytes, int, bytes, bytes]:
    """(signed text, tree size, root hash, signature) of a C2SP signed checkpoint."""
    text, _, lines = note.rpartition("\n\n")
    origin, size, root = text.split("\n")
    signature_line = lines.strip().split("\n")[0]
    dash, _, rest = signature_line.partition(" ")
    if dash != SIGNATURE_DASH or not origin:
        raise ValueError("not a signed checkpoint")
    raw = base64.b64decode(rest.partition(" ")[2])
    return (text + "\n").encode(), int(size), base64.b64decode(root), raw[4:]


def public_key_fingerprint(public_pem: bytes) -> str:
    """The hub's key as `hub audit key` and the log's default name give it: 16 hex digits of the SHA-256
    of the 32-byte Ed25519 public key (the last 32 bytes of the PEM's SubjectPublicKeyInfo)."""
    body = b"".join(line.strip() for line in public_pem.splitlines() if not line.startswith(b"-----"))
    return hashlib.sha256(base64.b64decode(body, validate=True)[-32:]).hexdigest()[:16]
