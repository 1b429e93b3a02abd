"""The audit log not integrated at a command's end (`sequencer.integrate_quietly`) is logged at ERROR,
which a command lets through to the person at its terminal (`hub.log_handler.quiet`): one line in English
and one in Danish, as the hub logs a setting it cannot start with (`app.create_app_or_exit`)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.exc import OperationalError

from hub.errors import HubError
from hub.services import sequencer


def _failing(monkeypatch: pytest.MonkeyPatch, exc: Exception) -> None:
    def integrate(*args: Any, **kwargs: Any) -> None:
        raise exc

    monkeypatch.setattr(sequencer, "integrate", integrate)


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.name == sequencer.log.name and r.levelno >= logging.ERROR
    ]


def test_a_refusal_is_logged_in_english_and_danish(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _failing(monkeypatch, HubError("the signing key is missing", "signeringsnøglen mangler"))
    with caplog.at_level(logging.ERROR):
        assert not sequencer.integrate_quietly(app)
    assert _lines(caplog) == [
        "the audit log is not brought up to date: the signing key is missing"
        " / revisionsloggen er ikke ajourført: signeringsnøglen mangler",
    ]


def test_a_database_away_is_said_as_what_it_means_not_as_its_class(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """It was "audit log not integrated (OperationalError); the next run takes the entries" (stop 45)."""
    _failing(monkeypatch, OperationalError("SELECT 1", {}, Exception("connection refused")))
    with caplog.at_level(logging.ERROR):
        assert not sequencer.integrate_quietly(app)
    [line] = _lines(caplog)
    english, danish = line.split(" / ")
    assert english.startswith("the audit log is not brought up to date: the database cannot be reached; ")
    assert "no entry is lost" in english and "the next hub command or worker" in english
    assert danish.startswith("revisionsloggen er ikke ajourført: databasen kan ikke nås; ")
    assert "ingen post går tabt" in danish and "næste hub-kommando eller worker" in danish
    assert "OperationalError" not in line and "connection refused" not in line


def test_any_other_failure_names_no_class_either(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _failing(monkeypatch, ConnectionError("gone"))
    with caplog.at_level(logging.ERROR):
        assert not sequencer.integrate_quietly(app)
    [line] = _lines(caplog)
    assert "an unexpected error (HUB_LOG_LEVEL=DEBUG shows it)" in line
    assert "en uventet fejl (HUB_LOG_LEVEL=DEBUG viser den)" in line
    assert "ConnectionError" not in line and "gone" not in line
