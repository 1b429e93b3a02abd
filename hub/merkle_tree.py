"""An RFC 9162 tree as it grows (`CompactRange`: the right edge a log appends to, and the nodes each leaf
completes) and a whole tree held in memory (`MemoryTree`, a `NodeSource` for tests and checks)."""

from __future__ import annotations

from collections.abc import Sequence

from hub.merkle import EMPTY_ROOT, node_hash
from hub.merkle_proofs import perfect_nodes, range_hash


class MemoryTree:
    """Every perfect subtree of a list of leaf hashes, kept in memory (for verification and tests)."""

    def __init__(self, leaves: Sequence[bytes]) -> None:
        self.levels: list[list[bytes]] = [list(leaves)]
        while len(self.levels[-1]) > 1:
            below = self.levels[-1]
            self.levels.append([node_hash(below[i], below[i + 1]) for i in range(0, len(below) - 1, 2)])

    @property
    def size(self) -> int:
        """The number of leaves."""
        return len(self.levels[0])

    def node(self, level: int, index: int) -> bytes:
        """The hash of perfect subtree (level, index); a `NodeSource`."""
        return self.levels[level][index]

    def root(self, size: int | None = None) -> bytes:
        """The root of the tree of the first `size` leaves (default: all)."""
        return range_hash(0, self.size if size is None else size, self.node)


def root(leaves: Sequence[bytes]) -> bytes:
    """MTH of a list of leaf hashes (RFC 9162 §2.1.1)."""
    compact = CompactRange()
    for leaf in leaves:
        compact.append(leaf)
    return compact.root()


class CompactRange:
    """The right edge of a growing tree: the perfect subtrees covering leaves [0, size), largest first.

    `append` adds one leaf and returns every perfect subtree it completed, the leaf itself included,
    which is what a log stores; `root` folds the edge into the tree's root. O(log n) memory.
    """

    def __init__(self, size: int = 0, hashes: Sequence[bytes] = ()) -> None:
        nodes = perfect_nodes(0, size)
        if len(nodes) != len(hashes):
            raise ValueError(f"a tree of {size} leaves has {len(nodes)} edge nodes, not {len(hashes)}")
        self.size = size
        # Indexed rather than zip(strict=True): written when this class travelled in each audit bundle's
        # verify.py, which promises Python 3.9 (the lengths are checked just above).
        self.edge: list[tuple[int, int, bytes]] = [(lv, ix, hashes[i]) for i, (lv, ix) in enumerate(nodes)]

    def append(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Add a leaf hash; return the perfect subtrees (level, index, hash) it completes, lowest first."""
        made = [(0, self.size, leaf)]
        level, index, current = made[0]
        # Two neighbours of one level merge as long as the new one is a right child (an odd index).
        while self.edge and index & 1 and self.edge[-1][0] == level:
            _, left_index, left = self.edge.pop()
            level, index, current = level + 1, left_index >> 1, node_hash(left, current)
            made.append((level, index, current))
        self.edge.append((level, index, current))
        self.size += 1
        return made

    def root(self) -> bytes:
        """The root hash of the leaves so far."""
        if not self.edge:
            return EMPTY_ROOT
        result = self.edge[-1][2]
        for _, _, left in reversed(self.edge[:-1]):
            result = node_hash(left, result)
        return result
