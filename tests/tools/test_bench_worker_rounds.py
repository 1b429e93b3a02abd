"""One worker against two is timed in pairs whose order turns round; the summary takes the median pair."""

from __future__ import annotations

import math
from collections import Counter

from simulator_support import fixture_script

bench = fixture_script("bench")
bench_workers = fixture_script("bench_workers")
rounds = fixture_script("bench_worker_rounds")


def _drain(workers: int, span: float, forms: int = 3000, cpu: float = 6.0) -> object:
    return bench_workers.Drain(
        workers=workers,
        forms=forms,
        submit=1.0,
        wall=span + 1,
        span=span,
        statuses=Counter(accepted=forms),
        errors=Counter(),
        worker_cpu=[cpu] * workers,
        postgres_cpu=2.0,
        redis_cpu=0.3,
    )


def test_the_order_turns_round_every_pair() -> None:
    assert rounds.order(4) == [(1, 2), (2, 1), (1, 2), (2, 1)]


def test_pairs_run_the_drains_in_turns_and_pair_them_by_workers() -> None:
    ran: list[int] = []

    def drain(workers: int) -> object:
        ran.append(workers)
        return _drain(workers, span=float(len(ran)))  # the n-th drain run takes n seconds

    done = rounds.pairs(drain, 3)
    assert ran == [1, 2, 2, 1, 1, 2]
    # Pair 2 ran two workers (3rd drain, 3 s) before one (4th drain, 4 s).
    assert [(p.one.span, p.two.span, p.two_first) for p in done] == [
        (1.0, 2.0, False),
        (4.0, 3.0, True),
        (5.0, 6.0, False),
    ]
    assert [d.workers for d in done[1].timed] == [2, 1]


def _pairs() -> list[object]:
    # 3,000 forms each: the spans give the rates below.
    return [
        rounds.Pair(_drain(1, 10.0), _drain(2, 5.0), two_first=False),  # 300 vs 600 forms/s: 2.00 ×
        rounds.Pair(_drain(1, 7.5), _drain(2, 6.0), two_first=True),  # 400 vs 500: 1.25 ×
        rounds.Pair(_drain(1, 12.0), _drain(2, 7.5), two_first=False),  # 250 vs 400: 1.60 ×
    ]


def test_the_median_pair_is_the_one_whose_ratio_is_in_the_middle() -> None:
    done = _pairs()
    middle = rounds.median_pair(done)
    assert (middle.one.rate, middle.two.rate) == (250.0, 400.0)
    # Of an even number, the lower middle one.
    assert rounds.median_pair(done[:2]).ratio == 1.25
    # The two-worker rate for the national target is the median of the two-worker drains: 600, 500, 400.
    assert rounds.two_rate(done) == 500.0


def test_the_notes_give_every_pair_and_the_median_with_its_range() -> None:
    text = "\n".join(rounds.notes(_pairs(), 900.0, startup=0.5))
    assert "workers pair 2 (two workers first): two/one 1.25 ×" in text
    assert (
        "over 3 pairs, the order turned round every pair: median 1.60 × (400.0 against 250.0 forms/s)" in text
    )
    assert "from 1.25 to 2.00" in text
    # Each drain keeps its lines on who used the CPU; the storage floor is said once, at the end.
    assert text.count("CPU during the drain") == 6
    assert text.count("PostgreSQL storage floor") == 1
    assert text.splitlines()[-1].endswith("900.0 docs/s")


def test_the_summary_shows_the_median_pair_against_the_unchanged_target() -> None:
    rows = bench.summary([], math.nan, [], _pairs(), 1000.0)
    ratio = next(r for r in rows if r.measure.startswith("2 workers vs 1"))
    assert "median of 3 pairs" in ratio.measure
    assert (ratio.ours, ratio.floor, ratio.target) == (400.0, 250.0, 1.6)
    assert ratio.verdict == "PASS"  # 1.60 is the target itself
    national = next(r for r in rows if "280/s" in r.measure)
    assert (national.ours, national.target) == (500.0, 1.0)
