"""Bench the auditor's completeness, whole against streamed: peak memory (tracemalloc) and seconds at 100,
1,000 and 10,000 placements, each case in a fresh process.

- `api whole`: every row in one object, dumped by `CompletenessOut` and `app.json.response` (the API's
  path before it streamed; still its path where the app indents its JSON);
- `api streamed`: `hub.api.streamed_json`, the body read and dropped piece by piece, with its ETag;
- `page whole`: every placement's checks in a list (`list(completeness.checks)`, the page's path before
  it was paged);
- `page streamed`: `audit_page.check`, one pass keeping a page of 50;
- `page again`: the same page viewed a second time in the process (the first view, untimed, before it):
  what a page view costs once the period's totals are known (decision 0012, "The auditor's page").

Peak memory is tracemalloc's peak of Python allocations during the case, from a fresh start (what the
task itself holds, not the interpreter's); never fails on numbers. The placements are Gladsaxe's
(`tools.bench_data`), the period September 2026, read as Gladsaxe's auditor (CPR masked).

Run: `.venv/bin/python -m tools.bench_completeness [--sizes 100 1000 10000]`.
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from flask import Flask, Response
from sqlalchemy import select

from hub.access import Principal
from hub.api.audit_shapes import CompletenessOut
from hub.api.streamed_json import streamed
from hub.extensions import db
from hub.periods import parse_period
from hub.services import audit_page, completeness, outbound_reads
from tools import bench_outbound
from tools.bench_outbound import make_app, prepare

SIZES = (100, 1000, 10_000)
AUDITOR = Principal(
    1, "bench-auditor", "auditor", "159", audit_start=date(2026, 1, 1), audit_end=date(2026, 12, 31)
)
PERIOD = "2026-09"


def _api(streamed_: bool) -> Callable[[Flask], int]:
    def task(app: Flask) -> int:

        def fill(write_row: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
            return outbound_reads.completeness_of(db.session, AUDITOR, "159", parse_period(PERIOD), write_row)

        with app.test_request_context(headers={"Authorization": "Bearer bench"}):
            if not streamed_:
                rows: list[dict[str, Any]] = []
                whole = {**fill(rows.append), "placements": rows}
                answer = app.json.response(CompletenessOut().dump(whole))
                assert isinstance(answer, Response)
                return len(answer.get_data())
            response = streamed(CompletenessOut, "placements", fill)
            assert not isinstance(response, dict)
            return sum(len(piece) for piece in response.response)

    return task


def _page(streamed_: bool) -> Callable[[Flask], int]:
    def task(app: Flask) -> int:

        period = parse_period(PERIOD)
        if not streamed_:
            return len(list(completeness.checks(db.session, completeness.scope(db.session, "159", period))))
        return len(audit_page.check(db.session, AUDITOR, period, 1, 50).rows)

    return task


def _page_again(app: Flask) -> int:
    period = parse_period(PERIOD)
    return len(audit_page.check(db.session, AUDITOR, period, 2, 50).rows)


def _first_view(app: Flask) -> None:
    """The view before `page again`: page 1, untimed."""
    with app.app_context():
        audit_page.check(db.session, AUDITOR, parse_period(PERIOD), 1, 50)
        db.session.commit()


TASKS: dict[str, Callable[[Flask], int]] = {
    "api whole": _api(False),
    "api streamed": _api(True),
    "page whole": _page(False),
    "page streamed": _page(True),
    "page again": _page_again,
}
BEFORE: dict[str, Callable[[Flask], None]] = {"page again": _first_view}


def run_one(task: str, data_dir: Path) -> dict[str, float]:
    """One task in this process: seconds, tracemalloc's peak in MB, and its result's size."""
    app = make_app(data_dir)
    if task in BEFORE:
        BEFORE[task](app)
    with app.app_context():
        db.session.execute(select(1))  # the connection opened before measuring
        tracemalloc.start()
        started = time.perf_counter()
        size = TASKS[task](app)
        seconds = time.perf_counter() - started
        _now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return {"seconds": seconds, "peak_mb": peak / 2**20, "size": size}


def measure(task: str, data_dir: Path) -> dict[str, float]:
    """Run one task in a fresh interpreter."""
    return bench_outbound.measure(task, data_dir, "tools.bench_completeness")


def main(argv: list[str] | None = None) -> None:
    """Measure every task at every size, print the table."""
    args = bench_outbound.arguments(__doc__, SIZES, TASKS, run_one, argv)
    if args is None:
        return
    lines = ["placements   task            seconds   peak MB (tracemalloc)   result"]
    for count in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            prepare(Path(folder), count)
            for task in args.tasks:
                got = measure(task, Path(folder))
                seconds, peak = got["seconds"], got["peak_mb"]
                lines.append(f"{count:>10,}   {task:<13} {seconds:>9.2f} {peak:>23.1f}   {got['size']:,.0f}")
                print(lines[-1], file=sys.stderr)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
