"""The workers' bench on a year's mix (`tools.bench_year`): one worker against two on PostgreSQL +
Redis in pairs whose order turns round every pair (`tools.bench_worker_rounds`, as the demo's mix is
timed), each drain's store checked against the mix afterwards."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from pathlib import Path

from tools import bench_worker_rounds, bench_workers, bench_year
from tools.bench_drain_notes import bound_text, busy_cores, others_text, per_form
from tools.bench_report import NATIONAL_FORMS, NATIONAL_RATE, Row
from tools.bench_worker_rounds import Pair
from tools.bench_year import YearMix


def drains(
    mix: YearMix, redis_url: str, database_url: str, tmp: Path, count: int = bench_worker_rounds.PAIRS
) -> list[Pair]:
    """`count` pairs of drains of the mix, one worker and two, submitted day by day; each store checked."""
    check = functools.partial(bench_year.check, mix=mix)

    def drain(workers: int) -> bench_workers.Drain:
        return bench_workers.drain(workers, mix.forms, redis_url, database_url, tmp, by_day=True, check=check)

    return bench_worker_rounds.pairs(drain, count)


def _refused(drain: bench_workers.Drain) -> int:
    return sum(n for status, n in drain.statuses.items() if status != "accepted")


def cpu_a_form(drain: bench_workers.Drain, startup: float) -> str:
    """The drain's CPU a form by process (`per_form`) and the cores they kept busy over the job span
    ("" when a figure was not measured)."""
    shares, busy = per_form(drain, startup), busy_cores(drain, startup)
    if shares is None or busy is None:
        return ""
    workers, database, queue = shares
    return (
        f"; CPU a form (start-up left out): workers {workers:.2f} ms, PostgreSQL {database:.2f} ms, Redis "
        f"{queue:.2f} ms, {busy:.2f} cores busy over the job span"
    )


def notes(mix: YearMix, done: Sequence[Pair], startup: float = 0.0, cores: int | None = None) -> list[str]:
    """What the mix holds; per pair its ratio, what the one-worker drain leaves two workers on this
    machine's cores (`bound_text`), and per drain its rate, CPU a form (each worker's `startup` CPU
    seconds left out), outcome and what the check found; then the median pair and the range. `cores`: the
    machine's (default: those this process may run on)."""
    kinds = ", ".join(f"{n} {kind}" for kind, n in bench_year.proportions(mix.forms).most_common())
    out = [f"a year's mix: {len(mix.forms)} forms of {len(mix.records)} citizens ({kinds}), by day"]
    for number, pair in enumerate(done, start=1):
        turn = "two workers first" if pair.two_first else "one worker first"
        bound = bound_text(pair.one, startup, cores)
        out.append(
            f"  year's mix pair {number} ({turn}): two/one {pair.ratio:.2f} ×"
            + (f"; {bound}" if bound else "")
        )
        for d in pair.timed:
            outcome = ", ".join(f"{n} {s}" for s, n in sorted(d.statuses.items()))
            wrong = (
                "every citizen holds what its forms give"
                if not d.wrong
                else f"{len(d.wrong)} findings, the first five below"
            )
            out.append(
                f"    {d.workers} worker(s): {d.rate:.1f} forms/s over the job span {d.span:.2f} s; "
                f"submitted by day beforehand in {d.submit:.2f} s; {outcome}; "
                + wrong
                + cpu_a_form(d, startup)
                + others_text(d)
            )
            out.extend(f"      {line}" for line in (d.wrong or [])[:5])
            out.extend(f"      {n}× failed: {error}" for error, n in d.errors.most_common())
    if done:
        ratios = [pair.ratio for pair in done]
        middle = bench_worker_rounds.median_pair(done)
        out.append(
            f"  the year's mix over {len(done)} pairs: median {middle.ratio:.2f} × ({middle.two.rate:.1f} "
            f"against {middle.one.rate:.1f} forms/s), from {min(ratios):.2f} to {max(ratios):.2f}"
        )
    return out


def rows(done: Sequence[Pair]) -> list[Row]:
    """The year's mix in the summary: two workers against one (the median pair), and the two workers'
    median rate against the national rate."""
    if not done:
        return [Row("a year's mix on PG+Redis: skipped, no real servers", math.nan)]
    middle = bench_worker_rounds.median_pair(done)
    return [
        Row(
            f"2 workers vs 1, PG+Redis, a year's mix of {middle.two.forms} forms "
            f"(median of {len(done)} pairs)",
            middle.two.rate,
            middle.one.rate,
            1.6,
        ),
        Row(
            "2 workers, a year's mix, forms/s vs 280/s (a national year in an hour; median)",
            bench_worker_rounds.two_rate(done),
            NATIONAL_RATE,
            1.0,
        ),
    ]


def projection(done: Sequence[Pair]) -> str | None:
    """The national year at the two workers' median rate on the year's mix, as the placement mix's line
    says it; a drain that did not accept every form is said on the line."""
    if not done:
        return None
    rate = bench_worker_rounds.two_rate(done)
    line = (
        f"projection, a year's mix: {NATIONAL_FORMS:,} forms in {NATIONAL_FORMS / rate / 60:.0f} min with "
        f"two workers at {rate:.1f} forms/s on this machine (target: under 60 min, {NATIONAL_RATE:g} forms/s)"
    )
    # A rate of forms lost is no rate of a year stored: said on the line itself.
    refused = max(_refused(d) for pair in done for d in (pair.one, pair.two))
    lost = f"; but up to {refused} of its {done[0].two.forms} forms were not accepted" if refused else ""
    return line + lost
