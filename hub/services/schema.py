"""Create or migrate the database with Alembic, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Column, Connection, Engine, MetaData, String, Table, inspect, select

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's default, which `upgrade` keeps
VERSION_TABLE_ROW = Table(VERSION_TABLE, MetaData(), Column("version_num", String(32)))

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(engine: Engine) -> Config:
    """An Alembic config that uses the hub's migrations folder and this engine."""
    # Alembic imported here, as in `_known`: a fifth of a second that only migrating and the schema's
    # first check use, and every `hub` command imports this module (`hub.cli.common`).
    config = alembic_config_bare()
    config.attributes["engine"] = engine
    return config


def alembic_config_bare() -> Config:
    """An Alembic config that uses the hub's migrations folder, with no engine."""
    from alembic.config import Config  # noqa: PLC0415 - see `alembic_config`

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to the given revision (default: the newest)."""
    from alembic import command  # noqa: PLC0415 - see `alembic_config`

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def revision(engine: Engine, message: str) -> None:
    """Write a new migration by comparing the models with the database (for developers)."""
    from alembic import command  # noqa: PLC0415 - see `alembic_config`

    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)


class NotMigrated(Exception):
    """The database's schema is behind this code (or was never migrated): `hub db upgrade` first."""

    def __init__(self, verdict: str, found: list[str], expected: list[str]) -> None:
        self.verdict, self.found, self.expected = verdict, found, expected
        at = ", ".join(found) or "none"
        super().__init__(f"the database's schema is at {at}, this hub needs {', '.join(expected)}")

    def lines(self) -> tuple[str, str]:
        """What to tell an operator, in English and Danish."""
        at, needs = ", ".join(self.found) or "ingen", ", ".join(self.expected)
        return (
            f"{self}: run `hub db upgrade`",
            f"databasens skema er i version {at}, denne hub skal bruge {needs}: kør `hub db upgrade`",
        )


@functools.cache
def _known() -> tuple[frozenset[str], frozenset[str]]:
    """This code's newest revisions and every revision it knows (read once: the files do not change)."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - see `alembic_config`

    script = ScriptDirectory.from_config(alembic_config_bare())
    return frozenset(script.get_heads()), frozenset(r.revision for r in script.walk_revisions())


def _revisions(connection: Connection) -> list[str]:
    """The revisions recorded in the database; read directly, because Alembic's `MigrationContext` logs
    two INFO lines each time, which a worker checking before each maintenance step would repeat."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return []
    return sorted(connection.execute(select(VERSION_TABLE_ROW.c.version_num)).scalars())


def state(connection: Connection) -> tuple[str, list[str], list[str]]:
    """Where the database's schema stands against this code: ("current" | "behind" | "newer" |
    "missing", the database's revisions, the code's newest), read in the caller's connection.

    "newer" is a revision this code does not know: a newer hub has migrated the database (a rolling
    upgrade), which the migrations keep readable for the older one. "behind" and "missing" (never
    migrated) mean this code would ask for tables or columns that are not there."""
    heads, known = _known()
    found = _revisions(connection)
    if not found:
        verdict = "missing"
    elif set(found) == heads:
        verdict = "current"
    elif set(found) <= known:
        verdict = "behind"
    else:
        verdict = "newer"
    return verdict, found, sorted(heads)


def require_migrated(connection: Connection) -> None:
    """Raise `NotMigrated` unless the schema is this code's or newer (see `state`)."""
    verdict, found, expected = state(connection)
    if verdict in ("behind", "missing"):
        raise NotMigrated(verdict, found, expected)
