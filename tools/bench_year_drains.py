"""The workers' bench on a year's mix (`tools.bench_year`): one worker and two on PostgreSQL + Redis,
each drain's store checked against the mix afterwards, beside the placement-only mix of history."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from pathlib import Path

from tools import bench_workers, bench_year
from tools.bench_report import NATIONAL_FORMS, NATIONAL_RATE, Row
from tools.bench_year import YearMix


def drains(mix: YearMix, redis_url: str, database_url: str, tmp: Path) -> list[bench_workers.Drain]:
    """One worker, then two, on the mix, submitted day by day; each drain's store checked."""
    check = functools.partial(bench_year.check, mix=mix)
    return [
        bench_workers.drain(n, mix.forms, redis_url, database_url, tmp, by_day=True, check=check)
        for n in (1, 2)
    ]


def notes(mix: YearMix, done: Sequence[bench_workers.Drain]) -> list[str]:
    """What the mix holds, and per drain its rate, outcome and what the check found."""
    kinds = ", ".join(f"{n} {kind}" for kind, n in bench_year.proportions(mix.forms).most_common())
    out = [f"a year's mix: {len(mix.forms)} forms of {len(mix.records)} citizens ({kinds}), by day"]
    for d in done:
        outcome = ", ".join(f"{n} {s}" for s, n in sorted(d.statuses.items()))
        wrong = (
            "every citizen holds what its forms give"
            if not d.wrong
            else f"{len(d.wrong)} findings, the first five below"
        )
        out.append(
            f"  {d.workers} worker(s): {d.rate:.1f} forms/s over the job span {d.span:.2f} s; submitted "
            f"by day beforehand in {d.submit:.2f} s; {outcome}; " + wrong
        )
        out.extend(f"    {line}" for line in (d.wrong or [])[:5])
        out.extend(f"    {n}× failed: {error}" for error, n in d.errors.most_common())
    return out


def rows(done: Sequence[bench_workers.Drain]) -> list[Row]:
    """The year's mix in the summary: two workers against one, and against the national rate."""
    if len(done) != 2:
        return [Row("a year's mix on PG+Redis: skipped, no real servers", math.nan)]
    one, two = done
    return [
        Row(f"2 workers vs 1, PG+Redis, a year's mix of {two.forms} forms", two.rate, one.rate, 1.6),
        Row(
            "2 workers, a year's mix, forms/s vs 280/s (a national year in an hour)",
            two.rate,
            NATIONAL_RATE,
            1.0,
        ),
    ]


def projection(done: Sequence[bench_workers.Drain]) -> str | None:
    """The national year at the two workers' rate on the year's mix, as the placement mix's line says it."""
    if len(done) != 2:
        return None
    rate, refused = done[1].rate, sum(n for status, n in done[1].statuses.items() if status != "accepted")
    line = (
        f"projection, a year's mix: {NATIONAL_FORMS:,} forms in {NATIONAL_FORMS / rate / 60:.0f} min with "
        f"two workers at {rate:.1f} forms/s on this machine (target: under 60 min, {NATIONAL_RATE:g} forms/s)"
    )
    # A rate of forms lost is no rate of a year stored: said on the line itself.
    return line + (f"; but {refused} of its {done[1].forms} forms were not accepted" if refused else "")
