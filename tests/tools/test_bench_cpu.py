"""CPU seconds from /proc for the bench's account of who used the cores."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from simulator_support import fixture_script

bench_cpu = fixture_script("bench_cpu")

pytestmark = pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs Linux /proc")

BURN = "import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass\n"


def test_a_finished_process_reports_the_cpu_it_burnt_children_included() -> None:
    # The child burns 0.4 s itself and waits for a grandchild that burns 0.4 s more.
    code = f"import subprocess, sys\nsubprocess.run([sys.executable, '-c', {BURN!r}])\n{BURN}"
    process = subprocess.Popen([sys.executable, "-c", code])
    exit_code, seconds = bench_cpu.wait_with_cpu(process)
    assert exit_code == 0
    assert seconds is not None and 0.75 <= seconds < 5


def test_children_and_parent() -> None:
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"])
    try:
        deadline = time.monotonic() + 5
        while process.pid not in bench_cpu.children(os.getpid()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.pid in bench_cpu.children(os.getpid())
        assert bench_cpu.parent(process.pid) == os.getpid()
        # Our own time first: the clock moves on before the tree's is read, never back.
        own = bench_cpu.cpu_seconds(os.getpid())
        assert own is not None
        assert bench_cpu.tree_seconds(os.getpid()) >= own
    finally:
        process.kill()
        process.wait()


def test_a_process_that_is_gone_has_no_figures() -> None:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    assert bench_cpu.cpu_seconds(process.pid) is None
    assert bench_cpu.tree_seconds(None) is None


def test_host_seconds_counts_every_busy_state_but_idle_and_iowait(tmp_path: Path) -> None:
    # cpu  user nice system idle iowait irq softirq steal guest guest_nice, in clock ticks.
    stat = tmp_path / "stat"
    stat.write_text("cpu  100 20 30 5000 700 4 6 40 0 0\ncpu0 50 10 15 2500 350 2 3 20 0 0\n")
    ticks = os.sysconf("SC_CLK_TCK")
    assert bench_cpu.host_seconds(stat) == (100 + 20 + 30 + 4 + 6 + 40) / ticks
    assert bench_cpu.host_seconds(tmp_path / "missing") is None
