"""Extension objects bound to an app with `init_app`; their per-app state lives in `app.extensions`.

Nothing here connects at import or at `init_app`: the engine and the Redis client connect on first use.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from hub import jsoncodec
from hub.private_files import private_database
from hub.storage import BlobStore


@dataclass
class _DbState:
    engine: Engine
    factory: sessionmaker[Session]
    # Checks of the database against this process's settings (the pseudonym key's fingerprint), run
    # before the first session is handed out; each returns whether it is settled for good.
    first_use: list[Callable[[Engine], bool]] = field(default_factory=list)
    ready: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def sessions(self) -> Session:
        """A new session, once the first-use checks have passed."""
        self.check()
        return self.factory()

    def check(self) -> None:
        """Run the first-use checks until they are settled; a check's error reaches the caller each time,
        so that a process whose settings the database refuses gets no session at all."""
        if self.ready:
            return
        with self.lock:
            if not self.ready:
                self.ready = all([self._settled(check) for check in self.first_use])

    def _settled(self, check: Callable[[Engine], bool]) -> bool:
        try:
            return check(self.engine)
        except OperationalError:
            # The database cannot be reached: not settled, and not this check's to report. The session
            # is handed out and fails at its first statement, where the caller handles an outage (a
            # command's line per file, a page's 503, a worker's wait); the next session checks again.
            return False


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling breaks savepoints (a RELEASE commits everything), so the
    # driver is told to keep out and SQLAlchemy emits BEGIN itself (`_sqlite_begin`), as its docs advise.
    dbapi_connection.isolation_level = None
    # WAL lets the web process read while the worker thread writes; the busy timeout waits for the
    # writer instead of failing; SQLite enforces foreign keys only when asked.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL syncs at checkpoints instead of at every commit: a commit stays atomic and the
    # file cannot be corrupted, but a power cut (not a crash of the process) may undo the last
    # commits. SQLite recommends it for WAL; FULL cost one fsync per commit, the most of a submission.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    """Start each SQLAlchemy transaction on SQLite with BEGIN IMMEDIATE."""
    # IMMEDIATE takes the write lock at the start, waiting (busy_timeout) for another writer to finish.
    # A plain deferred BEGIN reads from a snapshot and asks for the lock only at the first write; if
    # another connection committed in between, the snapshot is stale and SQLite fails at once with
    # "database is locked", without waiting. The price: every SQLAlchemy transaction, read-only ones
    # too, takes the lock, so transactions run one at a time; they are short here.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for the URL, with SQLite set up for one writer and many readers."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            private_database(Path(parsed.database))  # 0600: it holds every citizen's CPR number
        engine = create_engine(url, connect_args={"timeout": 30}, hide_parameters=True, **_JSON)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    # hide_parameters: an error's text must not carry the values bound to it (a record holds a CPR).
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True, **_JSON)
    event.listen(engine, "connect", _psycopg_json)
    return engine


# The JSON columns' codec (`jsoncodec`): SQLAlchemy writes with it on every backend and reads with it on
# SQLite; psycopg reads PostgreSQL's JSON itself, and is given the same on each connection.
_JSON: dict[str, Any] = {"json_serializer": jsoncodec.dumps, "json_deserializer": jsoncodec.loads}


def _psycopg_json(dbapi_connection: Any, _record: Any) -> None:
    if dbapi_connection.__class__.__module__.startswith("psycopg"):
        # Imported here: psycopg is a twentieth of a CPU-second that a hub on SQLite (and `hub --help`)
        # never needs; a psycopg connection has imported it already.
        from psycopg.types.json import set_json_loads  # noqa: PLC0415

        set_json_loads(jsoncodec.loads, dbapi_connection)


class Database:
    """The SQL database: one engine per app, one session per app context."""

    def init_app(self, app: Flask) -> None:
        """Bind to an app."""
        engine = make_engine(app.config["DATABASE_URL"])
        app.extensions["hub.db"] = _DbState(engine, sessionmaker(engine, expire_on_commit=False))
        app.teardown_appcontext(self._close)

    def on_first_use(self, app: Flask, check: Callable[[Engine], bool]) -> None:
        """Run `check` on the engine before the app's first session (again until it returns True)."""
        self.state(app).first_use.append(check)

    def ready(self, app: Flask) -> None:
        """Run the first-use checks now: at a process's start, to refuse it before it serves or works."""
        self.state(app).check()

    @staticmethod
    def state(app: Flask | None = None) -> _DbState:
        """The per-app state (engine and session factory)."""
        state: _DbState = (app or current_app).extensions["hub.db"]
        return state

    @property
    def engine(self) -> Engine:
        """The current app's engine."""
        return self.state().engine

    @property
    def session(self) -> Session:
        """The session of the current app context, opened on first use."""
        if "hub_session" not in g:
            g.hub_session = self.state().sessions()
        session: Session = g.hub_session
        return session

    @staticmethod
    def close() -> None:
        """End the current app context's session if one was opened (opening none: the database may be
        the reason a command is ending)."""
        session = g.pop("hub_session", None)
        if session is not None:
            session.close()

    def _close(self, _exc: BaseException | None) -> None:
        self.close()


class Blobs:
    """The document store of the current app."""

    def init_app(self, app: Flask) -> None:
        """Bind to an app."""
        app.extensions["hub.blobs"] = BlobStore(app.config["BLOB_DIR"])

    @property
    def store(self) -> BlobStore:
        """The current app's blob store."""
        store: BlobStore = current_app.extensions["hub.blobs"]
        return store


db = Database()
blobs = Blobs()
