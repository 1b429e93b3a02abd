"""How much a second busy process adds on this machine: the ceiling of "two workers against one".

Two Python processes that only compute (a loop, no I/O, nothing shared) are timed together against one
alone. On two real cores they do twice the work of one; on a virtual machine whose two cores share a
physical one, or whose host is busy, less. No two hub workers can scale better than two such loops, so
the bench prints this beside its two-workers target as information: how much of the machine's own
scale-out the workers reach.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

LOOPS = 10_000_000  # about a second of one core on the machines this ran on
ROUNDS = 3
_BURN = "n = 0\nfor i in range({loops}): n += i\n"


@dataclass(frozen=True)
class ScaleOut:
    """Seconds for one loop alone and for two at once (medians of the rounds)."""

    one: float
    two: float

    @property
    def ratio(self) -> float:
        """The work two processes do in a time, against one: 2.0 is two full cores."""
        return 2 * self.one / self.two


def burn(processes: int, loops: int) -> float:
    """Wall seconds for `processes` loops of `loops` additions run at once, each a fresh interpreter."""
    code = _BURN.format(loops=loops)
    start = time.perf_counter()
    running = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(processes)]
    for process in running:
        if process.wait() != 0:
            raise RuntimeError("the scale-out loop failed")
    return time.perf_counter() - start


def measure(loops: int = LOOPS, rounds: int = ROUNDS) -> ScaleOut:
    """One loop alone and two at once, alternately, `rounds` times each."""
    ones, twos = [], []
    for _ in range(rounds):
        ones.append(burn(1, loops))
        twos.append(burn(2, loops))
    return ScaleOut(statistics.median(ones), statistics.median(twos))
