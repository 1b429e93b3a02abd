"""Migration 0023: the index of the submissions waiting for another one holds those alone, not a NULL
entry for every submission (decision 0030, "Stop 61: pg-72")."""

from __future__ import annotations

import sqlalchemy as sa
from flask import Flask
from test_terms_migration import to_revision

from hub.extensions import db
from hub.services import schema

INDEX = "ix_submissions_waiting_since"


def _index_sql(app: Flask) -> str:
    """The index's definition as the database keeps it, on one line, without quotes or brackets
    (PostgreSQL puts the predicate in brackets, SQLite keeps it as written)."""
    with app.app_context(), db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            query = "SELECT indexdef FROM pg_indexes WHERE indexname = :name"
        else:
            query = "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name"
        found = conn.execute(sa.text(query), {"name": INDEX}).scalar_one()
    return " ".join(str(found).translate(str.maketrans("", "", '"()')).split())


def test_only_the_waiting_submissions_are_indexed_and_the_downgrade_indexes_all(backend_app: Flask) -> None:
    partial = "waiting_since WHERE waiting_since IS NOT NULL"
    assert _index_sql(backend_app).endswith(partial)
    to_revision(backend_app, "0022", down=True)
    every = _index_sql(backend_app)
    assert every.endswith("submissions waiting_since") or every.endswith("btree waiting_since")
    assert "WHERE" not in every.upper()
    with backend_app.app_context():
        schema.upgrade(db.engine)
    assert _index_sql(backend_app).endswith(partial)
