"""Reading the audit log's Merkle tree: the stored hashes of its perfect subtrees (the inclusion and
consistency proofs made of them: `audit_proofs`).

Nothing here writes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import TypeVar

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from hub import merkle_proofs
from hub.models import AuditNode
from hub.services.audit_checkpoints import LogBroken

_CHUNK = 2048  # values per IN list: well under SQLite's and PostgreSQL's limits on bound parameters
# Up to this many nodes are asked for in one statement of one list per level, as small as the lists:
# the sequencer reads its edge so, one node per level, before every batch.
_ONE_STATEMENT = 64
_T = TypeVar("_T")


def fetch_nodes(session: Session, nodes: Iterable[merkle_proofs.Node]) -> dict[merkle_proofs.Node, bytes]:
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
    found: dict[merkle_proofs.Node, bytes] = {}
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


def node_source(session: Session, nodes: Collection[merkle_proofs.Node]) -> merkle_proofs.NodeSource:
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
