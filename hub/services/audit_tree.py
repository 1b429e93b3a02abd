"""Reading the audit log's Merkle tree: stored nodes, inclusion and consistency proofs (against the signed
checkpoints of `audit_checkpoints`).

Nothing here writes. Every proof reads O(log n) stored nodes in one query and is verified against its
signed checkpoint before it is returned, so a proof that leaves the hub has already been checked once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from hub import merkle
from hub.checkpoint import Checkpoint
from hub.errors import NotFound
from hub.models import AuditEvent, AuditLeaf, AuditNode
from hub.quantities import number_text
from hub.services.audit_checkpoints import LogBroken, signed_head
from hub.signing import Signer
from hub.words import LOGGED, counted

_CHUNK = 2048  # values per IN list: well under SQLite's and PostgreSQL's limits on bound parameters
# Up to this many nodes are asked for in one statement of one list per level, as small as the lists:
# the sequencer reads its edge so, one node per level, before every batch.
_ONE_STATEMENT = 64
_T = TypeVar("_T")


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


def fetch_nodes(session: Session, nodes: Iterable[merkle.Node]) -> dict[merkle.Node, bytes]:
    """The stored hashes of these perfect subtrees (those missing are left out).

    A few (the sequencer's right edge, one entry's proof) in one statement; more (a bundle's proofs,
    thousands of nodes) level by level, each list padded (`padded`) so that its statement is one of a
    few: a statement's memory in the driver's cache grows with its parameters."""
    by_level: defaultdict[int, list[int]] = defaultdict(list)
    for level, idx in sorted(set(nodes)):
        by_level[level].append(idx)
    if sum(map(len, by_level.values())) <= _ONE_STATEMENT:
        groups = [list(by_level.items())] if by_level else []
    else:
        groups = [[(level, part)] for level, indices in by_level.items() for part in in_lists(indices)]
    found: dict[merkle.Node, bytes] = {}
    for group in groups:
        where = or_(*(and_(AuditNode.level == level, AuditNode.idx.in_(part)) for level, part in group))
        for level, idx, digest in session.execute(
            select(AuditNode.level, AuditNode.idx, AuditNode.hash).where(where)
        ):
            found[(level, idx)] = bytes.fromhex(digest)
    return found


def in_lists(values: Sequence[_T]) -> Iterable[list[_T]]:
    """`values` (no duplicates) in lists of up to 2,048 for `IN`, each padded (`padded`)."""
    for start in range(0, len(values), _CHUNK):
        yield padded(values[start : start + _CHUNK])


def padded(values: Sequence[_T]) -> list[_T]:
    """The values with the last repeated up to the next power of two: `IN` matches the same rows.

    An `IN` list binds one parameter per value, so each length is a statement text of its own, and the
    SQLite driver keeps the last 128 texts it prepared per connection (`cached_statements`). A bundle's
    log pass asks for tens of thousands of nodes in lists of every length: the cache filled with 128
    statements of up to 2,000 parameters, 25 MB of SQLite's memory held to the end (decision 0012).
    Padded, the lists have at most 12 lengths (1, 2, 4, ... 2,048): 12 statements per query."""
    items = list(values)
    if items:
        items += [items[-1]] * ((1 << (len(items) - 1).bit_length()) - len(items))
    return items


def node_source(session: Session, nodes: Collection[merkle.Node]) -> merkle.NodeSource:
    """A `NodeSource` over these nodes, fetched at once; a node that is not stored breaks the log."""
    found = fetch_nodes(session, nodes)

    def node(level: int, idx: int) -> bytes:
        try:
            return found[(level, idx)]
        except KeyError:
            first, last = idx << level, ((idx + 1) << level) - 1
            raise LogBroken(
                f"the stored hash of positions {first}–{last} is missing",
                f"den gemte hash for positionerne {first}–{last} mangler",
            ) from None

    return node


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
    ranges = [merkle.inclusion_ranges(position, checkpoint.size) for position, _ in rows]
    node = node_source(session, merkle.proof_nodes(r for rs in ranges for r in rs))
    entries = []
    for position, event in rows:
        data = event.leaf_data()
        path = merkle.inclusion_proof(position, checkpoint.size, node)
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
    ranges = merkle.consistency_ranges(old_size, new_size)
    node = node_source(session, merkle.proof_nodes([*ranges, (0, old_size), (0, new_size)]))
    old_root, new_root = merkle.range_hash(0, old_size, node), merkle.range_hash(0, new_size, node)
    path = merkle.consistency_proof(old_size, new_size, node)
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
    ranges = merkle.consistency_ranges(old.size, new.size)
    node = node_source(session, merkle.proof_nodes([*ranges, (0, old.size)]))
    if merkle.range_hash(0, old.size, node) != old.root:
        first_en, first_da = ("entry", "post") if old.size == 1 else counted(old.size, *LOGGED)
        raise LogBroken(
            f"the checkpoint's root is not the root of this log's first {first_en}: the log was changed "
            "since that checkpoint was signed",
            f"kontrolpunktets rod er ikke roden af loggens første {first_da}: loggen er ændret siden "
            "kontrolpunktet blev signeret",
        )
    path = merkle.consistency_proof(old.size, new.size, node)
    if not merkle.verify_consistency(old.size, new.size, old.root, new.root, path):
        raise LogBroken(
            f"the stored tree does not lead from size {old.size} to the newest checkpoint: it was altered",
            f"det gemte træ fører ikke fra størrelse {old.size} til det nyeste kontrolpunkt: det er ændret",
        )
    return Consistency(old, new, note, path)
