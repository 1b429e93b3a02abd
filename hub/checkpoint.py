"""Checkpoints as C2SP signed notes: the text format, the key id and parsing, without the cryptography.

A checkpoint (c2sp.org/tlog-checkpoint) is the note text

    <origin>\\n<tree size>\\n<base64 root hash>\\n

followed by a blank line and one signature line per key (c2sp.org/signed-note):

    — <key name> <base64(4-byte key id || 64-byte Ed25519 signature)>\\n

The signature is over the note text exactly, final newline included, blank line excluded. The key id is
SHA-256(key name || 0x0A || 0x01 || 32-byte public key)[:4]. Standard library only, like `hub.merkle`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from hub.errors import HubError

ED25519_TYPE = b"\x01"
SIGNATURE_DASH = "\u2014"
_SIZE = re.compile(r"0|[1-9][0-9]*")


class CheckpointError(HubError):
    """A checkpoint file is not a well-formed signed checkpoint, or not signed by this hub."""

    code = "bad_checkpoint"


@dataclass(frozen=True)
class Checkpoint:
    """A tree head: which log, how many leaves, and their RFC 9162 root hash (32 bytes)."""

    origin: str
    size: int
    root: bytes

    def text(self) -> bytes:
        """The note text a signature covers, UTF-8, ending in a newline."""
        root = base64.b64encode(self.root).decode("ascii")
        return f"{self.origin}\n{self.size}\n{root}\n".encode()


@dataclass(frozen=True)
class NoteSignature:
    """One signature line: the key's name, its 4-byte id and the signature bytes."""

    name: str
    key_id: bytes
    signature: bytes


def key_id(name: str, public_key: bytes) -> bytes:
    """The 4-byte id of an Ed25519 key as signed-note recommends."""
    return hashlib.sha256(name.encode() + b"\n" + ED25519_TYPE + public_key).digest()[:4]


def check_name(name: str) -> str:
    """Return `name` if it can be an origin and a key name: non-empty, no spaces, no plus, no controls."""
    if not name or any(c.isspace() or c == "+" or ord(c) < 0x20 for c in name):
        raise CheckpointError(
            f"{name!r} cannot name a log: it must be non-empty, without spaces or '+'",
            f"{name!r} kan ikke navngive en log: det skal være ikke-tomt, uden mellemrum eller '+'",
        )
    return name


def signed_note(text: bytes, name: str, kid: bytes, signature: bytes) -> str:
    """A note text with one signature line: the whole signed note."""
    sig = base64.b64encode(kid + signature).decode("ascii")
    return f"{text.decode()}\n{SIGNATURE_DASH} {name} {sig}\n"


def _bad(en: str, da: str) -> CheckpointError:
    return CheckpointError(f"not a signed checkpoint: {en}", f"ikke et signeret kontrolpunkt: {da}")


def parse(note: str) -> tuple[Checkpoint, list[NoteSignature]]:
    """Split a signed checkpoint into its tree head and signature lines; a malformed one is an error."""
    if any(ord(c) < 0x20 and c != "\n" for c in note):
        raise _bad("it holds control characters", "det indeholder kontroltegn")
    text, sep, sigs = note.rpartition("\n\n")
    if not sep or not text:
        raise _bad("no blank line before the signatures", "ingen tom linje før signaturerne")
    lines = text.split("\n")
    # The format allows extension lines after the three; this hub never writes any, so none are accepted.
    if len(lines) != 3 or not all(lines):
        raise _bad(
            "the text must be three non-empty lines (origin, size, root)",
            "teksten skal være tre ikke-tomme linjer (oprindelse, størrelse, rod)",
        )
    origin, size, root_b64 = lines[:3]
    if not _SIZE.fullmatch(size):
        raise _bad(f"tree size {size!r} is not a decimal number", f"træstørrelsen {size!r} er ikke et tal")
    root = _b64(root_b64, "root hash", "rodhash")
    if len(root) != 32:
        raise _bad("the root hash is not 32 bytes", "rodhashen er ikke 32 bytes")
    signatures = []
    for line in sigs.removesuffix("\n").split("\n"):
        dash, _, rest = line.partition(" ")
        name, _, sig_b64 = rest.partition(" ")
        if dash != SIGNATURE_DASH or not name or not sig_b64:
            raise _bad(
                f"signature line {line[:40]!r} is malformed", f"signaturlinjen {line[:40]!r} er forkert"
            )
        raw = _b64(sig_b64, "signature", "signatur")
        if len(raw) < 5:
            raise _bad("a signature is too short", "en signatur er for kort")
        signatures.append(NoteSignature(name, raw[:4], raw[4:]))
    return Checkpoint(check_name(origin), int(size), root), signatures


def _b64(value: str, en: str, da: str) -> bytes:
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _bad(f"the {en} is not base64", f"{da} er ikke base64") from None
