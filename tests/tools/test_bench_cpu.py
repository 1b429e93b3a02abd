"""CPU seconds from /proc for the bench's account of who used the cores."""

from __future__ import annotations

import os
import subprocess
import sys
import time

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
