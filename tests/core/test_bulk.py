"""Rows held to the commit and written in one statement a table (COPY on PostgreSQL): decision 0036."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import JSON, create_engine, func, null, select, text
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from hub import jsoncodec
from hub.extensions import db
from hub.models import AuditEvent
from hub.models.base import table_of
from hub.services import bulk
from hub.services.backoff import is_transient

EVENTS = table_of(AuditEvent)
AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _row(subject: str, detail: Any, actor: str = "tester") -> dict[str, Any]:
    return {"occurred_at": AT, "actor": actor, "action": "thing.held", "subject": subject, "detail": detail}


def _subjects() -> list[str]:
    return list(db.session.scalars(select(AuditEvent.subject).order_by(AuditEvent.id)))


def test_held_rows_are_written_at_the_commit_as_they_were_given(backend_app: Flask) -> None:
    # Text a COPY stream must escape (tab, newline, backslash), JSON of every kind, Danish letters.
    awkward = 'tab\there, line\nbreak, back\\slash, "quoted", æøå'
    details = [{"nested": {"list": [1, 2.5, None, True]}, "text": awkward}, [], {"": ""}]
    with backend_app.app_context():
        bulk.insert_at_commit(db.session, EVENTS, [_row(f"a:{i}", d) for i, d in enumerate(details)])
        bulk.insert_at_commit(db.session, EVENTS, [_row(awkward, None)])
        assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == 0  # held, not written
        db.session.commit()
        rows = db.session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        assert [r.subject for r in rows] == ["a:0", "a:1", "a:2", awkward]
        assert [r.detail for r in rows] == [*details, None]
        assert {(r.actor, r.action, r.occurred_at) for r in rows} == {("tester", "thing.held", AT)}


def test_rows_held_in_a_savepoint_that_rolls_back_are_dropped(backend_app: Flask) -> None:
    with backend_app.app_context():
        bulk.insert_at_commit(db.session, EVENTS, [_row("kept", {})])
        with pytest.raises(RuntimeError), db.session.begin_nested():
            bulk.insert_at_commit(db.session, EVENTS, [_row("undone", {})])
            raise RuntimeError("the document failed")
        with db.session.begin_nested():
            bulk.insert_at_commit(db.session, EVENTS, [_row("released", {})])
        db.session.commit()
        assert _subjects() == ["kept", "released"]


def test_held_rows_are_found_by_table_and_wish_and_stay_held(backend_app: Flask) -> None:
    # What `received_order` copies when the version it stores again was stored in this transaction.
    with backend_app.app_context():
        bulk.insert_at_commit(db.session, EVENTS, [_row("a", {}), _row("b", {}, actor="other")])
        with db.session.begin_nested():
            bulk.insert_at_commit(db.session, EVENTS, [_row("c", {}, actor="other")])
        found = bulk.held_rows(db.session, EVENTS, lambda row: row["actor"] == "other")
        assert [row["subject"] for row in found] == ["b", "c"]
        assert (
            bulk.held_rows(db.session, table_of(AuditEvent).metadata.tables["records"], lambda row: True)
            == []
        )
        db.session.commit()
        assert _subjects() == ["a", "b", "c"]


def test_a_row_too_long_for_its_column_is_written_at_once_so_the_error_is_the_callers(
    backend_app: Flask,
) -> None:
    """Held, it would fail the whole batch at the commit; written at once, it fails its own savepoint."""
    too_long = _row("long", {}, actor="x" * 201)  # actor is String(200)
    with backend_app.app_context():
        bulk.insert_at_commit(db.session, EVENTS, [_row("neighbour", {})])
        if db.engine.dialect.name == "postgresql":
            with pytest.raises(DataError), db.session.begin_nested():
                bulk.insert_at_commit(db.session, EVENTS, [too_long])
            db.session.commit()
            assert _subjects() == ["neighbour"]
        else:  # SQLite keeps any length: the row is simply written at once
            bulk.insert_at_commit(db.session, EVENTS, [too_long])
            assert _subjects() == ["long"]
            db.session.commit()
            assert _subjects() == ["long", "neighbour"]


def test_rows_are_written_at_once_when_any_of_them_is_too_long_not_only_the_first(
    backend_app: Flask,
) -> None:
    """A version's provenance is held as one list: one row too long anywhere in it writes the list now."""
    rows = [_row("first", {}), _row("second", {}, actor="x" * 201), _row("third", {})]  # actor: String(200)
    with backend_app.app_context():
        if db.engine.dialect.name == "postgresql":
            with pytest.raises(DataError), db.session.begin_nested():
                bulk.insert_at_commit(db.session, EVENTS, rows)
            db.session.commit()
            assert _subjects() == []
        else:  # SQLite keeps any length: the rows are written before the commit, not held for it
            bulk.insert_at_commit(db.session, EVENTS, rows)
            assert _subjects() == ["first", "second", "third"]
            db.session.commit()


def test_a_database_error_in_a_copy_is_raised_as_sqlalchemy_raises_it(postgres_app: Flask) -> None:
    """`backoff` tells a lost server from a bad row by SQLAlchemy's error classes: COPY's driver errors
    are wrapped like a statement's, without the rows' values."""
    with postgres_app.app_context():
        row = _row("first", {})
        duplicate = [{**row, "id": 7}, {**row, "id": 7}]
        with pytest.raises(IntegrityError) as raised:
            bulk.insert_rows(db.session.connection(), EVENTS, duplicate)
        assert "COPY" in str(raised.value) and "first" not in str(raised.value)
        db.session.rollback()
        assert _subjects() == []


def test_a_server_lost_during_a_copy_is_a_transient_error_and_the_connection_is_dropped(
    postgres_app: Flask,
) -> None:
    """The batch is tried again on a fresh connection (`backoff`), as after a lost statement."""
    with postgres_app.app_context():
        pid = db.session.scalar(text("SELECT pg_backend_pid()"))
        with db.engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        with pytest.raises(OperationalError) as raised:
            bulk.insert_rows(db.session.connection(), EVENTS, [_row("lost", {})])
        assert raised.value.connection_invalidated and is_transient(raised.value)
        db.session.rollback()
        assert _subjects() == []  # a new connection, and nothing was written


def test_rows_that_leave_out_a_column_with_a_python_default_get_the_default(backend_app: Flask) -> None:
    """COPY knows only the server's defaults: rows without `occurred_at` (a Python-side default) are
    inserted by a statement that computes it."""
    with backend_app.app_context():
        row = _row("defaulted", {})
        del row["occurred_at"]
        bulk.insert_rows(db.session.connection(), EVENTS, [row])
        db.session.commit()
        (stored,) = db.session.scalars(select(AuditEvent)).all()
        assert stored.subject == "defaulted" and stored.occurred_at.year >= 2026


def test_copy_takes_a_json_value_as_its_text_and_null_as_sqlalchemy_writes_it() -> None:
    """COPY's text format gets the JSON text itself (decision 0030, stop 41): the bytes psycopg's `Json`
    wrapper would have written, without a wrapper and a dumper call for each of some forty values a form."""
    engine = create_engine("postgresql+psycopg://", json_serializer=jsoncodec.dumps)  # no connection made
    convert = bulk._processors(EVENTS, engine.dialect)["detail"]
    assert convert is not None
    value = {"text": 'tab\there, "quoted", æøå', "list": [1, 2.5, None, True]}
    assert convert(value) == '{"text":"tab\\there, \\"quoted\\", æøå","list":[1,2.5,null,true]}'
    assert convert([]) == "[]"
    assert convert(None) == "null"  # the column is not `none_as_null`: JSON's null, as an INSERT writes it
    assert convert(JSON.NULL) == "null"
    assert convert(null()) is None  # SQL's NULL
    # Other columns keep SQLAlchemy's own processor (none for a string).
    assert bulk._processors(EVENTS, engine.dialect)["actor"] is None
