"""The audit log not integrated at a command's end (`sequencer.integrate_quietly`) is logged at ERROR,
which a command lets through to the person at its terminal (`hub.logsetup.quiet`): one line in English
and one in Danish, as the hub logs a setting it cannot start with (`app.create_app_or_exit`)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from flask import Flask

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
        assert sequencer.integrate_quietly(app) is False
    assert _lines(caplog) == [
        "audit log not integrated: the signing key is missing"
        " / revisionsloggen er ikke integreret: signeringsnøglen mangler",
    ]


def test_a_database_hiccup_is_logged_in_english_and_danish(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _failing(monkeypatch, ConnectionError("gone"))
    with caplog.at_level(logging.ERROR):
        assert sequencer.integrate_quietly(app) is False
    assert _lines(caplog) == [
        "audit log not integrated (ConnectionError); the next run takes the entries"
        " / revisionsloggen er ikke integreret (ConnectionError); næste kørsel tager posterne",
    ]
