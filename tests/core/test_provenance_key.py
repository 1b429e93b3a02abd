"""A provenance row's link to its record version keeps the foreign key's rules on both databases: on
PostgreSQL kept by triggers once a statement (migration 0015), on SQLite by the key itself."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from flask import Flask
from sqlalchemy.exc import IntegrityError
from stored_form_support import store_one_placement
from test_terms_migration import to_revision

from hub.extensions import db
from hub.models import Provenance, RecordVersion
from hub.models.base import table_of
from hub.services import bulk, provenance_checks, schema

PROVENANCE = table_of(Provenance)
VERSIONS = table_of(RecordVersion)


def _stored_version(app: Flask) -> int:
    """One placement form of Gladsaxe stored through the queue: its version's id."""
    store_one_placement(app)
    with app.app_context():
        return db.session.scalars(sa.select(VERSIONS.c.id)).one()


def _row(version_id: int, path: str) -> dict[str, Any]:
    return {
        "record_version_id": version_id,
        "path": path,
        "document_sha256": "0" * 64,
        "locator": {"page": 1},
        "source_key": None,
        "raw_value": "x",
        "transforms": [],
    }


def _count(version_id: int) -> int:
    query = sa.select(sa.func.count()).where(PROVENANCE.c.record_version_id == version_id)
    return db.session.scalar(query) or 0


def test_rows_naming_their_version_go_in_and_one_naming_none_is_refused(backend_app: Flask) -> None:
    version = _stored_version(backend_app)
    with backend_app.app_context():
        before = _count(version)
        assert before > 0
        # Two rows in one statement (COPY on PostgreSQL), both naming the stored version.
        bulk.insert_rows(db.session.connection(), PROVENANCE, [_row(version, "a"), _row(version, "b")])
        db.session.commit()
        assert _count(version) == before + 2
        # One good row and one naming a version that does not exist: the whole statement is refused.
        with pytest.raises(IntegrityError):
            rows = [_row(version, "c"), _row(version + 1, "d")]
            bulk.insert_rows(db.session.connection(), PROVENANCE, rows)
            db.session.flush()
        db.session.rollback()
        assert _count(version) == before + 2
        # Moved to a version that does not exist: refused as well.
        with pytest.raises(IntegrityError):
            db.session.execute(
                sa.update(PROVENANCE).where(PROVENANCE.c.path == "a").values(record_version_id=version + 1)
            )
        db.session.rollback()


def test_a_version_deleted_takes_its_provenance_and_a_named_id_is_kept(backend_app: Flask) -> None:
    version = _stored_version(backend_app)
    with backend_app.app_context():
        with pytest.raises(IntegrityError):
            db.session.execute(sa.update(VERSIONS).where(VERSIONS.c.id == version).values(id=version + 1))
        db.session.rollback()
        assert _count(version) > 0
        db.session.execute(sa.delete(VERSIONS).where(VERSIONS.c.id == version))
        db.session.commit()
        assert _count(version) == 0
        assert db.session.scalar(sa.select(sa.func.count()).select_from(PROVENANCE)) == 0


def _keys_and_triggers(connection: sa.Connection) -> tuple[list[str], list[str]]:
    keys = [fk["name"] for fk in sa.inspect(connection).get_foreign_keys("provenance")]
    triggers = connection.execute(
        sa.text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'hub_provenance%'")
    )
    return keys, sorted(triggers.scalars())


def test_on_postgresql_the_key_is_triggers_and_goes_back_with_the_downgrade(postgres_app: Flask) -> None:
    expected = sorted(
        ["hub_provenance_inserted", "hub_provenance_updated"]
        + ["hub_provenance_versions_deleted", "hub_provenance_version_id_kept"]
    )
    with postgres_app.app_context():
        with db.engine.connect() as connection:
            assert _keys_and_triggers(connection) == ([], expected)
        config = schema.alembic_config(db.engine)
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0014")
        with db.engine.connect() as connection:
            assert _keys_and_triggers(connection) == ([provenance_checks.FK_NAME], [])
        schema.upgrade(db.engine)
        with db.engine.connect() as connection:
            assert _keys_and_triggers(connection) == ([], expected)


def test_on_postgresql_a_version_cannot_be_deleted_under_rows_being_inserted(postgres_app: Flask) -> None:
    # The key's check locks the version FOR KEY SHARE until the inserting transaction ends; the
    # triggers must too, or a delete in between would leave the new rows naming nothing once committed.
    version = _stored_version(postgres_app)
    with postgres_app.app_context():
        db.session.close()
        with db.engine.connect() as inserting, db.engine.connect() as deleting:
            with inserting.begin():
                bulk.insert_rows(inserting, PROVENANCE, [_row(version, "a")])
                with pytest.raises(sa.exc.OperationalError, match="lock"), deleting.begin():
                    deleting.execute(sa.text("SET LOCAL lock_timeout = '300ms'"))
                    deleting.execute(sa.delete(VERSIONS).where(VERSIONS.c.id == version))
        assert _count(version) > 0


def _check_body(connection: sa.Connection) -> str:
    query = "SELECT prosrc FROM pg_proc WHERE proname = 'hub_provenance_versions_exist'"
    return " ".join(str(connection.execute(sa.text(query)).scalar_one()).split())


def test_on_postgresql_the_versions_are_locked_and_counted_in_one_statement(postgres_app: Flask) -> None:
    """Migration 0024: one statement locks the versions named, found by primary key, and counts them
    against how many are named (as `key_checks` does); its downgrade puts back 0015's two, a join to every
    version and then every row looked up again. The rules are the tests above, at the newest revision."""
    one = "WHERE v.id = ANY (ARRAY(SELECT DISTINCT record_version_id FROM new_rows)) FOR KEY SHARE OF v"
    with postgres_app.app_context():
        with db.engine.connect() as connection:
            body = _check_body(connection)
        assert one in body and "<> (SELECT count(DISTINCT record_version_id) FROM new_rows)" in body
        assert "PERFORM" not in body and "NOT EXISTS" not in body
        to_revision(postgres_app, "0023", down=True)
        with db.engine.connect() as connection:
            body = _check_body(connection)
        assert one not in body and "PERFORM 1 FROM record_versions v" in body and "NOT EXISTS" in body
        schema.upgrade(db.engine)
        with db.engine.connect() as connection:
            assert one in _check_body(connection)
