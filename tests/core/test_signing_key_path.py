"""A configured signing key that is not there: made once on SQLite, refused with a shared database; and
no command exits 0 while the audit log cannot be sealed."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from hub.errors import ConfigError, HubError
from hub.extensions import db
from hub.models import Agreement
from hub.services import sequencer
from hub.signing import signer

# The engine stays the test's SQLite: only the signing key's rule reads the setting.
POSTGRESQL = "postgresql+psycopg://hub@db.internal/hub"


def _agreements(app: Flask) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(Agreement)) or 0


def test_a_configured_path_is_made_once_private_on_sqlite(app: Flask, tmp_path: Path) -> None:
    path = tmp_path / "keys" / "signing-key.pem"
    app.config["SIGNING_KEY"] = str(path)
    first = signer(app)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    app.extensions.pop("hub.signer")
    assert signer(app).public_raw == first.public_raw
    assert not (Path(app.config["DATA_DIR"]) / "signing-key.pem").exists()


def test_a_configured_path_not_there_is_refused_with_a_shared_database(app: Flask, tmp_path: Path) -> None:
    path = tmp_path / "signing-key.pem"
    app.config.update(SIGNING_KEY=str(path), DATABASE_URL=POSTGRESQL)
    with pytest.raises(ConfigError, match="HUB_SIGNING_KEY: .* does not exist") as caught:
        signer(app)
    assert "findes ikke" in caught.value.message_da and "openssl genpkey" in caught.value.message_da
    assert not path.exists()  # no machine makes a key of its own
    # The command the message gives makes a key the hub then uses.
    command = caught.value.message.split("`")[1]
    subprocess.run(command, shell=True, check=True, capture_output=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert signer(app).origin.startswith("hub.invalid/audit/")


@pytest.mark.parametrize("command", [["agreements", "load"], ["worker", "--burst"]])
def test_a_missing_key_stops_the_command_before_it_writes(
    app: Flask, runner: object, tmp_path: Path, command: list[str]
) -> None:
    app.config.update(SIGNING_KEY=str(tmp_path / "signing-key.pem"), DATABASE_URL=POSTGRESQL)
    result = runner.invoke(args=command)  # type: ignore[attr-defined]
    assert result.exit_code == 2, result.output
    assert "error: HUB_SIGNING_KEY:" in result.output and "fejl: HUB_SIGNING_KEY:" in result.output
    assert _agreements(app) == 0


def test_an_unreadable_key_stops_a_command_on_sqlite_too(app: Flask, runner: object, tmp_path: Path) -> None:
    (tmp_path / "folder.pem").mkdir()
    app.config["SIGNING_KEY"] = str(tmp_path / "folder.pem")
    result = runner.invoke(args=["agreements", "load"])  # type: ignore[attr-defined]
    assert result.exit_code == 2 and "cannot be read" in result.output
    assert _agreements(app) == 0


def test_a_log_left_unsealed_is_not_exit_0(
    app: Flask, runner: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise HubError("the log is broken", "loggen er i stykker")

    monkeypatch.setattr(sequencer, "integrate", broken)
    result = runner.invoke(args=["agreements", "load"])  # type: ignore[attr-defined]
    assert result.exit_code == 1, result.output
    assert _agreements(app) == 4  # the work is done and kept; its entries wait in the inbox
