"""RFC 9162 inclusion and consistency proofs, made from a tree's stored nodes (`merkle` verifies them).

Proofs are made from *perfect subtrees*: the subtree of 2**level leaves starting at leaf index * 2**level,
named `(level, index)`. A tree stored as those nodes answers any proof in O(log n) reads: a caller passes
a `NodeSource`, a function from `(level, index)` to that subtree's hash, and `proof_nodes` says which
nodes a proof will ask for, so that they can be fetched in one go.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from hub.merkle import EMPTY_ROOT, node_hash

NodeSource = Callable[[int, int], bytes]
Node = tuple[int, int]


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
