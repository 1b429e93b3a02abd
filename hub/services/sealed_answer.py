"""A kept answer of an `Idempotency-Key`, sealed with a key only the same request gives (decision 0016,
"Stop 66: api-100").

An upload's answer names its files, and a file's name can hold a CPR number (`0101901234 timesheet.pdf`).
A stored submission's name is in its row already, for as long as the row is kept; a refused file's is in
no row (the audit log masks it), nor is the answer's wording of it. So the body is kept sealed
(AES-256-GCM) with a key drawn from the request itself (`answer_key`: the form fields and, in order, each
file's name and bytes): the retry that must get the answer brings the key with it, and the table holds
nothing the hub could read without the files and names the caller sent. The key is not the stored
fingerprint (a SHA-256 of the same with another label, `hub.api.idempotency_key`), nor drawn from it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_LABEL = b"hub idempotency-key answer v1\x00"


def answer_key(party: str, key: str, request_print: bytes) -> bytes:
    """The sealing key of the answer to one party's `key` with this request (its fields, names, digests)."""
    return hashlib.sha256(_LABEL + json.dumps([party, key]).encode() + b"\x00" + request_print).digest()


def seal(secret: bytes, body: dict[str, Any]) -> dict[str, Any]:
    """`body` sealed, as the JSON column keeps it: a fresh nonce each time, so a key used twice (the same
    request sent with a new `Idempotency-Key` after its own expired) never repeats one."""
    nonce = os.urandom(12)
    sealed = AESGCM(secret).encrypt(nonce, json.dumps(body, separators=(",", ":")).encode(), None)
    return {"sealed": base64.b64encode(nonce + sealed).decode("ascii")}


def unseal(secret: bytes, kept: dict[str, Any]) -> dict[str, Any]:
    """The body as it was kept (`cryptography`'s `InvalidTag` when `secret` is not its key: the stored
    fingerprint matched, so that is a fault of the hub's). A body kept unsealed, by the hub before this
    (for its hours at most), is as it was kept."""
    if "sealed" not in kept:
        return kept
    raw = base64.b64decode(kept["sealed"])
    body: dict[str, Any] = json.loads(AESGCM(secret).decrypt(raw[:12], raw[12:], None))
    return body
