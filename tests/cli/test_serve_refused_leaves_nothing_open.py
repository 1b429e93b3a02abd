"""`hub serve` on a port another program holds: said in one line of each language (exit 2), and
nothing of waitress's left behind: its listening socket, the pipe it wakes its loop with and its
request threads were made before the bind failed, and were left open until the process ended (a
ResourceWarning, a file descriptor and eight threads lost a try in a process that goes on)."""

from __future__ import annotations

import gc
import os
import socket
import threading
import warnings
from typing import Any


def _open(kind: str) -> int:
    """How many of this process's file descriptors are a `kind` ("socket", "pipe")."""
    found = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            found += os.readlink(f"/proc/self/fd/{fd}").startswith(kind + ":")
        except OSError:  # the listing's own descriptor, closed by now
            continue
    return found


def _waitress_threads() -> int:
    return sum(t.name.startswith("waitress-") for t in threading.enumerate())


def test_a_port_in_use_is_said_once_and_leaves_no_socket_pipe_or_thread(runner: Any) -> None:
    runner.invoke(args=["db", "upgrade"])
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        before = (_open("socket"), _open("pipe"), _waitress_threads())
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ResourceWarning)
            result = runner.invoke(args=["serve", "--port", str(port)])
            gc.collect()
        after = (_open("socket"), _open("pipe"), _waitress_threads())
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line]
    assert lines == [
        f"error: cannot listen on 127.0.0.1:{port} (Address already in use): is another hub running there?"
        " Give --port another port",
        f"fejl: kan ikke lytte på 127.0.0.1:{port} (adressen er allerede i brug): kører der allerede en"
        " hub? Angiv en anden port med --port",
    ]
    assert after == before
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
