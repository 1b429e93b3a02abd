"""The workers' notes argue scale-out from CPU seconds: per form, start-up left out."""

from __future__ import annotations

from collections import Counter

import pytest
from simulator_support import fixture_script

bench_drain_notes = fixture_script("bench_drain_notes")
bench_workers = fixture_script("bench_workers")


def test_cpu_per_form_leaves_start_up_out_and_bounds_two_cores() -> None:
    drain = bench_workers.Drain(
        workers=2,
        forms=1000,
        submit=50.0,
        wall=100.0,
        span=80.0,
        statuses=Counter({"accepted": 1000}),
        errors=Counter(),
        worker_cpu=[56.0, 54.0],
        postgres_cpu=20.0,
        redis_cpu=5.0,
    )
    notes = bench_drain_notes.drain_notes([drain], 150.0, startup=5.0)
    text = "\n".join(notes)
    assert "12.5 forms/s over the job span 80.00 s" in text
    assert "10.0 forms/s" in text  # 1000 forms in 100 s wall
    # (56 + 54 - 2 × 5) s / 1000 forms = 100 ms; 20 ms PostgreSQL, 5 ms Redis: 125 ms, 16 forms/s on 2 cores.
    assert "workers 100.0 ms, PostgreSQL 20.0 ms, Redis 5.0 ms, 125.0 ms in all" in text
    assert "at most 16 forms/s, 1042 min for a million" in text
    # 56 + 54 + 20 + 5 = 135 s of the 200 s two cores give in 100 s.
    assert "together 135.0 s of the 200.0 s" in text and "(68%)" in text


def _drain(host_cpu: float | None) -> object:
    return bench_workers.Drain(
        workers=1,
        forms=100,
        submit=1.0,
        wall=10.0,
        span=9.0,
        statuses=Counter({"accepted": 100}),
        errors=Counter(),
        worker_cpu=[9.0],
        postgres_cpu=2.0,
        redis_cpu=0.5,
        host_cpu=host_cpu,
    )


def test_the_rest_of_the_host_is_said_beside_the_drain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench_drain_notes, "cores", lambda: 2)  # this machine's two, wherever it runs
    # 9 + 2 + 0.5 = 11.5 s were the drain's; the machine was busy 15.5 s: 4.0 s were someone else's,
    # a fifth of the 20 s two cores give in 10 s, not an idle host.
    busy = "\n".join(bench_drain_notes.drain_notes([_drain(15.5)], None))
    assert "the rest of the host 4.0 s (the host was not idle)" in busy
    # 0.5 s of 20 s (2.5 %) is noise on an idle host.
    idle = "\n".join(bench_drain_notes.drain_notes([_drain(12.0)], None))
    assert "the rest of the host 0.5 s (an idle host)" in idle
    # Not measured (not Linux): nothing said.
    assert "rest of the host" not in "\n".join(bench_drain_notes.drain_notes([_drain(None)], None))
    # On sixteen cores the same 4.0 s are a fortieth of the 160 s they give in 10 s: noise.
    monkeypatch.setattr(bench_drain_notes, "cores", lambda: 16)
    assert "(an idle host)" in "\n".join(bench_drain_notes.drain_notes([_drain(15.5)], None))
