"""An operator's log lines count submissions in words, singular for one, in English and Danish
(`hub.words`): "stopped: 2 submission(s) given back to the queue / stoppet: 2 indsendelse(r) …" read as a
form to fill in, not as a line about this run."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest
from flask import Flask
from redis.exceptions import RedisError
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from hub.api import upload_queue
from hub.services import giving_back, leases
from hub.services.uploads import FileOutcome


def _lines(caplog: pytest.LogCaptureFixture, logger: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == logger]


def _stopped(monkeypatch: pytest.MonkeyPatch, given: Any, claimed: list[int]) -> None:
    """`give_back_at_stop` for `claimed`, the database giving back `given` (or raising it)."""

    def give_back(*_: object) -> list[int]:
        if isinstance(given, Exception):
            raise given
        return list(given)

    monkeypatch.setattr(giving_back, "give_back", give_back)
    giving_back.give_back_at_stop(Session(create_engine("sqlite://")), claimed, "me", "test")


def test_a_stopped_batch_counts_what_it_gave_back_and_what_it_left(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hub.services.giving_back"):
        _stopped(monkeypatch, [7], [7])
        _stopped(monkeypatch, [7, 8], [7, 8])
        _stopped(monkeypatch, RuntimeError("gone"), [7])
        _stopped(monkeypatch, RuntimeError("gone"), [7, 8, 9])
    assert _lines(caplog, "hub.services.giving_back") == [
        "stopped: 1 submission given back to the queue / stoppet: 1 indsendelse givet tilbage til køen",
        "stopped: 2 submissions given back to the queue / stoppet: 2 indsendelser givet tilbage til køen",
        "stopped: the lease of 1 submission left to run out (RuntimeError) / "
        "stoppet: leasen på 1 indsendelse får lov at løbe ud (RuntimeError)",
        "stopped: the lease of 3 submissions left to run out (RuntimeError) / "
        "stoppet: leasen på 3 indsendelser får lov at løbe ud (RuntimeError)",
    ]


def _renewal_fails(monkeypatch: pytest.MonkeyPatch, ids: list[int]) -> None:
    """Hold a lease on `ids` while the database refuses the renewal once; wait for that try."""
    tried = threading.Event()

    def renew(*_: object) -> leases.Renewed:
        tried.set()
        raise ConnectionError("database gone")

    monkeypatch.setattr(leases, "renewal", renew)  # what the renewal thread calls
    with leases.kept(Session(create_engine("sqlite://")), ids, "me", 0.03):
        assert tried.wait(10)


def test_a_failed_renewal_names_one_submission_or_a_range(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hub.services.leases"):
        _renewal_fails(monkeypatch, [5])
        _renewal_fails(monkeypatch, [5, 6, 9])
    lines = sorted(set(_lines(caplog, "hub.services.leases")))  # tried at every tick until stopped
    assert lines == [
        "renewing the lease of submission 5 failed with ConnectionError / "
        "fornyelsen af leasen på indsendelse 5 fejlede med ConnectionError",
        "renewing the lease of submissions 5..9 failed with ConnectionError / "
        "fornyelsen af leasen på indsendelserne 5..9 fejlede med ConnectionError",
    ]


def test_an_upload_kept_for_a_queue_that_is_down_is_counted(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def down(_: object) -> None:
        raise RedisError("down")

    monkeypatch.setattr(upload_queue, "enqueue_submissions", down)
    with app.app_context(), caplog.at_level(logging.WARNING, logger="hub.api.upload_queue"):
        for ids in ([3], [3, 4]):
            upload_queue.queue_all(
                [FileOutcome("a.pdf", "received", i, needs_queueing=True) for i in ids], "t"
            )
    assert _lines(caplog, "hub.api.upload_queue") == [
        "the job queue cannot be reached; 1 submission kept / jobkøen kan ikke nås; 1 indsendelse gemt",
        "the job queue cannot be reached; 2 submissions kept / jobkøen kan ikke nås; 2 indsendelser gemt",
    ]
