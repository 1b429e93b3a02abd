"""The session key: made once on the embedded default, required with a shared database, never the
published default; the pseudonym key follows it unless set."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from hub.app import create_app
from hub.errors import ConfigError
from hub.keyfiles import SECRET_FILE


def _app(tmp_path: Path, **settings: str) -> dict[str, object]:
    return dict(create_app({"DATA_DIR": str(tmp_path / "var"), "SECRET_KEY": "", **settings}).config)


def test_the_embedded_default_makes_a_key_once_readable_by_the_hub_only(tmp_path: Path) -> None:
    first = _app(tmp_path)
    path = tmp_path / "var" / SECRET_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(str(first["SECRET_KEY"])) == 64 and first["PSEUDONYM_KEY"] == first["SECRET_KEY"]
    assert _app(tmp_path)["SECRET_KEY"] == first["SECRET_KEY"]  # kept: the next process finds the same
    assert _app(tmp_path / "other")["SECRET_KEY"] != first["SECRET_KEY"]


def test_a_shared_database_without_a_key_stops_the_start(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="HUB_SECRET_KEY is not set") as caught:
        _app(tmp_path, DATABASE_URL="postgresql+psycopg://hub@127.0.0.1:1/hub")
    assert "samme" in caught.value.message_da
    assert not (tmp_path / "var" / SECRET_FILE).exists()  # no machine makes a key of its own


def test_the_published_default_is_refused_everywhere(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="published value"):
        _app(tmp_path, SECRET_KEY="dev-only-not-secret")


def test_the_pseudonym_key_may_be_set_on_its_own(tmp_path: Path) -> None:
    config = _app(tmp_path, SECRET_KEY="s" * 64, PSEUDONYM_KEY="p" * 64)
    assert (config["SECRET_KEY"], config["PSEUDONYM_KEY"]) == ("s" * 64, "p" * 64)
