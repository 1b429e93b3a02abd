"""The `hub` command as an operator runs it, in a process of its own, and a port where no server is.

done = burst_worker(HUB_DATA_DIR=str(tmp_path / "var"), HUB_DATABASE_URL=url)
"""

from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from conftest import ROOT

HUB = str(Path(sys.executable).parent / "hub")


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def burst_worker(**settings: str) -> subprocess.CompletedProcess[str]:
    """`hub worker --burst` with these settings over the suite's environment (no Redis unless given:
    the process's own queue; the repository's municipalities)."""
    env = {
        **os.environ,
        "HUB_SECRET_KEY": "test-secret",
        "HUB_MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "HUB_REDIS_URL": "",
        **settings,
    }
    return subprocess.run([HUB, "worker", "--burst"], env=env, capture_output=True, text=True, timeout=120)


def operator_env(data_dir: Path) -> dict[str, str]:
    """The environment an operator runs `hub` in over `data_dir` (the `app` fixture's `tmp_path / "var"`),
    the repository's configuration, the process's own queue; none of the suite's other HUB_ settings."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("HUB_")},
        "HUB_DATA_DIR": str(data_dir),
        "HUB_SECRET_KEY": "test-secret",
        "HUB_MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "HUB_COMPANY_ADAPTER": str(ROOT / "config" / "company.toml"),
        "HUB_AGREEMENTS_DIR": str(ROOT / "config" / "agreements"),
        "HUB_REDIS_URL": "",
    }


class Running:
    """`hub ARGS` in a process of its own, what it says (standard output and error) read as it says it,
    so that a test waits for a line rather than for a time."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [HUB, *args], env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.lines: list[str] = []
        self._new: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        with self.process.stdout:
            for line in self.process.stdout:
                self._new.put(line.rstrip("\n"))
        self._new.put(None)

    def said(self, text: str, seconds: float = 120, meanwhile: Callable[[], None] | None = None) -> None:
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

    def ended(self) -> int:
        """Its exit code, once everything it said is read (killed if it has not ended in 120 s)."""
        try:
            code = self.process.wait(timeout=120)
        finally:
            if self.process.poll() is None:
                self.process.kill()
        while (line := self._new.get(timeout=30)) is not None:
            self.lines.append(line)
        return code
