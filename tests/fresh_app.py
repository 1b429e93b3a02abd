"""What makes a fresh test app cheap (decision 0032): migrated template databases and loaded configs.

Each test still gets a database of its own at the newest schema and the configs as its folder holds
them; only the work of getting there is shared. The migrations run once per session into a template
(a SQLite file, or a PostgreSQL database `<name>_template`), and a new database is a copy of it. The
municipality configs are parsed and validated once per exact content of the files they were read from.
Tests of the migrations and of the config loader call `schema.upgrade` and `load_registry` directly.

    install_config_cache()          # once, from tests/conftest.py
    fresh_schema(app)               # in an app context, instead of dropping and migrating
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from flask import Flask
from sqlalchemy.engine import URL

import hub.services.registry as app_registry
from hub.adapters.language.registry import Registry, load_registry
from hub.extensions import db, make_engine
from hub.services import schema

_templates: dict[str, str] = {}  # "sqlite" or a PostgreSQL URL -> its migrated template
# (loader, folder or file, the bytes read) -> (result, the claim templates and form XSDs it names, with
# their bytes)
_loaded: dict[tuple[object, ...], tuple[Any, tuple[tuple[Path, bytes], ...]]] = {}


def _claim_files(loaded: Any) -> tuple[tuple[Path, bytes], ...]:
    """The claim template files a registry's validation read, and the forms' XSDs a loaded config keeps
    the bytes of (`FormConfig.xsd_bytes`), with their bytes now."""
    if not isinstance(loaded, Registry):
        return ()
    paths = [c.claim.template_path for c in loaded.all() if c.claim and c.claim.template_path]
    paths += [f.xsd_path for c in loaded.all() for f in c.forms if f.xsd_path is not None]
    return tuple((p, p.read_bytes()) for p in paths if p.is_file())


def _unchanged(files: tuple[tuple[Path, bytes], ...]) -> bool:
    return all(p.is_file() and p.read_bytes() == data for p, data in files)


def _by_content(load: Callable[..., Any], read: Callable[[Path], list[Path]]) -> Callable[..., Any]:
    """`load`, remembering a result by its options (`claim_files`) and the exact bytes of every file it
    read (the TOML files, and the claim templates and form XSDs they name). The configs are frozen data,
    so apps may share them; a load that fails is never remembered, so each broken-config test meets its
    own error."""

    def cached(path: Path, **options: Any) -> Any:
        files = ((f.name, f.read_bytes()) for f in read(path))
        key = (load.__name__, str(Path(path).resolve()), *sorted(options.items()), *files)
        hit = _loaded.get(key)
        if hit is None or not _unchanged(hit[1]):
            result = load(path, **options)
            hit = _loaded[key] = (result, _claim_files(result))
        return hit[0]

    return cached


def _tomls(directory: Path) -> list[Path]:
    return sorted(Path(directory).glob("*.toml"))  # what load_registry reads


def _one(path: Path) -> list[Path]:
    return [Path(path)] if Path(path).is_file() else []


def install_config_cache() -> None:
    """Make every app of the session load its municipality and company configs through the cache."""
    app_registry.load_registry = _by_content(app_registry.load_registry, _tomls)  # type: ignore[assignment]
    app_registry.load_company_adapter = _by_content(  # type: ignore[assignment]
        app_registry.load_company_adapter, _one
    )


_registry_once = _by_content(load_registry, _tomls)


def registry_once(directory: Path) -> Registry:
    """`load_registry(directory)` once a content of its files, from the cache the apps' loads share: for
    tests that read a folder of configs and do not test the loader (those call `load_registry`, and a
    failed load is never kept). The trials' 57 configs cost half a CPU-second a load (0058, stop 69)."""
    return _registry_once(directory)  # type: ignore[no-any-return]


def _template_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="hub-test-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _sqlite_template() -> Path:
    """A SQLite file migrated to the newest schema, once per session, through the hub's own engine."""
    if "sqlite" not in _templates:
        path = _template_dir() / "hub.sqlite3"
        engine = make_engine(f"sqlite:///{path}")
        schema.upgrade(engine)
        engine.dispose()  # the last connection to close checkpoints the WAL into the file
        assert not path.with_name(path.name + "-wal").exists(), "the template's WAL was left behind"
        _templates["sqlite"] = str(path)
    return Path(_templates["sqlite"])


def template_path() -> Path | None:
    """The session's migrated SQLite template, once a fresh app has made it."""
    return Path(_templates["sqlite"]) if "sqlite" in _templates else None


def _admin(url: URL) -> sa.Engine:
    return sa.create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")


def _postgres_template(url: URL) -> str:
    """A database `<name>_template` beside the test database, migrated once per session."""
    key = url.render_as_string(hide_password=False)
    if key not in _templates:
        name = f"{url.database}_template"
        admin = _admin(url)
        try:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
                conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        finally:
            admin.dispose()
        engine = sa.create_engine(url.set(database=name))
        schema.upgrade(engine)
        engine.dispose()
        _templates[key] = name
    return _templates[key]


def _copied(conn: sa.Connection) -> str:
    """How the copy is made: the template's files copied whole (`STRATEGY FILE_COPY`, PostgreSQL 15's
    other way and the only one before it). 15's default, `WAL_LOG`, reads and logs the template's 9 MB
    block by block: measured on the test cluster (fsync off, load 12), 303 ms of the server's CPU and
    1.1 s of wall a copy against 115 ms and 0.34 s; the copy is the same database either way."""
    return " STRATEGY FILE_COPY" if conn.dialect.server_version_info >= (15,) else ""


def _clone_postgres(url: URL) -> bool:
    """Replace the test database by a copy of the template. False when the server will not (another
    session is still connected, or no right to create databases): the caller then migrates."""
    try:
        template = _postgres_template(url)
        admin = _admin(url)
        try:
            with admin.connect() as conn:
                # Without FORCE: a connection still open (another app of the same test) makes this
                # fail, and the old way (drop the schema, migrate) leaves that connection working.
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{url.database}"'))
                try:
                    conn.execute(
                        sa.text(f'CREATE DATABASE "{url.database}" TEMPLATE "{template}"{_copied(conn)}')
                    )
                except sa.exc.DBAPIError:
                    conn.execute(sa.text(f'CREATE DATABASE "{url.database}"'))
                    return False
        finally:
            admin.dispose()
    except sa.exc.DBAPIError:
        return False
    return True


def fresh_schema(app: Flask) -> None:
    """Give the app's new database the newest schema (in an app context): a copy of the session's
    template when the SQLite file is new (absent or empty) or on PostgreSQL (emptied for every app, as
    before), else the migrations (an existing SQLite file keeps its rows, as before)."""
    url = db.engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        target = Path(url.database)
        # The app makes the file itself, empty and 0600 (`hub.private_files`): an empty file is new.
        if not target.exists() or target.stat().st_size == 0:
            db.engine.dispose()
            shutil.copyfile(_sqlite_template(), target)
            return
    elif url.get_backend_name() == "postgresql":
        db.engine.dispose()
        if _clone_postgres(url):
            return
        with db.engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
    schema.upgrade(db.engine)
