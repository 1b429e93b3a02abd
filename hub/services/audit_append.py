"""One batch of the audit log's inbox appended to its Merkle tree (`sequencer.integrate` runs it, under its
lock): the entries' leaves and every perfect subtree they complete are stored, the inbox rows removed
and the new tree head signed, in the caller's transaction. Before anything is added, the tree's right
edge is rebuilt from the stored nodes and checked against the newest signed checkpoint, so that nothing
is ever signed on top of a tree that was altered."""

from __future__ import annotations

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from hub import merkle, merkle_proofs, merkle_tree
from hub.checkpoint import Checkpoint
from hub.models import AuditCheckpoint, AuditEvent, AuditLeaf, AuditNode, AuditPending
from hub.models.audit import leaf_data
from hub.models.base import table_of
from hub.services import bulk
from hub.services.audit_checkpoints import LogBroken, newest_checkpoint, opened
from hub.services.audit_tree import fetch_nodes
from hub.services.id_lists import among
from hub.signing import Signer

# What an entry's leaf covers (`leaf_data`), by the names the model gives them.
ENTRY_COLUMNS = (
    AuditEvent.id,
    AuditEvent.occurred_at,
    AuditEvent.actor,
    AuditEvent.action,
    AuditEvent.subject,
    AuditEvent.detail,
)


def append_batch(session: Session, key: Signer, batch: int) -> int:
    """Append up to `batch` waiting entries to the tree and sign its new head, in the current transaction
    (no commit); how many were appended."""
    # The entries as rows of the columns their leaves cover, not as objects: a batch is up to a thousand
    # entries, two or three a form, and the session needs no object of any (decision 0030, stop 72).
    waiting = select(*ENTRY_COLUMNS).join(AuditPending, AuditPending.event_id == AuditEvent.id)
    events = session.execute(waiting.order_by(AuditEvent.id).limit(batch)).all()
    ids = [event.id for event in events]
    head = newest_checkpoint(session)
    if not ids and head is not None:
        return 0  # another sequencer took them between our look and our lock
    edge = _edge(session, key, head)
    leaves: list[dict[str, int]] = []
    nodes: list[dict[str, int | str]] = []
    for event in events:
        leaves.append({"position": edge.size, "event_id": event.id})
        made = edge.append(merkle.leaf_hash(leaf_data(event)))
        nodes.extend({"level": level, "idx": idx, "hash": digest.hex()} for level, idx, digest in made)
    if events:
        # A thousand leaves and about as many nodes a batch: one COPY each on PostgreSQL (decision 0036),
        # where an executemany bound and ran every row as a statement of its own.
        connection = session.connection()
        bulk.insert_rows(connection, table_of(AuditLeaf), leaves)
        bulk.insert_rows(connection, table_of(AuditNode), nodes)
        session.execute(delete(AuditPending).where(among(session, AuditPending.event_id, ids)))
    checkpoint = Checkpoint(key.origin, edge.size, edge.root())
    session.add(
        AuditCheckpoint(tree_size=checkpoint.size, root_hash=checkpoint.root.hex(), note=key.sign(checkpoint))
    )
    return len(events)


def _edge(session: Session, key: Signer, head: AuditCheckpoint | None) -> merkle_tree.CompactRange:
    """The tree's right edge, checked against the newest signed checkpoint before anything is added."""
    if head is None:
        if session.scalar(select(exists().select_from(AuditLeaf))):
            raise LogBroken(
                "the tree has leaves but no checkpoint: its checkpoints were removed",
                "træet har blade men intet kontrolpunkt: dets kontrolpunkter er fjernet",
            )
        return merkle_tree.CompactRange()
    checkpoint = opened(key, head)
    coords = merkle_proofs.perfect_nodes(0, checkpoint.size)
    stored = fetch_nodes(session, coords)
    edge = merkle_tree.CompactRange(checkpoint.size, [stored.get(c, b"") for c in coords])
    beyond = session.scalar(select(exists().where(AuditLeaf.position >= checkpoint.size)))
    if edge.root() != checkpoint.root or beyond:
        # Never sign on top of a tree that differs from what was signed: `hub audit verify` says where.
        raise LogBroken(
            f"the stored tree does not end where the newest checkpoint (size {checkpoint.size}) says: "
            "it was altered; run `hub audit verify`",
            f"det gemte træ ender ikke der, hvor det nyeste kontrolpunkt (størrelse {checkpoint.size}) "
            "siger: det er ændret; kør `hub audit verify`",
        )
    return edge
