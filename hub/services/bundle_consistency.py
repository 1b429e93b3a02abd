"""The bundle's `log/consistency.json`: RFC 9162 consistency proofs from the checkpoints of the
municipality's earlier bundles to this bundle's checkpoint.

An auditor who kept an earlier bundle's `log/checkpoint.txt` runs `verify.py NEW.zip --since OLD` and
learns, offline, that everything the kept checkpoint covered is still in the log, unchanged (decision
0012, stop 44). The hub knows which sizes its auditors can hold from its bundles: each `bundle.created`
entry notes its bundle's tree size (since stop 44; for an earlier one it is read from the checkpoints
signed before the entry, `_size_before`); a checkpoint from the API or the auditor's page is proven by
`GET /api/audit/consistency?from_size=N&to_size=M` and `--proof`.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.checkpoint import Checkpoint
from hub.exports.bundle_zip import BundleZip
from hub.models import AuditCheckpoint, AuditEvent, AuditLeaf
from hub.quantities import number_text
from hub.services import audit_proofs
from hub.services.audit_checkpoints import LogBroken

PATH = "log/consistency.json"
# The newest this many earlier sizes: a municipality has a few bundles a period, and each proof is at
# most ~2·log2(n) hashes, so the file stays small however long the hub runs.
KEPT = 200


def write(session: Session, bundle: BundleZip, code: str, head: Checkpoint) -> int:
    """Write the proofs from the earlier bundles' sizes to `head`; return how many."""
    proofs = []
    for size in earlier_sizes(session, code, head.size):
        old_root, new_root, path = audit_proofs.between(session, size, head.size)
        if new_root != head.root:
            raise LogBroken(
                f"the stored tree of {number_text(head.size, 'en')} entries is not the signed one: it was "
                "altered",
                f"det gemte træ med {number_text(head.size, 'da')} poster er ikke det signerede: det er "
                "ændret",
            )
        proofs.append(
            {
                "from": {"tree_size": size, "root_hash": _b64(old_root)},
                "to": {"tree_size": head.size, "root_hash": _b64(head.root)},
                "consistency_proof": [_b64(h) for h in path],
            }
        )
    body = {"algorithm": "RFC 9162 section 2.1.4, SHA-256", "proofs": proofs}
    bundle.add_bytes(PATH, json.dumps(body, indent=1).encode())
    return len(proofs)


def earlier_sizes(session: Session, code: str, below: int) -> list[int]:
    """The tree sizes of the municipality's earlier bundles' checkpoints, newest first, under `below`
    (a bundle at this same size needs no proof: its root is compared directly)."""
    rows = session.execute(
        select(AuditEvent.detail, AuditEvent.occurred_at, AuditLeaf.position)
        .outerjoin(AuditLeaf, AuditLeaf.event_id == AuditEvent.id)
        .where(AuditEvent.action == "bundle.created", AuditEvent.subject == f"municipality:{code}")
    ).all()
    sizes = {d["tree_size"] for d, _, _ in rows if isinstance(d.get("tree_size"), int)}
    sizes |= {
        size
        for d, at, position in rows
        if not isinstance(d.get("tree_size"), int)
        and (size := _size_before(session, at, position)) is not None
    }
    return sorted((s for s in sizes if 0 < s < below), reverse=True)[:KEPT]


def _size_before(session: Session, at: datetime, position: int | None) -> int | None:
    """The size of the checkpoint a bundle made before stop 44 carried, which its `bundle.created` entry
    did not note: the newest signed before the entry was written (its time kept to the second, so within
    that second) and covering at most the entries before it. The bundle read its checkpoint after sealing
    and wrote its entry at the end, in one transaction, which on SQLite holds the only write lock all the
    while: no other checkpoint came between. On PostgreSQL another process may have sealed the log while
    the bundle was written; the size is then a later checkpoint's, whose proof is as true, but not the
    one its auditor holds, who is told to fetch the proof (decision 0012, "Stop 44 (2)")."""
    if position is None:
        return None  # not yet sealed: no checkpoint is known to precede it
    return session.scalar(
        select(func.max(AuditCheckpoint.tree_size)).where(
            AuditCheckpoint.tree_size <= position, AuditCheckpoint.signed_at < at + timedelta(seconds=1)
        )
    )


def _b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode("ascii")
