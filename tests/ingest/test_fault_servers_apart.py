"""Two runs of the fault tests at once (two checkouts, two engineers on one host) keep to their own
servers: while one holds its Redis down for a restart, the other's start does not take its port."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from fault_support import PrivateServers
from hub_process import PATIENCE


def _free(port: int) -> bool:
    """Whether nothing listens on a loopback port (as `scripts/servers.sh` asks before it takes one)."""
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_another_run_started_while_redis_restarts_takes_other_ports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The ports chosen when none is given (ports given are the caller's to keep apart).
    monkeypatch.delenv("HUB_FAULT_PG_PORT", raising=False)
    monkeypatch.delenv("HUB_FAULT_REDIS_PORT", raising=False)
    first = PrivateServers(tmp_path / "first")
    second = PrivateServers(tmp_path / "second")
    first.start()
    try:
        redis_port = int(first.redis_url.rsplit(":", 1)[1].split("/")[0])
        failed: list[BaseException] = []
        # The first run's Redis is down until the second run has started (its ports taken), however long
        # that takes: a fixed 10 s sat out seconds after a quick start, and would have ended before a slow
        # one took its Redis port.
        second_started = threading.Event()

        def restart() -> None:
            try:
                first.restart_redis(up_when=second_started.is_set)
            except BaseException as exc:  # said by the test's thread below, with what went wrong
                failed.append(exc)

        restarting = threading.Thread(target=restart)
        restarting.start()
        # The other run starts while the first one's Redis is down: its port is free then.
        deadline = time.monotonic() + PATIENCE
        while not _free(redis_port):
            assert time.monotonic() < deadline, f"the first run's Redis on {redis_port} did not stop"
            time.sleep(0.05)
        try:
            second.start()
        finally:
            second_started.set()
        restarting.join(PATIENCE)
        assert not restarting.is_alive(), "the restart did not end"
        errors = [getattr(exc, "stderr", "") or repr(exc) for exc in failed]
        assert not failed, f"the first run's Redis did not come back on {redis_port}: {errors}"
        assert second.redis_url != first.redis_url
        assert second.database_url != first.database_url
    finally:
        second.stop()
        first.stop()
