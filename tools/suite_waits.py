"""A pytest plugin that counts, per test, the seconds the suite waits rather than works, and its CPU.

Not part of the suite: a measuring tool (decision 0032, stop 55). Loaded by name, on any run:

    PYTHONPATH=$PWD .venv/bin/pytest -p tools.suite_waits -n 2 --dist loadfile tests/...
    .venv/bin/python -m tools.suite_waits var/suite-waits      # the sums, by file and by call site

While it counts, `time.sleep`, `threading.Condition.wait` with a timeout (so `Event.wait`, queue and
future waits) and Playwright's `Page.wait_for_timeout` are wrapped: a sleep counts the seconds asked, a
wait the seconds it took. Waits in the test's own (main) thread are what hold a test up; those of other
threads (lease renewers, reader pools) are counted apart. CPU is `getrusage` of the process (all its
threads) and of its waited-for children, per phase. Each worker appends one JSON line per test to
`$SUITE_WAITS_OUT/<worker>.jsonl` (default var/suite-waits), so a run cut short still has its figures;
the wall clock is recorded too, but on a shared host it measures the load, not the suite."""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time
import traceback
from collections import defaultdict
from collections.abc import Callable, Generator, Iterable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
_real_sleep = time.sleep
_real_wait = threading.Condition.wait
_state: dict[str, str] = {"test": "<collection>"}
_rows: defaultdict[str, defaultdict[str, float]] = defaultdict(lambda: defaultdict(float))
# test -> "kind site" -> seconds
_sites: defaultdict[str, defaultdict[str, float]] = defaultdict(lambda: defaultdict(float))
_lock = threading.Lock()


def _site() -> str:
    """The innermost frame of this repository that asked for the wait (a library's own if none)."""
    frames = traceback.extract_stack(limit=14)[:-3]
    for frame in reversed(frames):
        if frame.filename.startswith(str(ROOT)) and not frame.filename.endswith("suite_waits.py"):
            return f"{Path(frame.filename).relative_to(ROOT)}:{frame.lineno}"
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"


def note(kind: str, seconds: float) -> None:
    """Count `seconds` of `kind` for the running test, apart for threads other than the main one."""
    main = threading.current_thread() is threading.main_thread()
    key = kind if main else f"{kind}_bg"
    with _lock:
        _rows[_state["test"]][key] += seconds
        if main:
            _sites[_state["test"]][f"{kind} {_site()}"] += seconds


def _sleep(seconds: float) -> None:
    note("sleep", float(seconds))
    _real_sleep(seconds)


def _wait(self: threading.Condition, timeout: float | None = None) -> bool:
    started = time.monotonic()
    try:
        return _real_wait(self, timeout)
    finally:
        if timeout is not None:  # an unbounded wait is for another thread's work, not a pause
            note("wait", time.monotonic() - started)


def _wrap_playwright() -> None:
    try:
        from playwright.sync_api._generated import Page
    except ImportError:
        return
    original: Callable[[Page, float], None] = Page.wait_for_timeout

    def wait_for_timeout(self: Page, timeout: float) -> None:
        note("browser", timeout / 1000)
        original(self, timeout)

    Page.wait_for_timeout = wait_for_timeout  # type: ignore[method-assign,assignment]


def install() -> None:
    """Wrap the waits. Done as `-p` imports this module, before conftest.py imports the hub: a module's
    `from time import sleep` binds the function it finds then."""
    time.sleep = _sleep  # type: ignore[assignment]
    threading.Condition.wait = _wait  # type: ignore[method-assign]
    _wrap_playwright()


def _cpu() -> tuple[float, float]:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _phase(item: pytest.Item, phase: str) -> Generator[None, None, None]:
    _state["test"] = item.nodeid
    cpu, children = _cpu()
    wall = time.monotonic()
    yield
    cpu_after, children_after = _cpu()
    row = _rows[item.nodeid]
    row[f"cpu_{phase}"] += cpu_after - cpu
    row[f"children_{phase}"] += children_after - children
    row[f"wall_{phase}"] += time.monotonic() - wall


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, None, None]:
    """CPU and waits of the test's fixtures."""
    yield from _phase(item, "setup")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """CPU and waits of the test's body."""
    yield from _phase(item, "call")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, None, None]:
    """CPU and waits of its teardown; then the test's line is written."""
    yield from _phase(item, "teardown")
    _state["test"] = "<between tests>"
    out = Path(os.environ.get("SUITE_WAITS_OUT", ROOT / "var" / "suite-waits"))
    out.mkdir(parents=True, exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    line = {"test": item.nodeid, **_rows.pop(item.nodeid), "sites": dict(_sites.pop(item.nodeid, {}))}
    with (out / f"{worker}.jsonl").open("a", encoding="utf-8") as file:
        file.write(json.dumps(line) + "\n")


def summarise(rows: Iterable[dict[str, Any]], top: int = 25) -> list[str]:
    """Lines of the sums: every figure over all tests, then files and call sites by main-thread wait."""
    totals: defaultdict[str, float] = defaultdict(float)
    files: defaultdict[str, defaultdict[str, float]] = defaultdict(lambda: defaultdict(float))
    sites: defaultdict[str, float] = defaultdict(float)
    for row in rows:
        figures = {k: float(v) for k, v in row.items() if isinstance(v, int | float)}
        per_file = files[row["test"].split("::")[0]]
        for key, value in figures.items():
            totals[key] += value
            per_file[key] += value
        per_file["tests"] += 1
        per_file["waited"] += sum(figures.get(k, 0.0) for k in ("sleep", "wait", "browser"))
        per_file["cpu"] += sum(v for k, v in figures.items() if k.startswith(("cpu_", "children_")))
        for site, seconds in row.get("sites", {}).items():
            sites[site] += seconds
    lines = [f"{sum(f['tests'] for f in files.values()):.0f} tests"]
    lines += [f"  {key:<18} {value:10.1f}" for key, value in sorted(totals.items())]
    lines.append("files by seconds waited in the main thread (sleep + timed waits + browser pauses):")
    for name, per in sorted(files.items(), key=lambda kv: -kv[1]["waited"])[:top]:
        lines.append(f"  {per['waited']:8.1f} s  cpu {per['cpu']:8.1f} s  {per['tests']:5.0f} tests  {name}")
    lines.append("call sites by seconds waited in the main thread:")
    ranked = sorted(sites.items(), key=lambda kv: -kv[1])[:top]
    lines += [f"  {seconds:8.1f} s  {site}" for site, seconds in ranked]
    return lines


def main(argv: list[str]) -> int:
    """Print the sums of a run's lines (the folder `SUITE_WAITS_OUT` named)."""
    folder = Path(argv[0] if argv else ROOT / "var" / "suite-waits")
    rows = [json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.open()]
    print("\n".join(summarise(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
elif "pytest" in sys.modules:  # loaded as a plugin (`-p tools.suite_waits`)
    install()
