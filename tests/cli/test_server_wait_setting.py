"""`HUB_SERVER_WAIT_SECONDS`: the longest wait of `hub worker` between its tries of a server that is down
(README: "waits 1, 2, 4 … up to `HUB_SERVER_WAIT_SECONDS`, 10 s by default"). The default is what an
operator gets; `ingest/test_worker_waits.py` restarts Redis under a worker given a shorter one and reads
rq's waits and the hub's bounded by it."""

from __future__ import annotations

from flask import Flask
from redis.exceptions import ConnectionError as RedisConnectionError

from hub.cli.server_waits import REDIS_DOWN, wait_until_up


def _waits(longest: float, failures: int) -> list[float]:
    """The waits `wait_until_up` sleeps through for a server down for `failures` tries."""
    slept: list[float] = []

    def check() -> None:
        if len(slept) < failures:
            raise RedisConnectionError("connection refused")

    assert wait_until_up(check, "Redis", "127.0.0.1:6999", REDIS_DOWN, longest, slept.append)
    return slept


def test_the_waits_double_from_a_second_to_ten_by_default(app: Flask) -> None:
    assert app.config["SERVER_WAIT_SECONDS"] == 10
    assert _waits(app.config["SERVER_WAIT_SECONDS"], 7) == [1, 2, 4, 8, 10, 10, 10]


def test_the_setting_bounds_the_waits(app: Flask) -> None:
    assert _waits(3, 5) == [1, 2, 3, 3, 3]
