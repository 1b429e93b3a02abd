"""The embedded default's database holds every citizen's CPR number: its file, its -wal and -shm, and the
data folder the hub makes for it are the owner's only, whatever the umask lets SQLite do."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from hub import extensions
from hub.extensions import make_engine
from hub.keyfiles import create_once


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """The usual umask (022), under which SQLite would make the database 0644: readable by anyone."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _use(url: str) -> None:
    """Open the database and write to it, so that SQLite makes its -wal and -shm files."""
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE IF NOT EXISTS t (x INTEGER)"))
            connection.execute(text("INSERT INTO t VALUES (1)"))
        with engine.connect() as connection:  # held open: the -wal and -shm stay while it is
            connection.execute(text("SELECT x FROM t")).all()
            path = Path(url.removeprefix("sqlite:///"))
            assert {_mode(Path(f"{path}{side}")) for side in ("", "-wal", "-shm")} == {0o600}
    finally:
        engine.dispose()


def test_a_new_database_its_wal_and_shm_and_its_folder_are_the_owners_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _use(f"sqlite:///{folder / 'hub.sqlite3'}")
    assert _mode(folder) == 0o700
    assert _mode(folder / "hub.sqlite3") == 0o600


def test_a_database_made_before_is_made_the_owners_only(tmp_path: Path) -> None:
    # An install from before this fix: the file and its side files 0644, in a folder the operator made.
    os.chmod(tmp_path, 0o755)
    path = tmp_path / "hub.sqlite3"
    _use(f"sqlite:///{path}")
    for side in ("", "-wal", "-shm"):
        Path(f"{path}{side}").touch()
        os.chmod(f"{path}{side}", 0o644)
    _use(f"sqlite:///{path}")
    assert _mode(tmp_path) == 0o755  # a folder that was there is the operator's: left as it is


def test_the_data_folder_made_for_the_keys_first_is_the_owners_only_too(tmp_path: Path) -> None:
    # On the embedded default the session key is made in the data folder before the database is.
    create_once(tmp_path / "var" / "secret-key", b"k")
    assert _mode(tmp_path / "var") == 0o700 and _mode(tmp_path / "var" / "secret-key") == 0o600


def test_postgresql_touches_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path) -> None:
        raise AssertionError(f"a PostgreSQL URL made {path} private")

    monkeypatch.setattr(extensions, "private_database", refuse)
    engine = make_engine("postgresql+psycopg://hub:secret@localhost:1/hub")  # connects on first use only
    assert engine.dialect.name == "postgresql"
    engine.dispose()
