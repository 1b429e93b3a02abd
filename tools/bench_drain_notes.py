"""The bench's notes on the workers' drains: rates, who used the CPU, what the CPU a form allows on two
cores, and how far a second worker can go on this machine (`tools.bench` prints them)."""

from __future__ import annotations

import os
from collections.abc import Sequence

from tools import bench_scale, bench_workers
from tools.bench_report import NATIONAL_FORMS, cores, num


def cpu_text(value: float | None) -> str:
    """`12.3 s`, or "not measured"."""
    return "not measured" if value is None else f"{value:.1f} s"


def others_text(drain: bench_workers.Drain) -> str:
    """What the rest of the machine took while the drain ran (the host's busy CPU less the drain's
    processes), so that a figure from a busy host is seen as one; "" when the host was not measured."""
    if drain.host_cpu is None:
        return ""
    used = sum(c for c in [*drain.worker_cpu, drain.postgres_cpu, drain.redis_cpu] if c is not None)
    # The servers' figures are read a moment after the host's: a small negative rest is that moment.
    others = max(drain.host_cpu - used, 0.0)
    # /proc/stat counts every core of the machine: under a twentieth of what they all give is noise.
    idle = "an idle host" if others < 0.05 * cores() * drain.wall else "the host was not idle"
    return f"; the rest of the host {others:.1f} s ({idle})"


def drain_notes(
    drains: Sequence[bench_workers.Drain], storage: float | None, startup: float = 0.0
) -> list[str]:
    """Per drain: rates, wall time, who used the CPU, and what the CPU per form allows on two cores
    (each worker's `startup` CPU seconds left out: start-up is not per form); then the PostgreSQL
    storage floor's line, unless `storage` is None."""
    out = []
    for d in drains:
        outcome = ", ".join(f"{n} {s}" for s, n in sorted(d.statuses.items()))
        used = [c for c in [*d.worker_cpu, d.postgres_cpu, d.redis_cpu] if c is not None]
        workers = " + ".join(cpu_text(c) for c in d.worker_cpu)
        out.append(
            f"{d.workers} worker(s): {d.forms} forms, {d.rate:.1f} forms/s over the job span {d.span:.2f} s; "
            f"wall {d.wall:.2f} s with process start-up ({d.forms / d.wall:.1f} forms/s); submitting and "
            f"queueing beforehand {d.submit:.2f} s; {outcome}"
        )
        out.append(
            f"  CPU during the drain: worker(s) {workers}, PostgreSQL {cpu_text(d.postgres_cpu)}, Redis "
            f"{cpu_text(d.redis_cpu)}; together {sum(used):.1f} s of the {2 * d.wall:.1f} s two cores give "
            f"in {d.wall:.2f} s wall ({sum(used) / (2 * d.wall):.0%})" + others_text(d)
        )
        if (shares := per_form(d, startup)) is not None:
            workers_ms, database, queue = shares
            total = workers_ms + database + queue
            out.append(
                f"  CPU per form (start-up left out): workers {workers_ms:.1f} ms, PostgreSQL "
                f"{database:.1f} ms, Redis {queue:.1f} ms, {total:.1f} ms in all: two cores give at most "
                f"{2000 / total:.0f} forms/s, {NATIONAL_FORMS * total / 2000 / 60:.0f} min for a million"
            )
        out.extend(f"  {n}× failed: {error}" for error, n in d.errors.most_common())
    if storage is not None:
        out.append(f"  PostgreSQL storage floor (bare bulk insert of the same rows): {num(storage)} docs/s")
    return out


def per_form(drain: bench_workers.Drain, startup: float = 0.0) -> tuple[float, float, float] | None:
    """The drain's CPU milliseconds a form in its workers (each one's `startup` CPU seconds left out),
    PostgreSQL and Redis; None when the workers' or PostgreSQL's were not measured."""
    if drain.postgres_cpu is None or not drain.worker_cpu or None in drain.worker_cpu:
        return None
    workers = 1000 * (sum(c or 0.0 for c in drain.worker_cpu) - startup * drain.workers) / drain.forms
    return workers, 1000 * drain.postgres_cpu / drain.forms, 1000 * (drain.redis_cpu or 0.0) / drain.forms


def busy_cores(drain: bench_workers.Drain, startup: float = 0.0) -> float | None:
    """Cores the drain's processes kept busy over its job span: the workers (their readers included),
    PostgreSQL and Redis, each worker's `startup` CPU seconds left out (None: not measured)."""
    cpu = [*drain.worker_cpu, drain.postgres_cpu]
    if not drain.span or not drain.worker_cpu or None in cpu:
        return None
    return (sum(c or 0.0 for c in cpu) + (drain.redis_cpu or 0.0) - startup * drain.workers) / drain.span


def scale_note(
    scale: bench_scale.ScaleOut,
    drains: Sequence[bench_workers.Drain],
    startup: float = 0.0,
    cores: int | None = None,
) -> str:
    """What a second busy process adds on this machine, beside what the second worker added, and the
    most a second worker can add when one alone already keeps more than half the `cores` busy
    (default: the cores this process may run on)."""
    line = (
        f"the machine's own scale-out: two busy Python loops at once took {scale.two:.2f} s where one alone "
        f"took {scale.one:.2f} s, {scale.ratio:.2f} times the work of one (2.00: two full cores); no two "
        "workers can do better than that against one"
    )
    if len(drains) == 2 and drains[0].rate:
        workers = drains[1].rate / drains[0].rate
        line += f"; the workers' {workers:.2f} is {workers / scale.ratio:.0%} of it"
        bound = bound_text(drains[0], startup, cores)
        if bound is not None:
            line += f"; {bound}"
    return line


def bound_text(one: bench_workers.Drain, startup: float = 0.0, cores: int | None = None) -> str | None:
    """The most two workers can do against `one` worker's drain on `cores` cores (default: the cores
    this process may run on), when that one alone kept more than half of them busy; else None."""
    cores = cores or len(os.sched_getaffinity(0))
    busy = busy_cores(one, startup)
    if busy is None or busy <= cores / 2:
        return None
    # The same CPU per form in both drains: two workers' rate against one's is at most the cores there
    # are against the cores one already kept busy (its readers run beside it).
    return (
        f"one worker alone kept {busy:.2f} cores busy (its readers and PostgreSQL beside it), so on "
        f"{cores} cores two can do at most {cores / busy:.2f} times its work"
    )
