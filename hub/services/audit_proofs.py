"""The audit log's inclusion and consistency proofs, against the signed checkpoints of
`audit_checkpoints`, made of the tree's stored nodes (`audit_tree`).

Nothing here writes. Every proof reads O(log n) stored nodes in one query and is verified against its
signed checkpoint before it is returned, so a proof that leaves the hub has already been checked once.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub import merkle, merkle_proofs
from hub.checkpoint import Checkpoint
from hub.errors import NotFound
from hub.models import AuditEvent, AuditLeaf
from hub.quantities import number_text
from hub.services.audit_checkpoints import LogBroken, signed_head
from hub.services.audit_tree import in_lists, node_source
from hub.signing import Signer
from hub.words import LOGGED, counted


@dataclass(frozen=True)
class EntryProof:
    """One entry's leaf data (the bytes its leaf hash covers), position and audit path."""

    event_id: int
    position: int
    leaf_data: bytes
    path: list[bytes]


@dataclass(frozen=True)
class InclusionProofs:
    """Entries with their audit paths against one signed checkpoint (`note` is its signed text)."""

    checkpoint: Checkpoint
    note: str
    entries: list[EntryProof]


@dataclass(frozen=True)
class Consistency:
    """The proof that the tree of `old` is a prefix of the tree of `new` (`note`: new, signed)."""

    old: Checkpoint
    new: Checkpoint
    note: str
    path: list[bytes]


def inclusion_proofs(
    session: Session, event_ids: Collection[int], signer: Signer, head: tuple[Checkpoint, str] | None = None
) -> InclusionProofs:
    """Each entry's leaf data and audit path against the newest signed checkpoint, or against `head`
    (a checkpoint and its signed note) when proofs are made in several calls against one tree.

    Entries must already be in the tree: integrate first (`sequencer.integrate`).
    """
    checkpoint, note = head or signed_head(session, signer)
    rows = sorted(
        (
            (position, event)
            for part in in_lists(sorted(set(event_ids)))
            for position, event in session.execute(
                select(AuditLeaf.position, AuditEvent)
                .join(AuditEvent, AuditEvent.id == AuditLeaf.event_id)
                .where(AuditEvent.id.in_(part), AuditLeaf.position < checkpoint.size)
            )
        ),
        key=lambda row: row[0],
    )
    missing = set(event_ids) - {event.id for _, event in rows}
    # An id no entry has is not one waiting to be sealed: say which is which, or the asker waits in vain.
    unknown = sorted(missing - set(session.scalars(select(AuditEvent.id).where(AuditEvent.id.in_(missing)))))
    if unknown:
        ids = ", ".join(str(i) for i in unknown[:10])
        if len(unknown) == 1:
            raise NotFound(f"there is no audit entry {ids}", f"revisionspost {ids} findes ikke")
        raise NotFound(f"there are no audit entries {ids}", f"revisionsposterne {ids} findes ikke")
    if missing:
        raise NotFound(
            f"audit entries not yet in a signed checkpoint: {sorted(missing)[:10]}",
            f"revisionsposter endnu ikke i et signeret kontrolpunkt: {sorted(missing)[:10]}",
        )
    ranges = [merkle_proofs.inclusion_ranges(position, checkpoint.size) for position, _ in rows]
    node = node_source(session, merkle_proofs.proof_nodes(r for rs in ranges for r in rs))
    entries = []
    for position, event in rows:
        data = event.leaf_data()
        path = merkle_proofs.inclusion_proof(position, checkpoint.size, node)
        if not merkle.verify_inclusion(
            position, checkpoint.size, merkle.leaf_hash(data), path, checkpoint.root
        ):
            raise LogBroken(
                f"entry {event.id} at position {position} is not in the signed tree: the log was altered",
                f"post {event.id} på position {position} er ikke i det signerede træ: loggen er ændret",
            )
        entries.append(EntryProof(event.id, position, data, path))
    return InclusionProofs(checkpoint, note, entries)


def between(session: Session, old_size: int, new_size: int) -> tuple[bytes, bytes, list[bytes]]:
    """The roots of the log's first `old_size` and `new_size` entries and the consistency proof from the
    one to the other, verified (`LogBroken` if the stored tree does not hold). Both sizes must be sealed
    (at most the newest checkpoint's): a bundle carries such proofs from the sizes of earlier bundles,
    and the API makes one to any sealed size, so that an auditor can check a kept checkpoint against the
    checkpoint in a later bundle."""
    ranges = merkle_proofs.consistency_ranges(old_size, new_size)
    node = node_source(session, merkle_proofs.proof_nodes([*ranges, (0, old_size), (0, new_size)]))
    old_root, new_root = (
        merkle_proofs.range_hash(0, old_size, node),
        merkle_proofs.range_hash(0, new_size, node),
    )
    path = merkle_proofs.consistency_proof(old_size, new_size, node)
    if not merkle.verify_consistency(old_size, new_size, old_root, new_root, path):
        raise LogBroken(
            f"the stored tree does not lead from size {old_size} to size {new_size}: it was altered",
            f"det gemte træ fører ikke fra størrelse {old_size} til størrelse {new_size}: det er ændret",
        )
    return old_root, new_root, path


def consistency(session: Session, old_note: str, signer: Signer) -> Consistency:
    """Prove that the log has only grown since the checkpoint `old_note`, which this hub must have signed."""
    old = signer.open(old_note)
    new, note = signed_head(session, signer)
    if old.size > new.size:
        # Counts of entries, grouped and one as one, as verify.py's same sentence is (`bundle_since`).
        covers_en, covers_da = counted(old.size, *LOGGED)
        raise LogBroken(
            f"the checkpoint covers {covers_en}, but this log has {number_text(new.size, 'en')}: it is not "
            "a prefix of this log (entries were removed, or it comes from another copy of the log)",
            f"kontrolpunktet dækker {covers_da}, men denne log har {number_text(new.size, 'da')}: det er "
            "ikke et præfiks af loggen (poster er fjernet, eller det stammer fra en anden kopi af loggen)",
        )
    ranges = merkle_proofs.consistency_ranges(old.size, new.size)
    node = node_source(session, merkle_proofs.proof_nodes([*ranges, (0, old.size)]))
    if merkle_proofs.range_hash(0, old.size, node) != old.root:
        first_en, first_da = ("entry", "post") if old.size == 1 else counted(old.size, *LOGGED)
        raise LogBroken(
            f"the checkpoint's root is not the root of this log's first {first_en}: the log was changed "
            "since that checkpoint was signed",
            f"kontrolpunktets rod er ikke roden af loggens første {first_da}: loggen er ændret siden "
            "kontrolpunktet blev signeret",
        )
    path = merkle_proofs.consistency_proof(old.size, new.size, node)
    if not merkle.verify_consistency(old.size, new.size, old.root, new.root, path):
        raise LogBroken(
            f"the stored tree does not lead from size {old.size} to the newest checkpoint: it was altered",
            f"det gemte træ fører ikke fra størrelse {old.size} til det nyeste kontrolpunkt: det er ændret",
        )
    return Consistency(old, new, note, path)
