"""The test session's shortcuts (`tests/fresh_app.py`) give what the slow way gave, and hide no change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import ROOT, make_app

import hub.services.registry as app_registry
from hub.errors import ConfigError
from hub.extensions import db, make_engine
from hub.services import schema


def _tables(engine: sa.Engine) -> dict[str, list[tuple[str, str]]]:
    inspector = sa.inspect(engine)
    return {
        name: sorted((c["name"], str(c["type"])) for c in inspector.get_columns(name))
        for name in inspector.get_table_names()
    }


def test_a_fresh_app_has_what_the_migrations_give(tmp_path: Path) -> None:
    migrated = make_engine(f"sqlite:///{tmp_path / 'migrated.sqlite3'}")
    schema.upgrade(migrated)
    app = make_app(tmp_path / "copied")
    with app.app_context():
        copied = _tables(db.engine)
        version = db.session.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
    assert copied == _tables(migrated)
    assert "submissions" in copied
    with migrated.connect() as conn:
        assert version == conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar_one()
    migrated.dispose()


def test_a_second_app_on_the_same_folder_keeps_the_rows(tmp_path: Path) -> None:
    first = make_app(tmp_path)
    with first.app_context():
        db.session.execute(sa.text("CREATE TABLE kept (x INTEGER)"))
        db.session.execute(sa.text("INSERT INTO kept VALUES (7)"))
        db.session.commit()
        db.engine.dispose()
    second = make_app(tmp_path)
    with second.app_context():
        assert db.session.execute(sa.text("SELECT x FROM kept")).scalar_one() == 7


def test_the_config_cache_reloads_when_a_file_it_read_changes(tmp_path: Path) -> None:
    configs = tmp_path / "municipalities"
    shutil.copytree(ROOT / "config" / "municipalities", configs)
    loaded = app_registry.load_registry(configs)
    assert app_registry.load_registry(configs) is loaded  # nothing changed: the same frozen configs

    template = next(c.claim.template_path for c in loaded.all() if c.claim and c.claim.template_path)
    assert template is not None
    original = template.read_bytes()
    template.write_bytes(b"not a form")
    with pytest.raises(ConfigError):
        app_registry.load_registry(configs)
    with pytest.raises(ConfigError):  # a failed load is not remembered either
        app_registry.load_registry(configs)

    template.write_bytes(original)
    toml = configs / "gladsaxe.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    again = app_registry.load_registry(configs)
    assert again is not loaded
    assert [c.code for c in again.all()] == [c.code for c in loaded.all()]
