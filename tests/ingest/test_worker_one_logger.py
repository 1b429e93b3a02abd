"""The worker's lines about its servers under one logger, `hub.worker`: the waits for a lost Redis that rq
reports, as well as the hub's own waits and the "is back" line, so that an operator who follows one
logger reads the whole outage (its waits were `rq.worker`'s, its return `hub.worker`'s)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import pytest
from redis.exceptions import ConnectionError as RedisConnectionError

from hub import queue_stopping, queue_workers
from hub.cli.supervise import RedisLost

WHERE = "127.0.0.1:6999"


@pytest.fixture
def lost() -> Iterator[RedisLost]:
    """The supervisor's filter on rq's logger, as `supervise.run` puts it there, taken off after."""
    found = RedisLost(WHERE)
    logging.getLogger("rq.worker").addFilter(found)
    yield found
    logging.getLogger("rq.worker").removeFilter(found)


def _said(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str, str]]:
    return [(r.name, r.levelname, r.getMessage()) for r in caplog.records]


def test_rqs_retries_of_a_lost_redis_are_the_workers_lines(
    lost: RedisLost, caplog: pytest.LogCaptureFixture
) -> None:
    rq = logging.getLogger("rq.worker")
    with caplog.at_level(logging.INFO):
        # rq's own words while its loop retries Redis (rq.worker.base), then the hub's return line.
        rq.error("Worker %s: could not connect to Redis instance: %s retrying in %d seconds...", "w1", "x", 2)
        lost.back()
    assert _said(caplog) == [
        (
            "hub.worker",
            "WARNING",
            f"waiting for Redis at {WHERE}, retrying in 2 s / venter på Redis på {WHERE}, prøver igen om 2 s",
        ),
        (
            "hub.worker",
            "WARNING",
            f"Redis at {WHERE} is back; working again / Redis på {WHERE} er tilbage; arbejder igen",
        ),
    ]


def test_rqs_traceback_of_a_lost_redis_is_the_workers_one_line(
    lost: RedisLost, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise RedisConnectionError("Error 111 connecting to 127.0.0.1:6999. Connection refused.")
    except RedisConnectionError:
        exc_info = sys.exc_info()
    with caplog.at_level(logging.INFO):
        logging.getLogger("rq.worker").error(
            "Worker %s: found an unhandled exception", "w1", exc_info=exc_info
        )
    assert _said(caplog) == [
        (
            "hub.worker",
            "WARNING",
            f"lost Redis at {WHERE}; waiting for it to come back / mistede Redis på {WHERE}; venter på, at"
            " den kommer igen",
        )
    ]
    assert all(r.exc_info is None for r in caplog.records)


def test_rqs_other_lines_stay_rqs(lost: RedisLost, caplog: pytest.LogCaptureFixture) -> None:
    # The level set on rq's own logger: a burst worker run earlier in the process (`supervise.run`) left
    # rq's `setup_loghandlers` level on it, WARNING under the tests' settings, which drops an INFO line.
    with caplog.at_level(logging.INFO, logger="rq.worker"):
        logging.getLogger("rq.worker").info("Worker %s: done, quitting", "w1")
    assert _said(caplog) == [("rq.worker", "INFO", "Worker w1: done, quitting")]


def test_the_worker_class_says_its_lines_as_the_worker() -> None:
    # "Redis had lost this worker; listed again", a failed job, a stop asked: `hub.worker` too.
    assert queue_workers.log.name == "hub.worker" and queue_stopping.log.name == "hub.worker"
