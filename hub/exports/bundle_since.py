"""`verify.py --since`: whether the log a later bundle's checkpoint signs still holds, unchanged, all that
a checkpoint the auditor kept held: RFC 9162 §2.1.4 consistency, the promise of an append-only log.

Written into `verify.py` after `hub.merkle` and before `bundle_verify` (standard library only). The kept
checkpoint is a signed note (`log/checkpoint.txt` of an earlier bundle, or that bundle itself, or one
from `GET /api/audit/checkpoint`); the proof comes from the later bundle's `log/consistency.json` (from
the sizes of the municipality's earlier bundles) or from a file saved from
`GET /api/audit/consistency?from_size=N&to_size=M` (`--proof`). The proof's hashes need no trust: both
roots they join are in checkpoints signed with the bundle's key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable
from typing import Any, NamedTuple

from hub.exports.bundle_counts import Noun, grouped, said_count
from hub.merkle import verify_consistency

_DASH = "\u2014"
ENTRIES: Noun = (("post", "poster"), ("entry", "entries"))


class Note(NamedTuple):
    """A signed checkpoint: its signed text, log, size, root and its one signature line."""

    text: bytes
    origin: str
    size: int
    root: bytes
    key_name: str
    key_id: bytes
    signature: bytes


def read_note(note: str) -> Note:
    """A C2SP signed checkpoint (c2sp.org/tlog-checkpoint, signed-note); ValueError if it is not one."""
    text, blank, lines = note.rpartition("\n\n")
    head = text.split("\n")
    if not blank or len(head) != 3 or not head[1].isdigit():
        raise ValueError("not a signed checkpoint")
    dash, _, rest = lines.strip().split("\n")[0].partition(" ")
    name, _, signed = rest.partition(" ")
    raw = base64.b64decode(signed, validate=True)
    root = base64.b64decode(head[2], validate=True)
    if dash != _DASH or not head[0] or len(raw) != 68 or len(root) != 32:
        raise ValueError("not a signed checkpoint")
    return Note((text + "\n").encode(), head[0], int(head[1]), root, name, raw[:4], raw[4:])


def key_id(origin: str, public_raw: bytes) -> bytes:
    """The signed-note key id of the hub's Ed25519 key under the log's name (`hub.checkpoint.key_id`)."""
    return hashlib.sha256(origin.encode() + b"\n\x01" + public_raw).digest()[:4]


def proofs_in(data: Any) -> list[dict[str, Any]]:
    """The proofs of `log/consistency.json` (`{"proofs": [...]}`) or of one API answer; ValueError if
    neither."""
    found = data.get("proofs", [data]) if isinstance(data, dict) else None
    if not isinstance(found, list) or not all(
        isinstance(p, dict) and isinstance(p.get("from"), dict) and isinstance(p.get("to"), dict)
        for p in found
    ):
        raise ValueError("not a consistency proof")
    return found


class Said(NamedTuple):
    """One line of the report: ok (None: not checked), Danish, English."""

    ok: bool | None
    danish: str
    english: str


def since(
    old: Note,
    new: Note,
    public_raw: bytes,
    check: Callable[[bytes, bytes], bool | None],
    proofs: list[dict[str, Any]],
) -> Said:
    """Whether the log at `new` (the bundle's checkpoint) holds what the kept checkpoint `old` held,
    unchanged; `check(text, signature)` checks a signature with the bundle's key. One line, which names
    what failed."""
    n, m = old.size, new.size
    if old.origin != new.origin:
        return Said(
            False,
            f"det gemte kontrolpunkt er fra en anden log ({old.origin}), ikke pakkens ({new.origin})",
            f"the kept checkpoint is of another log ({old.origin}), not the bundle's ({new.origin})",
        )
    if (old.key_name, old.key_id) != (old.origin, key_id(old.origin, public_raw)):
        return Said(
            False,
            "det gemte kontrolpunkt er signeret med en anden nøgle end pakkens",
            "the kept checkpoint is signed with another key than the bundle's",
        )
    signed = check(old.text, old.signature)
    if signed is False:
        return Said(
            False,
            "det gemte kontrolpunkts signatur passer IKKE med hubbens nøgle: det er ændret",
            "the kept checkpoint's signature does NOT verify with the hub's key: it was changed",
        )
    if n > m:
        covers_da, covers_en = said_count(n, ENTRIES)  # counts in prose; sizes named or typed stay plain
        return Said(
            False,
            f"det gemte kontrolpunkt dækker {covers_da}, pakkens log kun {grouped(m, 'da')}: pakken er "
            "ældre end kontrolpunktet (kontrollér en nyere pakke), eller poster er fjernet",
            f"the kept checkpoint covers {covers_en}, the bundle's log only {grouped(m, 'en')}: the bundle "
            "is older than the checkpoint (check a newer bundle), or entries were removed",
        )
    failed = _unproven(old, new, proofs)
    if failed is not None:
        return failed
    if signed is None:
        return Said(
            None,
            f"loggen rummer det gemte kontrolpunkts poster uændret ({n} → {m}), men dets signatur er ikke "
            "kontrolleret",
            f"the log holds the kept checkpoint's entries unchanged ({n} → {m}), but its signature was "
            "not checked",
        )
    return Said(
        True,
        f"loggen rummer nu alt, hvad det gemte kontrolpunkt rummede, uændret (størrelse {n} → {m})",
        f"the log now holds everything the kept checkpoint held, unchanged (sizes {n} → {m})",
    )


def _unproven(old: Note, new: Note, proofs: list[dict[str, Any]]) -> Said | None:
    """None when a proof joins the two roots (or they are one tree); else the line that says why not."""
    n, m = old.size, new.size
    # Counts in prose, grouped each language's way; sizes that name a checkpoint or are typed stay plain.
    n_da, m_da, n_en, m_en = grouped(n, "da"), grouped(m, "da"), grouped(n, "en"), grouped(m, "en")
    first_da, first_en = (
        ("loggens første post har", "the log's first entry now has")
        if n == 1
        else (f"loggens første {n_da} poster har", f"the log's first {n_en} entries now have")
    )
    changed = Said(
        False,
        f"{first_da} nu en anden rod end det gemte kontrolpunkts: noget, der var logget, er ændret eller "
        "fjernet",
        f"{first_en} another root than the kept checkpoint's: something logged before was changed or removed",
    )
    if n == m:
        return None if old.root == new.root else changed
    if n == 0:  # the empty log's checkpoint: every log extends it, if its root is the empty tree's
        return None if verify_consistency(0, m, old.root, new.root, []) else changed
    for proof in proofs:
        try:
            sizes = (int(proof["from"]["tree_size"]), int(proof["to"]["tree_size"]))
            roots = [base64.b64decode(proof[end]["root_hash"], validate=True) for end in ("from", "to")]
            path = [base64.b64decode(h, validate=True) for h in proof["consistency_proof"]]
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise ValueError("not a consistency proof") from None
        if sizes != (n, m):
            continue
        if roots[0] != old.root:
            return changed  # the hub's own root at size n says so
        if roots[1] != new.root:
            return Said(
                False,
                f"beviset gælder en anden log med {m_da} poster end pakkens kontrolpunkt",
                f"the proof is for another log of {m_en} entries than the bundle's checkpoint",
            )
        if verify_consistency(n, m, old.root, new.root, path):
            return None
        return Said(
            False,
            f"beviset for, at loggen er vokset fra {n_da} til {m_da} poster uden ændringer, passer IKKE",
            f"the proof that the log grew from {n_en} to {m_en} entries without changes does NOT verify",
        )
    return Said(
        None,
        # The auditor's page has a form for it (stop 49): an auditor need not put an address together.
        f"intet bevis fra {n_da} til {m_da} poster i pakken: hent det på revisorens side i hubben "
        f'("Hent beviset", størrelserne {n} og {m}) eller med '
        f"GET /api/audit/consistency?from_size={n}&to_size={m}, og giv filen med --proof",
        # Each half names the button as the page in its language does: an English page says "Download
        # the proof" (walk-88: the English line sent the auditor looking for a Danish label).
        f"no proof from {n_en} to {m_en} entries in the bundle: download it on the auditor's page in the "
        f'hub ("Download the proof", sizes {n} and {m}) or fetch '
        f"GET /api/audit/consistency?from_size={n}&to_size={m}, and give the file with --proof",
    )


def loaded(text: bytes) -> list[dict[str, Any]]:
    """The proofs in a JSON file's bytes; ValueError if it holds none."""
    return proofs_in(json.loads(text))
