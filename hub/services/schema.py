"""Create or migrate the database with Alembic, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    """An Alembic config that uses the hub's migrations folder and this engine."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to the given revision (default: the newest)."""
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def revision(engine: Engine, message: str) -> None:
    """Write a new migration by comparing the models with the database (for developers)."""
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)


@functools.cache
def _known() -> tuple[frozenset[str], frozenset[str]]:
    """This code's newest revisions and every revision it knows (read once: the files do not change)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    return frozenset(script.get_heads()), frozenset(r.revision for r in script.walk_revisions())


def state(connection: Connection) -> tuple[str, list[str], list[str]]:
    """Where the database's schema stands against this code: ("current" | "behind" | "newer" |
    "missing", the database's revisions, the code's newest), read in the caller's connection.

    "newer" is a revision this code does not know: a newer hub has migrated the database (a rolling
    upgrade), which the migrations keep readable for the older one. "behind" and "missing" (never
    migrated) mean this code would ask for tables or columns that are not there."""
    heads, known = _known()
    found = sorted(MigrationContext.configure(connection).get_current_heads())
    if not found:
        verdict = "missing"
    elif set(found) == heads:
        verdict = "current"
    elif set(found) <= known:
        verdict = "behind"
    else:
        verdict = "newer"
    return verdict, found, sorted(heads)
