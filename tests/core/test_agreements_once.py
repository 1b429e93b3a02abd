"""The seeds' agreements copied from a process's first load (`tests/agreements_once.py`): the copy holds
what a load stores, and nothing a test wrote after it or before it goes astray."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import time_machine
from accounts import add_user
from agreements_once import counts
from conftest import make_app
from flask import Flask
from page_support import load_agreements
from sqlalchemy import select

from hub.extensions import db
from hub.models import Agreement, User
from hub.services import agreements

SEEDS = Path(__file__).resolve().parents[2] / "config" / "agreements"


def _rows(app: Flask) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, without the columns a clock fills (a load a moment earlier stamps earlier)."""
    with app.app_context():
        path = db.engine.url.database
    assert path is not None
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        rows = {}
        for table in sorted(tables):
            columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")') if "DATETIME" not in c[2]]
            quoted = ", ".join(f'"{c}"' for c in columns)
            rows[table] = conn.execute(f'SELECT {quoted} FROM "{table}" ORDER BY rowid').fetchall()
        return rows
    finally:
        conn.close()


def _loaded_anew(tmp_path: Path) -> Flask:
    app = make_app(tmp_path)
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(SEEDS), "test")
        db.session.commit()
    return app


def _names(app: Flask) -> set[str]:
    with app.app_context():
        return set(db.session.scalars(select(Agreement.name)))


def test_a_copy_holds_what_a_load_stores(tmp_path: Path) -> None:
    load_agreements(make_app(tmp_path / "first"))  # the snapshot, if no earlier test made it
    copied = counts["copied"]
    copy = load_agreements(make_app(tmp_path / "copy"))
    assert counts["copied"] == copied + 1
    anew = _loaded_anew(tmp_path / "anew")
    assert _rows(copy) == _rows(anew)
    assert len(_names(copy)) == 4  # the seeds' four agreements


def test_what_a_test_writes_after_the_copy_is_not_in_the_next(tmp_path: Path) -> None:
    # On a day of its own, so that the app written to is the one the snapshot is made from.
    with time_machine.travel(datetime(2031, 6, 16, 12, 0, tzinfo=UTC), tick=True):
        _write_then_load_again(tmp_path)


def _write_then_load_again(tmp_path: Path) -> None:
    loaded = counts["loaded"]
    written = load_agreements(make_app(tmp_path / "written"))
    assert counts["loaded"] == loaded + 1
    with written.app_context():
        for agreement in db.session.scalars(select(Agreement)):
            agreement.name = "renamed by a test"
        db.session.commit()
    add_user(written, "falck")
    copied = counts["copied"]
    after = load_agreements(make_app(tmp_path / "after"))
    assert counts["copied"] == copied + 1
    assert "renamed by a test" not in _names(after)
    with after.app_context():
        assert db.session.scalars(select(User.username)).all() == []
    assert _names(written) == {"renamed by a test"}  # and the writing test's own database kept it


def test_a_database_written_before_the_load_keeps_its_rows(tmp_path: Path) -> None:
    load_agreements(make_app(tmp_path / "first"))
    app = make_app(tmp_path / "app")
    add_user(app, "lead-gladsaxe")
    loaded = counts["loaded"]
    load_agreements(app)
    assert counts["loaded"] == loaded + 1  # loaded on top of it, not a copy over it
    with app.app_context():
        assert db.session.scalars(select(User.username)).all() == ["lead-gladsaxe"]
    assert len(_names(app)) == 4


def test_a_clock_before_the_snapshot_loads_anew(tmp_path: Path) -> None:
    # A day no other test travels to: this test's snapshot serves no other.
    with time_machine.travel(datetime(2031, 6, 15, 12, 0, tzinfo=UTC), tick=False):
        load_agreements(make_app(tmp_path / "noon"))
    with time_machine.travel(datetime(2031, 6, 15, 11, 0, tzinfo=UTC), tick=False):
        loaded = counts["loaded"]
        app = load_agreements(make_app(tmp_path / "eleven"))
        assert counts["loaded"] == loaded + 1  # a copy would bring rows stamped at noon
    with app.app_context():
        stamped = db.session.scalars(select(Agreement.updated_at)).all()
    assert stamped and max(stamped) <= datetime(2031, 6, 15, 11, 0, tzinfo=UTC)
