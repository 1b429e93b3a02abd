"""`verify.py --since`: the kept checkpoint read (from its file, or from the earlier bundle), and the check
that the bundle's log still holds it unchanged, with the proofs the bundle carries and those given with
`--proof` (`bundle_since` says what they prove)."""

from __future__ import annotations

import base64
import binascii
import functools
import os
import zipfile
from typing import Any

from hub.exports.bundle_opened import Bundle, Unreadable
from hub.exports.bundle_signatures import verify_ed25519
from hub.exports.bundle_since import Note, loaded, read_note, since
from hub.exports.bundle_verdict import say

CONSISTENCY = "log/consistency.json"


def read_kept(path: str | None, proof: str | None) -> tuple[Note, list[dict[str, Any]]] | None:
    """The kept checkpoint (from its file, or from the earlier bundle's `log/checkpoint.txt`) and the
    proofs of `--proof`; None without `--since`."""
    if path is None:
        return None
    is_bundle = os.path.isdir(path) or zipfile.is_zipfile(path)
    try:
        note = Bundle(path).read("log/checkpoint.txt") if is_bundle else _file(path)
        old = read_note(note.decode())
    except (ValueError, binascii.Error):
        raise Unreadable(
            f"{path} er ikke et signeret kontrolpunkt", f"{path} is not a signed checkpoint"
        ) from None
    try:
        proofs = loaded(_file(proof)) if proof else []
    except ValueError:
        raise Unreadable(
            f"{proof} er ikke et bevis fra GET /api/audit/consistency",
            f"{proof} is not a proof from GET /api/audit/consistency",
        ) from None
    return old, proofs


def _file(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        raise Unreadable(f"{path} kan ikke læses", f"{path} cannot be read") from None


def check_since(bundle: Bundle, public_pem: bytes, old: Note, given: list[dict[str, Any]]) -> bool | None:
    """Say whether the log at the bundle's checkpoint holds the kept checkpoint `old` unchanged, with the
    proofs the bundle carries (`log/consistency.json`, from its municipality's earlier bundles) and those
    given with `--proof`."""
    try:
        new = read_note(bundle.read("log/checkpoint.txt").decode())
        carried = loaded(bundle.read(CONSISTENCY)) if CONSISTENCY in bundle.names() else []
    except (ValueError, binascii.Error, Unreadable):
        say(
            False,
            "pakkens kontrolpunkt eller beviser kan ikke læses, så det gemte kontrolpunkt er ikke "
            "kontrolleret",
            "the bundle's checkpoint or proofs cannot be read, so the kept checkpoint was not checked",
        )
        return False
    public_raw = base64.b64decode(b"".join(public_pem.splitlines()[1:-1]))[-32:]
    said = since(old, new, public_raw, functools.partial(verify_ed25519, public_pem), [*carried, *given])
    say(*said)
    return said.ok
