"""The migrations build exactly the models' schema, on SQLite and on PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask import Flask
from sqlalchemy import inspect

from hub.extensions import db
from hub.models import Base
from hub.services import schema


def test_migrations_match_models(backend_app: Flask) -> None:
    with backend_app.app_context(), db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert set(Base.metadata.tables) <= tables
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == []


def test_upgrade_twice_is_harmless(backend_app: Flask) -> None:
    with backend_app.app_context():
        schema.upgrade(db.engine)
        with db.engine.connect() as conn:
            assert "alembic_version" in inspect(conn).get_table_names()
