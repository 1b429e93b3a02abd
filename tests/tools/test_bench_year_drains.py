"""The year's mix in the bench's summary: its rows, its projection and its notes, from given pairs of
drains (one worker and two, the order turned round every pair)."""

from __future__ import annotations

import math
from collections import Counter

from simulator_support import fixture_script

from hub.services.demo import DemoForm

bench_workers = fixture_script("bench_workers")
bench_worker_rounds = fixture_script("bench_worker_rounds")
bench_year = fixture_script("bench_year")
bench_year_drains = fixture_script("bench_year_drains")


def _drain(workers: int, span: float, wrong: list[str], rejected: int = 0) -> object:
    statuses = Counter(accepted=1600 - rejected, rejected=rejected)
    return bench_workers.Drain(
        workers, 1600, 1.0, span + 1, span, statuses, Counter(), [None] * workers, None, None, None, wrong
    )


def _pair(one_span: float, two_span: float, two_first: bool, rejected: int = 0) -> object:
    one = _drain(1, one_span, [])
    two = _drain(2, two_span, ["3× rejected mentor_hours: no placement"] if rejected else [], rejected)
    return bench_worker_rounds.Pair(one, two, two_first)


def test_rows_and_projection_from_the_median_pair() -> None:
    # Ratios 16/10 = 1.6, 16/8 = 2.0 and 20/16 = 1.25: the median pair is the first (1.6 ×); the
    # two workers' rates are 160, 200 and 100 forms/s, their median 160.
    pairs = [_pair(16.0, 10.0, False), _pair(16.0, 8.0, True, rejected=3), _pair(20.0, 16.0, False)]
    rows = bench_year_drains.rows(pairs)
    assert [r.target for r in rows] == [1.6, 1.0]
    assert rows[0].ours == 160.0 and rows[0].floor == 100.0  # 1,600 forms in 10 s against 16 s
    assert "median of 3 pairs" in rows[0].measure
    assert rows[1].ours == 160.0 and rows[1].floor == 280.0
    # 1,000,000 forms at 160 forms/s: 6,250 s, 104 minutes; one drain lost 3 forms, said on the line.
    line = bench_year_drains.projection(pairs) or ""
    assert "1,000,000 forms in 104 min" in line
    assert line.endswith("but up to 3 of its 1600 forms were not accepted")
    assert "not accepted" not in (bench_year_drains.projection(pairs[:1]) or "")


def test_notes_say_each_pair_in_the_order_it_ran() -> None:
    pairs = [_pair(16.0, 10.0, False), _pair(16.0, 8.0, True, rejected=3)]
    notes = bench_year_drains.notes(
        bench_year.YearMix([DemoForm("gladsaxe", "year-000-01-00-placement.pdf", b"")]), pairs
    )
    text = "\n".join(notes)
    assert "pair 1 (one worker first): two/one 1.60 ×" in text
    assert "pair 2 (two workers first): two/one 2.00 ×" in text
    second = notes[notes.index(next(n for n in notes if "pair 2" in n)) + 1]
    assert "2 worker(s)" in second  # two workers ran first in pair 2
    assert "every citizen holds what its forms give" in text
    assert "1 findings" in text and "3× rejected mentor_hours" in text
    assert "median 1.60 ×" in notes[-1] and "from 1.60 to 2.00" in notes[-1]


def test_skipped_without_servers() -> None:
    assert math.isnan(bench_year_drains.rows([])[0].ours)
    assert bench_year_drains.projection([]) is None


def test_notes_say_each_drains_cpu_a_form_and_what_one_worker_leaves_two() -> None:
    # One worker: 1,600 forms over an 8 s span; its process 11.0 s of CPU of which 1.0 s its start-up,
    # PostgreSQL 2.6 s, Redis 0.4 s: (11.0 - 1.0 + 2.6 + 0.4) / 8 = 1.625 cores, so two cores give two
    # workers at most 2 / 1.625 = 1.23 × its work; they did 8 / 6.5 = 1.23 ×.
    # CPU a form: workers (11.0 - 1.0) / 1600 = 6.25 ms, PostgreSQL 1.625 ms, Redis 0.25 ms.
    statuses = Counter(accepted=1600)
    one = bench_workers.Drain(1, 1600, 1.0, 9.0, 8.0, statuses, Counter(), [11.0], 2.6, 0.4, None, [])
    # Two workers: a 6.5 s span, 6.0 + 6.0 s, PostgreSQL 2.7 s, Redis 0.5 s: workers (12.0 - 2.0) / 1600
    # = 6.25 ms, and (12.0 - 2.0 + 2.7 + 0.5) / 6.5 = 2.03 cores.
    two = bench_workers.Drain(2, 1600, 1.0, 8.0, 6.5, statuses, Counter(), [6.0, 6.0], 2.7, 0.5, None, [])
    mix = bench_year.YearMix([DemoForm("gladsaxe", "year-000-01-00-placement.pdf", b"")])
    notes = bench_year_drains.notes(mix, [bench_worker_rounds.Pair(one, two, False)], startup=1.0, cores=2)
    text = "\n".join(notes)
    assert "two/one 1.23 ×; one worker alone kept 1.62 cores busy" in text
    assert "on 2 cores two can do at most 1.23 times its work" in text
    assert "workers 6.25 ms, PostgreSQL 1.62 ms, Redis 0.25 ms, 1.62 cores busy over the job span" in text
    assert "workers 6.25 ms, PostgreSQL 1.69 ms, Redis 0.31 ms, 2.03 cores busy over the job span" in text
    # On four cores one worker's 1.62 leaves two room for twice its work: no bound to say.
    roomy = "\n".join(
        bench_year_drains.notes(mix, [bench_worker_rounds.Pair(one, two, False)], startup=1.0, cores=4)
    )
    assert "cores busy (its readers" not in roomy and "1.62 cores busy over the job span" in roomy
