"""The `hub` command as an operator runs it, in a process of its own, and a port where no server is.

done = burst_worker(HUB_DATA_DIR=str(tmp_path / "var"), HUB_DATABASE_URL=url)
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from conftest import ROOT, make_app

from hub.extensions import db

HUB = str(Path(sys.executable).parent / "hub")
# How long a `hub` process is given for what it does at once (to start, to say a line, to end): a bound
# for a process that hangs, not a measure. On a loaded machine (CI: two cores, the suite on both) a bare
# `hub --help` took 20 s here, and a `hub serve` more than the 20 s a test gave it to answer.
PATIENCE = 300


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def tree_env(env: Mapping[str, str], *first: str) -> dict[str, str]:
    """`env` with this checkout first on PYTHONPATH, after `first` (folders a test puts ahead of it): a
    child `hub`, `python -m hub` or `python -c "import hub..."` runs the tree under test, not the one
    the virtualenv was installed from (its editable install names another checkout), whatever
    PYTHONPATH the suite itself was started with."""
    kept = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    return {**env, "PYTHONPATH": os.pathsep.join((*first, str(ROOT), *kept))}


def burst_worker(**settings: str) -> subprocess.CompletedProcess[str]:
    """`hub worker --burst` with these settings over the suite's environment (no Redis unless given:
    the process's own queue; the repository's municipalities)."""
    env = {
        **tree_env(os.environ),
        "HUB_SECRET_KEY": "test-secret",
        "HUB_MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "HUB_REDIS_URL": "",
        **settings,
    }
    return subprocess.run(
        [HUB, "worker", "--burst"], env=env, capture_output=True, text=True, timeout=PATIENCE
    )


def operator_env(data_dir: Path) -> dict[str, str]:
    """The environment an operator runs `hub` in over `data_dir` (the `app` fixture's `tmp_path / "var"`),
    the repository's configuration, the process's own queue; none of the suite's other HUB_ settings."""
    return {
        **{k: v for k, v in tree_env(os.environ).items() if not k.startswith("HUB_")},
        "HUB_DATA_DIR": str(data_dir),
        "HUB_SECRET_KEY": "test-secret",
        "HUB_MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "HUB_COMPANY_ADAPTER": str(ROOT / "config" / "company.toml"),
        "HUB_AGREEMENTS_DIR": str(ROOT / "config" / "agreements"),
        "HUB_REDIS_URL": "",
    }


def python_as_operator(data_dir: Path, source: str, *args: str) -> list[str]:
    """The lines `python -c SOURCE ARGS` prints, run in a process of its own in `operator_env(data_dir)`
    from the repository: what a fresh `hub` process imports, which the suite's own has long imported."""
    done = subprocess.run(
        [sys.executable, "-c", source, *args],
        env=operator_env(data_dir),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=PATIENCE,
    )
    return done.stdout.splitlines()


def migrated(tmp_path: Path) -> Path:
    """`tmp_path / "var"` with its SQLite database at the newest schema, as `hub db upgrade` leaves it:
    a copy of the suite's migrated template (tests/fresh_app.py) rather than a `hub` process of its own
    (an interpreter importing the hub, about 2 CPU-s) for a test whose subject is the command after it."""
    app = make_app(tmp_path)
    with app.app_context():
        db.engine.dispose()
    return tmp_path / "var"


def killed(process: subprocess.Popen[Any]) -> None:
    """Kill `process` and every process it started, and wait for it: a test that failed midway leaves
    nothing running, and no Popen still running for the next test's unraisable-exception check (a
    ResourceWarning that turned the next test into an error). `process` was started in a session of its
    own (`start_new_session=True`), so that its group is its children too: the PDF and workbook readers,
    which keep its output open, and which a test may have paused (SIGSTOP: only SIGKILL ends them)."""
    with contextlib.suppress(ProcessLookupError):  # it and every child ended already
        os.killpg(process.pid, signal.SIGKILL)
    if process.poll() is None:  # started without a session of its own: it alone, then
        process.kill()
    process.wait(timeout=PATIENCE)


class Running:
    """`hub ARGS` in a process of its own, what it says (standard output and error) read as it says it,
    so that a test waits for a line rather than for a time. Used as a context manager: on the way out it
    is killed with every process it started (`killed`), whether the test passed or failed."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [HUB, *args],
            env=tree_env(env),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # its readers in its group: `killed` reaches them too
        )
        self.lines: list[str] = []
        self._new: queue.Queue[str | None] = queue.Queue()
        self._reading = threading.Thread(target=self._read, daemon=True)
        self._reading.start()

    def __enter__(self) -> Running:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Kill it and every process it started, wait for it, and stop reading what it said."""
        killed(self.process)
        self._reading.join(timeout=PATIENCE)

    def _read(self) -> None:
        assert self.process.stdout is not None
        with self.process.stdout:
            for line in self.process.stdout:
                self._new.put(line.rstrip("\n"))
        self._new.put(None)

    def said(self, text: str, seconds: float = PATIENCE, meanwhile: Callable[[], None] | None = None) -> None:
        """Wait until a line holding `text` has been said, calling `meanwhile` every 50 ms."""
        deadline = time.monotonic() + seconds
        while not any(text in line for line in self.lines):
            assert time.monotonic() < deadline, f"{text!r} not said in {seconds} s:\n" + "\n".join(self.lines)
            if meanwhile is not None:
                meanwhile()
            try:
                line = self._new.get(timeout=0.05)
            except queue.Empty:
                continue
            assert line is not None, f"ended before {text!r} was said:\n" + "\n".join(self.lines)
            self.lines.append(line)

    def ended(self, seconds: float = PATIENCE) -> int:
        """Its exit code, once everything it said is read (a failure if it has not ended in `seconds`;
        then it is killed, with its readers, and waited for)."""
        try:
            code = self.process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            self.close()
            raise AssertionError(f"not ended in {seconds} s:\n" + "\n".join(self.lines)) from None
        # Its output ends when its readers have gone too (they share it): they leave as it does, or are
        # killed here if they did not.
        self._reading.join(timeout=PATIENCE)
        if self._reading.is_alive():
            self.close()
        while not self._new.empty() and (line := self._new.get()) is not None:
            self.lines.append(line)
        return code
