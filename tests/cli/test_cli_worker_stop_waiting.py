"""`hub worker` stopped while it waits for a server (systemd's SIGTERM, or Ctrl-C): one line in English
and Danish saying that nothing was taken, exit 0 as rq's own stop; before rq's handlers were in place,
Python's SIGTERM ended it without a word."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from conftest import make_app
from fault_support import worker_env
from hub_process import Running, closed_port


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_worker_stopped_while_it_waits_for_redis_says_so(tmp_path: Path, signum: int) -> None:
    port = closed_port()  # a Redis nobody runs: the worker waits for it
    app = make_app(tmp_path, REDIS_URL=f"redis://127.0.0.1:{port}/0", QUEUE_NAME="hub-stop-waiting")
    with Running(["worker"], worker_env(app, 30)) as worker:
        worker.said(f"waiting for Redis at 127.0.0.1:{port}, retrying in 1 s")
        worker.process.send_signal(signum)
        code = worker.ended()
    said = "\n".join(worker.lines)
    assert code == 0, said
    assert worker.lines[-1] == (
        "stopped while waiting for Redis or the database; no job was taken"
        " / stoppet, mens den ventede på Redis eller databasen; intet job blev taget"
    ), said
    assert "Traceback" not in said
