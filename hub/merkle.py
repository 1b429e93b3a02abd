"""RFC 9162 Merkle trees: hashing, roots, inclusion and consistency proofs, and their verification.

Standard library only (`hashlib`), so that the auditor's offline verifier can carry this file as it is.
Every hash is 32 raw bytes. Sizes and indexes count leaves from 0, as RFC 9162 §2.1 does.

Proofs are made from *perfect subtrees*: the subtree of 2**level leaves starting at leaf index * 2**level,
named `(level, index)`. A tree stored as those nodes answers any proof in O(log n) reads: a caller passes
a `NodeSource`, a function from `(level, index)` to that subtree's hash, and `proof_nodes` says which
nodes a proof will ask for, so that they can be fetched in one go.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence

NodeSource = Callable[[int, int], bytes]
Node = tuple[int, int]

LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    """The hash of one leaf: SHA-256(0x00 || data) (RFC 9162 §2.1.1)."""
    return hashlib.sha256(LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """The hash of an inner node: SHA-256(0x01 || left || right) (RFC 9162 §2.1.1)."""
    return hashlib.sha256(NODE_PREFIX + left + right).digest()


def split_point(size: int) -> int:
    """k of RFC 9162 §2.1.1: the largest power of two smaller than `size` (which must be at least 2)."""
    return 1 << ((size - 1).bit_length() - 1)


def perfect_nodes(start: int, end: int) -> list[Node]:
    """The perfect subtrees that make up leaves [start, end), largest first.

    Every range a proof asks for starts at a multiple of a power of two at least as large as itself (it
    is a right part of a split), so it is its size's binary digits laid side by side from `start`.
    """
    nodes: list[Node] = []
    position = start
    for level in range((end - start).bit_length() - 1, -1, -1):
        if (end - start) >> level & 1:
            nodes.append((level, position >> level))
            position += 1 << level
    return nodes


def range_hash(start: int, end: int, node: NodeSource) -> bytes:
    """MTH(D[start:end]) from its perfect subtrees: the right-most pieces are joined first (§2.1.1)."""
    if start == end:
        return EMPTY_ROOT
    hashes = [node(level, index) for level, index in perfect_nodes(start, end)]
    result = hashes[-1]
    for left in reversed(hashes[:-1]):
        result = node_hash(left, result)
    return result


def inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """The leaf ranges whose roots form PATH(index, D[size]) (RFC 9162 §2.1.3.1), leaf level first."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size}")
    ranges = []
    start, end = 0, size
    # The RFC's recursion, unrolled: each step keeps the half holding the leaf and records the other.
    while end - start > 1:
        k = split_point(end - start)
        if index < start + k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start += k
    ranges.reverse()
    return ranges


def consistency_ranges(old_size: int, new_size: int) -> list[tuple[int, int]]:
    """The leaf ranges whose roots form PROOF(old_size, D[new_size]) (RFC 9162 §2.1.4.1)."""
    if not 0 <= old_size <= new_size:
        raise ValueError(f"no consistency proof from {old_size} to {new_size}")
    if old_size in (0, new_size):
        return []
    ranges = []
    start, end = 0, new_size
    whole = True  # the RFC's b: whether the subtree is still the whole old tree (a prefix of D[new])
    # SUBPROOF unrolled: descend until the current range is exactly the old tree's part of it.
    while end != old_size:
        k = split_point(end - start)
        if old_size - start <= k:
            ranges.append((start + k, end))
            end = start + k
        else:
            ranges.append((start, start + k))
            start += k
            whole = False
    if not whole:
        ranges.append((start, end))
    ranges.reverse()
    return ranges


def proof_nodes(ranges: Iterable[tuple[int, int]]) -> set[Node]:
    """Every perfect subtree a proof over these ranges reads."""
    return {n for start, end in ranges for n in perfect_nodes(start, end)}


def inclusion_proof(index: int, size: int, node: NodeSource) -> list[bytes]:
    """The audit path of leaf `index` in the tree of the first `size` leaves (RFC 9162 §2.1.3.1)."""
    return [range_hash(start, end, node) for start, end in inclusion_ranges(index, size)]


def consistency_proof(old_size: int, new_size: int, node: NodeSource) -> list[bytes]:
    """The proof that the first `old_size` leaves are a prefix of the first `new_size` (§2.1.4.1)."""
    return [range_hash(start, end, node) for start, end in consistency_ranges(old_size, new_size)]


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> bool:
    """Whether `proof` shows the leaf hash `leaf` at `index` in the tree of `size` with `root` (§2.1.3.2)."""
    if not 0 <= index < size:
        return False
    fn, sn = index, size - 1
    r = leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            # A right-most node whose subtree is not full: it has no sibling on the levels it skips.
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> bool:
    """Whether `proof` shows the tree (old_size, old_root) is a prefix of (new_size, new_root) (§2.1.4.2).

    The RFC defines proofs for 0 < old_size < new_size; as its reference implementations do, an empty
    proof also holds between equal trees, and from the empty tree to any tree.
    """
    if not 0 <= old_size <= new_size:
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if old_size == 0:
        return not proof and old_root == EMPTY_ROOT
    if not proof:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:
        # The old tree is one perfect subtree: its root is the first node of the path.
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0


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
        # Indexed rather than zip(strict=True): this module travels in each audit bundle's verify.py,
        # which promises Python 3.9 (the lengths are checked just above).
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
