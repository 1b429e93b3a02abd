"""A busy worker that loses Redis says so once and that Redis is back once (an operator's trial, stop
44: Redis stopped mid-ingest under two workers, each logged "lost Redis" twice, once as rq's ERROR and
once as its own line, and "Redis at ... is back; working again" twice, 20 ms apart)."""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any

import pytest
from flask import Flask
from redis.exceptions import ConnectionError as RedisConnectionError

from hub.cli import supervise


class _Connection:
    """Redis that answers at the start, not after the loss, then again."""

    connection_pool = SimpleNamespace(connection_kwargs={"host": "127.0.0.1", "port": 6999})

    def __init__(self) -> None:
        self.pings = 0

    def ping(self) -> bool:
        self.pings += 1
        if self.pings == 2:  # the first, at the start, finds it; the second, after the loss, does not
            raise RedisConnectionError("connection refused")
        return True


class _Worker:
    """rq's loop as it ran: the first loses Redis mid-job (rq logs it with the error, then returns and
    its teardown raises); the next, started by the supervisor, has its first heartbeat and is stopped."""

    runs = 0

    def __init__(self) -> None:
        self.stopping = False
        self.redis_lost: supervise.RedisLost | None = None

    def work(self, **_kwargs: Any) -> None:
        _Worker.runs += 1
        if _Worker.runs == 1:
            try:
                raise RedisConnectionError("connection lost")
            except RedisConnectionError:
                logging.getLogger("rq.worker").error("Worker: found an unhandled exception", exc_info=True)
            raise RedisConnectionError("teardown: connection lost")
        assert self.redis_lost is not None
        self.redis_lost.back()  # as `PatientWorker.heartbeat` does on reaching Redis
        self.stopping = True


def test_a_lost_redis_is_said_once_and_its_return_once(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _Worker.runs = 0
    state = SimpleNamespace(embedded=False, connection=_Connection())
    monkeypatch.setattr(supervise.queue, "state", lambda _app=None: state)
    monkeypatch.setattr(supervise.queue, "worker", lambda _app, _cls=None: _Worker())
    monkeypatch.setattr(supervise, "wait_for_database", lambda _engine, _longest: None)
    monkeypatch.setattr(supervise.db, "ready", lambda _app: None)
    monkeypatch.setattr(supervise, "PatientWorker", _Worker)
    monkeypatch.setattr(supervise.time, "sleep", lambda _seconds: None)
    monkeypatch.setattr("hub.cli.server_waits.time.sleep", lambda _seconds: None)
    caplog.set_level(logging.INFO)
    try:
        with app.app_context():
            supervise.run(app, burst=False)
    finally:
        for f in list(logging.getLogger("rq.worker").filters):
            logging.getLogger("rq.worker").removeFilter(f)
    said = [r.getMessage() for r in caplog.records]
    assert _Worker.runs == 2
    lost = [r for r in caplog.records if r.getMessage().startswith("lost Redis at 127.0.0.1:6999")]
    assert len(lost) == 1, said
    assert lost[0].levelname == "WARNING"  # a wait, as every other line about it says
    assert len([m for m in said if m.startswith("waiting for Redis at 127.0.0.1:6999")]) == 1, said
    assert len([m for m in said if m.startswith("Redis at 127.0.0.1:6999 is back; working again")]) == 1, said
