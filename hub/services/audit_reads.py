"""The audit log for the API: the newest signed checkpoint, an entry's inclusion proof, and the proof
that the log has only grown since a tree size (`hub audit checkpoint` / `prove`).

Every waiting entry is sealed into the tree first, in a session of its own (the sequencer commits), so
an answer covers everything written before the request. Proofs are verified before they are returned.
An inclusion proof carries the entry's leaf hash, not its content: the caller who holds the entry (from
its bundle) checks it; the content of other parties' entries is not told.
"""

from __future__ import annotations

import base64
from typing import Any

from sqlalchemy.orm import Session

from hub import merkle
from hub.access import Principal
from hub.checkpoint import Checkpoint
from hub.extensions import db
from hub.services import audit_checkpoints, audit_prefix, audit_proofs, scope, sequencer
from hub.services.audit_prefix import BadTreeSize
from hub.signing import signer

ALGORITHM = "RFC 9162 section 2.1, SHA-256"


def b64(digest: bytes) -> str:
    """A hash as checkpoints write it."""
    return base64.b64encode(digest).decode("ascii")


def _sealed(session: Session) -> tuple[Checkpoint, str]:
    """Integrate what waits, then the newest signed head and its note."""
    session.rollback()  # on SQLite an open transaction would hold the lock the sequencer needs
    own = db.state().sessions()
    try:
        sequencer.integrate(own, sign_empty=True)
    finally:
        own.close()
    return audit_checkpoints.signed_head(session, signer())


def _head(checkpoint: Checkpoint, note: str) -> dict[str, Any]:
    return {
        "origin": checkpoint.origin,
        "tree_size": checkpoint.size,
        "root_hash": b64(checkpoint.root),
        "checkpoint": note,
    }


def checkpoint(session: Session, who: Principal) -> dict[str, Any]:
    """The newest signed checkpoint (C2SP tlog-checkpoint) and what it says. An auditor's or company's
    read is logged once it is made, with the size handed out (`tree_size`), as a proof's read is: an
    entry cannot name the size of a checkpoint that covers the entry itself (its position is given when
    it is sealed), and which checkpoint an auditor holds is what a later proof must start from."""
    head = _sealed(session)
    scope.note_log_read(session, who, "read.checkpoint", {"tree_size": head[0].size})
    return _head(*head)


def inclusion(session: Session, who: Principal, event_id: int) -> dict[str, Any]:
    """An entry's position and audit path against the newest checkpoint, or `NotFound`; an auditor's
    or company's read of it is logged once the proof is made (a refused one is logged as refused)."""
    head = _sealed(session)
    proofs = audit_proofs.inclusion_proofs(session, [event_id], signer(), head)
    entry = proofs.entries[0]
    detail = {"event_id": event_id, "tree_size": head[0].size}
    scope.note_log_read(session, who, "read.proof", detail)
    return {
        "algorithm": ALGORITHM,
        "event_id": entry.event_id,
        "leaf_index": entry.position,
        "leaf_hash": b64(merkle.leaf_hash(entry.leaf_data)),
        "audit_path": [b64(h) for h in entry.path],
        "to": _head(*head),
    }


def consistency(
    session: Session, who: Principal, old_size: int, new_size: int | None = None
) -> dict[str, Any]:
    """The proof that the first `old_size` entries are a prefix of the newest signed tree, or of the tree
    of the first `new_size` entries (the size of a later bundle's checkpoint, which `verify.py --since`
    checks a kept checkpoint against); an auditor's or company's read of it is logged once it is made."""
    new, note = _sealed(session)
    if new.size == 0:
        # "between 1 and the log's 0 entries" asked for a size no one can hold.
        raise audit_checkpoints.NothingToProve(
            "the audit log has no entries yet, so there is nothing to prove",
            "revisionsloggen har endnu ingen poster, så der er intet at bevise",
        )
    if not 1 <= old_size <= new.size:
        raise BadTreeSize(
            # Said after the name of what was asked with (the API's `from_size`), as a 422's reason is.
            f"must be between 1 and the log's {new.size} entries, not {old_size}",
            f"skal være mellem 1 og loggens {new.size} poster, ikke {old_size}",
        )
    prefix = audit_prefix.proven(session, signer(), (new, note), old_size, new_size)
    detail = {"from_size": old_size, "tree_size": prefix.to.size}
    scope.note_log_read(session, who, "read.consistency", detail)
    return {
        "algorithm": ALGORITHM,
        "from": {"tree_size": old_size, "root_hash": b64(prefix.old_root)},
        "to": _head(prefix.to, prefix.note),
        "consistency_proof": [b64(h) for h in prefix.path],
    }
