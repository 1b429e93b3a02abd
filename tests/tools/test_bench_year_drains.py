"""The year's mix in the bench's summary: its rows, its projection and its notes, from given drains."""

from __future__ import annotations

import math
from collections import Counter

from simulator_support import fixture_script

from hub.services.demo import DemoForm

bench_workers = fixture_script("bench_workers")
bench_year = fixture_script("bench_year")
bench_year_drains = fixture_script("bench_year_drains")


def _drain(workers: int, span: float, wrong: list[str], rejected: int = 0) -> object:
    statuses = Counter(accepted=1600 - rejected, rejected=rejected)
    return bench_workers.Drain(
        workers, 1600, 1.0, span + 1, span, statuses, Counter(), [None] * workers, None, None, None, wrong
    )


def test_rows_and_projection_from_the_two_drains() -> None:
    one, two = _drain(1, 16.0, []), _drain(2, 10.0, ["3× rejected mentor_hours: no placement"], 3)
    rows = bench_year_drains.rows([one, two])
    assert [r.target for r in rows] == [1.6, 1.0]
    assert rows[0].ours == 160.0 and rows[0].floor == 100.0  # 1,600 forms in 10 s against 16 s
    assert rows[1].floor == 280.0
    # 1,000,000 forms at 160 forms/s: 6,250 s, 104 minutes.
    line = bench_year_drains.projection([one, two]) or ""
    assert "1,000,000 forms in 104 min" in line
    assert line.endswith("but 3 of its 1600 forms were not accepted")  # the second drain's
    assert "not accepted" not in (bench_year_drains.projection([two, one]) or "")
    notes = bench_year_drains.notes(
        bench_year.YearMix([DemoForm("gladsaxe", "year-000-01-00-placement.pdf", b"")]), [one, two]
    )
    assert "every citizen holds what its forms give" in notes[1]
    assert "1 findings" in notes[2] and "3× rejected mentor_hours" in notes[3]


def test_skipped_without_servers() -> None:
    assert math.isnan(bench_year_drains.rows([])[0].ours)
    assert bench_year_drains.projection([]) is None
