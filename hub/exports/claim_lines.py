"""A claim's lines kept on disk as they are made, not in memory: a claim of 10,000 placements held its
lines, and the payment lines they came from, while it was written (decision 0012, stop 37).

`SpooledLines` takes the lines once, from one pass over the database, writes each to a temporary file
and keeps only their count and the sums a claim's header shows; every reading of the lines (checking the
values, then writing them copy by copy) reads them back in order. One pass over the data, not one per
reading: two queries could see different records, and a header's totals would not be its lines' sums.
"""

from __future__ import annotations

import os
import pickle
import struct
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any, overload

from hub.exports.claim_model import ClaimLine

# The columns whose sums a claim's header shows (`Claim.header`), summed in line order as `Claim.total`.
SUMMED = ("granted_hours", "delivered_hours", "claimable_hours", "amount_dkk")
_SIZE = struct.Struct("<I")  # each line's length before its pickled bytes
_READ = 1 << 16  # bytes read from the file at a time


class SpooledLines(Sequence[ClaimLine]):
    """A claim's lines, in a temporary file; read again in order as often as a renderer asks."""

    def __init__(self, lines: Iterable[ClaimLine]) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the lines
        self._count = 0
        self._sums = dict.fromkeys(SUMMED, Decimal(0))
        for line in lines:
            data = pickle.dumps(line, pickle.HIGHEST_PROTOCOL)  # the hub's own file: read back only here
            self._file.write(_SIZE.pack(len(data)) + data)
            self._count += 1
            for name in SUMMED:
                self._sums[name] += getattr(line, name)
        self._file.flush()

    def __del__(self) -> None:
        file = getattr(self, "_file", None)
        if file is not None:
            file.close()  # the lines go with the claim: the file is removed now, not at exit

    def total(self, name: str) -> Decimal:
        """The sum of one Decimal column over the lines, as `Claim.total` adds them."""
        if name in self._sums:
            return self._sums[name]
        return sum((getattr(line, name) for line in self), Decimal(0))

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[ClaimLine]:
        # Each reading has its own position (`pread`): two readings at once do not disturb each other.
        fd, at, buffer, pos = self._file.fileno(), 0, b"", 0
        for _ in range(self._count):
            while len(buffer) - pos < _SIZE.size:
                buffer, at, pos = *_more(fd, buffer[pos:], at), 0
            (size,) = _SIZE.unpack_from(buffer, pos)
            while len(buffer) - pos < _SIZE.size + size:
                buffer, at, pos = *_more(fd, buffer[pos:], at), 0
            start, pos = pos + _SIZE.size, pos + _SIZE.size + size
            line: ClaimLine = pickle.loads(memoryview(buffer)[start:pos])  # noqa: S301 - our own file
            yield line

    @overload
    def __getitem__(self, index: int) -> ClaimLine: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[ClaimLine, ...]: ...

    def __getitem__(self, index: int | slice) -> ClaimLine | tuple[ClaimLine, ...]:
        """A line or a slice, read through (the renderers read the lines in order; this is for others)."""
        lines = tuple(self)
        return lines[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            return len(other) == self._count and all(a == b for a, b in zip(self, other, strict=False))
        return NotImplemented

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return f"SpooledLines({self._count} lines)"

    def __reduce__(self) -> Any:
        return tuple, (tuple(self),)


def _more(fd: int, buffer: bytes, at: int) -> tuple[bytes, int]:
    read = os.pread(fd, _READ, at)
    if not read:
        raise EOFError("a claim's spooled lines ended early")
    return buffer + read, at + len(read)
