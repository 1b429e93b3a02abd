"""The pseudonym key's fingerprint: stored by the first process, a differing key refused everywhere after."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from conftest import make_app
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import delete, select

from hub import create_app
from hub.cli import cli
from hub.errors import ConfigError
from hub.extensions import db
from hub.models import KeyFingerprint
from hub.pseudonyms import key_fingerprint

KEY, OTHER = "k" * 64, "o" * 64


def _another_machine(app: Flask, **settings: Any) -> Flask:
    """An app on the same database, as a second machine of the hub would start (no fresh schema)."""
    names = ("TESTING", "DATA_DIR", "DATABASE_URL", "SECRET_KEY", "MUNICIPALITIES_DIR", "COMPANY_ADAPTER")
    names += ("AGREEMENTS_DIR", "WORKER_THREAD", "REDIS_URL")
    return create_app({name: app.config[name] for name in names} | settings)


def _stored(app: Flask) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(select(KeyFingerprint.fingerprint)))


@pytest.fixture
def first(backend_app: Flask) -> Flask:
    """The first machine, its key's fingerprint stored by its first use of the database."""
    backend_app.config["PSEUDONYM_KEY"] = KEY
    db.ready(backend_app)
    return backend_app


def test_the_first_use_stores_the_fingerprint_never_the_key(first: Flask) -> None:
    assert _stored(first) == [key_fingerprint(KEY)]
    assert KEY not in _stored(first)[0]


def test_a_machine_with_another_key_gets_no_session(first: Flask) -> None:
    second = _another_machine(first, PSEUDONYM_KEY=OTHER)
    for _ in range(2):  # refused every time, not only once
        with second.app_context(), pytest.raises(ConfigError, match="HUB_PSEUDONYM_KEY is not the key") as e:
            db.session.execute(select(1))
        assert "HUB_PSEUDONYM_KEY" in e.value.message_da and "samme nøgle" in e.value.message_da
    db.state(second).engine.dispose()
    same = _another_machine(first, PSEUDONYM_KEY=KEY)
    with same.app_context():
        assert db.session.scalar(select(1)) == 1
    db.state(same).engine.dispose()


def test_the_session_key_stands_in_when_no_pseudonym_key_is_set(first: Flask) -> None:
    # Unset, the pseudonym key is the session key: a machine that only sets HUB_SECRET_KEY is compared too.
    second = _another_machine(first, SECRET_KEY=OTHER, PSEUDONYM_KEY="")
    with pytest.raises(ConfigError, match="HUB_SECRET_KEY is used"):
        db.ready(second)
    db.state(second).engine.dispose()


@pytest.mark.parametrize("command", [["db", "upgrade"], ["worker", "--burst"], ["agreements", "load"]])
def test_commands_refuse_another_key_with_exit_2_and_write_nothing(first: Flask, command: list[str]) -> None:
    second = _another_machine(first, PSEUDONYM_KEY=OTHER)
    result = FlaskCliRunner(second).invoke(cli, command)
    assert result.exit_code == 2, result.output
    assert "error: HUB_PSEUDONYM_KEY is not the key" in result.output
    assert "fejl: HUB_PSEUDONYM_KEY er ikke den nøgle" in result.output
    db.state(second).engine.dispose()
    assert _stored(first) == [key_fingerprint(KEY)]


def test_a_database_without_a_fingerprint_gets_one_not_a_refusal(first: Flask) -> None:
    # A database of an earlier version: the first process after the upgrade records its key.
    with first.app_context():
        db.session.execute(delete(KeyFingerprint))
        db.session.commit()
    second = _another_machine(first, PSEUDONYM_KEY=OTHER)
    db.ready(second)
    db.state(second).engine.dispose()
    assert _stored(first) == [key_fingerprint(OTHER)]


def test_hub_db_upgrade_of_a_new_database_stores_the_fingerprint(tmp_path: Path) -> None:
    template = make_app(tmp_path / "template")
    db.state(template).engine.dispose()
    app = _another_machine(template, DATA_DIR=str(tmp_path / "new"), DATABASE_URL="", PSEUDONYM_KEY=KEY)
    with app.app_context():
        db.session.close()  # a session before the migration: nothing to compare with, nothing stored
    result = FlaskCliRunner(app).invoke(cli, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert _stored(app) == [key_fingerprint(KEY)]
    db.state(app).engine.dispose()


def test_postgresql_without_a_pseudonym_key_of_its_own_is_warned_about(
    postgres_app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="hub.services.key_fingerprints"):
        db.ready(postgres_app)
    assert "HUB_PSEUDONYM_KEY is not set" in caplog.text


def test_sqlite_is_not_warned_about(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    app = make_app(tmp_path)
    with caplog.at_level(logging.WARNING, logger="hub.services.key_fingerprints"):
        db.ready(app)
    assert caplog.text == ""
    db.state(app).engine.dispose()
