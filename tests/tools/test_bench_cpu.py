"""CPU seconds from /proc for the bench's account of who used the cores."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
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


# A parent of the test's own whose child burns 0.4 s, says its pid and sleeps, alive and not reaped. The tree
# is only processes this test starts: this pytest process's children also include whatever earlier tests
# left running (the Playwright driver and Chromium of the browser tests, tests/chromium.py), whose idle
# ticks would let "the tree counts its living children" pass with a tree that counted none of them.
SLEEPER = f"{BURN}import os\nprint(os.getpid(), flush=True)\ntime.sleep(30)\n"
PARENT = f"import subprocess, sys\nsubprocess.run([sys.executable, '-c', {SLEEPER!r}])\n"


def test_a_tree_counts_its_living_children_and_knows_who_is_whose() -> None:
    with subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE) as process:
        assert process.stdout is not None
        child = int(process.stdout.readline())  # the child has burnt its 0.4 s
        try:
            assert bench_cpu.children(process.pid) == [child]
            assert bench_cpu.parent(child) == process.pid
            # The parent's own first: the clock moves on before the tree's is read, never back.
            own = bench_cpu.cpu_seconds(process.pid)
            assert own is not None
            tree = bench_cpu.tree_seconds(process.pid)
            assert tree is not None and tree - own >= 0.35  # the living child's 0.4 s, in ticks of 0.01 s
        finally:
            os.kill(child, signal.SIGKILL)


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
