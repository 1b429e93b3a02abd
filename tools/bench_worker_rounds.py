"""One worker against two in pairs of drains whose order turns round every pair (`tools.bench`).

Timed once each, minutes apart, one drain of each met different states of the host: at the same commit
one worker's drain cost 4.8 ms of worker CPU a form in one run and 2.5 ms in the next, and the ratio of
two workers to one went from 2.47 to 1.33 (decision 0030, stop 47). So the bench times `PAIRS` pairs,
each a one-worker drain and a two-worker drain of the same forms, each on a freshly reset schema, the
first pair one worker first, the next two workers first and so on, so that a host that grows busier or
quieter over the pairs favours neither side; the ratio is the median pair's, shown with its range.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tools.bench_drain_notes import drain_notes
from tools.bench_workers import Drain

PAIRS = 3


@dataclass(frozen=True)
class Pair:
    """A one-worker and a two-worker drain of the same forms, timed one right after the other."""

    one: Drain
    two: Drain
    two_first: bool  # the two-worker drain ran first

    @property
    def ratio(self) -> float:
        """Two workers' forms/s against one's."""
        return self.two.rate / self.one.rate if self.one.rate else float("nan")

    @property
    def timed(self) -> tuple[Drain, Drain]:
        """The two drains in the order they ran."""
        return (self.two, self.one) if self.two_first else (self.one, self.two)


def order(count: int) -> list[tuple[int, int]]:
    """The workers of each pair's drains in the order they run: (1, 2), (2, 1), (1, 2), …"""
    return [(1, 2) if number % 2 == 0 else (2, 1) for number in range(count)]


def pairs(drain: Callable[[int], Drain], count: int = PAIRS) -> list[Pair]:
    """`count` pairs of `drain(workers)`, one worker and two, in the turns of `order`."""
    out = []
    for first, second in order(count):
        done = {first: drain(first), second: drain(second)}
        out.append(Pair(done[1], done[2], two_first=first == 2))
    return out


def median_pair(done: Sequence[Pair]) -> Pair:
    """The pair whose ratio is the median (the lower middle one of an even number)."""
    return sorted(done, key=lambda pair: pair.ratio)[(len(done) - 1) // 2]


def two_rate(done: Sequence[Pair]) -> float:
    """The median of the two-worker drains' forms/s (for the national rate and the projection)."""
    return statistics.median(pair.two.rate for pair in done)


def notes(done: Sequence[Pair], storage: float, startup: float = 0.0) -> list[str]:
    """Per pair its ratio and each drain's lines (rates, who used the CPU), then the median and its range."""
    out = []
    for number, pair in enumerate(done, start=1):
        turn = "two workers first" if pair.two_first else "one worker first"
        out.append(f"workers pair {number} ({turn}): two/one {pair.ratio:.2f} ×")
        out.extend(drain_notes(pair.timed, None, startup))
    if not done:
        return out
    ratios = [pair.ratio for pair in done]
    middle = median_pair(done)
    out.append(
        f"two workers vs one over {len(done)} pairs, the order turned round every pair: median "
        f"{middle.ratio:.2f} × ({middle.two.rate:.1f} against {middle.one.rate:.1f} forms/s), from "
        f"{min(ratios):.2f} to {max(ratios):.2f} (the summary shows the median pair)"
    )
    out.extend(drain_notes([], storage))
    return out
