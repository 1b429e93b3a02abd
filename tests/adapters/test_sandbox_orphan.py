"""A reader child whose parent (an rq worker) is killed mid-document leaves without a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

# The parent: one sandboxed task that outlives the parent's own death.
PARENT = "import time\nfrom hub.adapters.readers import sandbox\nsandbox.run(time.sleep, 3)\n"


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def test_a_child_whose_parent_was_killed_exits_quietly() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 20
    while not _children(parent.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(_children(parent.pid)) == 1
    time.sleep(1)  # the child has its settings and is sleeping in the task
    os.kill(parent.pid, signal.SIGKILL)
    # The child inherited the parent's stderr: the pipe ends when the child has gone too, after it
    # finished the task and found nobody to answer.
    _, stderr = parent.communicate(timeout=20)
    assert parent.returncode == -signal.SIGKILL
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert stderr == ""
