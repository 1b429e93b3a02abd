"""The bench's measure of the machine's own scale-out: two busy processes against one."""

from __future__ import annotations

import math
from collections import Counter

from simulator_support import fixture_script

bench_drain_notes = fixture_script("bench_drain_notes")
bench_scale = fixture_script("bench_scale")
bench_workers = fixture_script("bench_workers")


def _drain(workers: int, span: float) -> object:
    return bench_workers.Drain(
        workers, 300, 1.0, span + 1, span, Counter(accepted=300), Counter(), [], None, None
    )


def test_the_ratio_is_the_work_of_two_against_one() -> None:
    # One loop alone in 1.0 s; two at once in 1.25 s: 2 loops in 1.25 s against 1 in 1.0 s.
    assert bench_scale.ScaleOut(1.0, 1.25).ratio == 1.6
    assert bench_scale.ScaleOut(1.0, 1.0).ratio == 2.0  # two full cores


def test_the_note_puts_the_workers_beside_the_machine() -> None:
    # One worker 300 forms in 3 s (100/s), two in 2 s (150/s): 1.5 of the machine's 1.6, 94 %.
    note = bench_drain_notes.scale_note(bench_scale.ScaleOut(1.0, 1.25), [_drain(1, 3.0), _drain(2, 2.0)])
    assert "1.60 times the work of one" in note
    assert "the workers' 1.50 is 94% of it" in note
    # Without the drains, the machine alone.
    assert "workers'" not in bench_drain_notes.scale_note(bench_scale.ScaleOut(1.0, 1.25), [])


def test_the_note_says_the_most_two_workers_can_add() -> None:
    # One worker: 300 forms over a 3 s span, its processes 4.5 s of CPU of which 0.6 s its start-up,
    # PostgreSQL 0.3 s, Redis 0.1 s: (4.5 + 0.3 + 0.1 - 0.6) / 3 = 1.43 cores; two cores: 2 / 1.43 = 1.40.
    one = bench_workers.Drain(1, 300, 1.0, 4.0, 3.0, Counter(accepted=300), Counter(), [4.5], 0.3, 0.1)
    note = bench_drain_notes.scale_note(
        bench_scale.ScaleOut(1.0, 1.05), [one, _drain(2, 2.5)], startup=0.6, cores=2
    )
    assert "one worker alone kept 1.43 cores busy" in note
    assert "on 2 cores two can do at most 1.40 times its work" in note
    # On four cores, 1.43 busy leaves two workers room for twice the work of one: nothing to say.
    roomy = bench_drain_notes.scale_note(
        bench_scale.ScaleOut(1.0, 1.05), [one, _drain(2, 2.5)], startup=0.6, cores=4
    )
    assert "cores busy" not in roomy
    # Without PostgreSQL's CPU, nothing is claimed.
    unmeasured = bench_workers.Drain(
        1, 300, 1.0, 4.0, 3.0, Counter(accepted=300), Counter(), [4.5], None, None
    )
    unmeasured_note = bench_drain_notes.scale_note(
        bench_scale.ScaleOut(1.0, 1.05), [unmeasured, _drain(2, 2.5)], cores=2
    )
    assert "cores busy" not in unmeasured_note


def test_two_loops_run_and_are_timed() -> None:
    measured = bench_scale.measure(loops=200_000, rounds=1)
    assert measured.one > 0 and measured.two > 0
    assert math.isfinite(measured.ratio)
