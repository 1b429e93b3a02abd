"""Many rows into one table in one statement: PostgreSQL's COPY, or an executemany elsewhere.

A record version carries tens of provenance rows. psycopg sends each row of an executemany as its own
statement (in a pipeline), and the server binds and runs each: the cost was per row, so holding the rows
of a batch for one executemany saved nothing (decision 0030). COPY sends the rows as one stream the
server reads at once, but costs two round trips of its own: so the rows are held until the commit
(`insert_at_commit`, with `held`) and a batch's rows go in one COPY a table (decision 0036). They go
through the session's own connection, inside its transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Dialect, Null, Table, event, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.types import String, TypeEngine

from hub.services import held

LATER = held.key("bulk_later")  # held items: (table, rows)


def insert_at_commit(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Hold `rows` for `table` until the commit of the session's transaction; dropped with the savepoint
    or transaction they were held in, as inserted rows would be. No commit."""
    if _all_fit(table, rows):
        held.hold(session, LATER, (table, rows))
    else:
        # Too long for a column: inserted now, so that the error is the caller's (its document's
        # savepoint), not the whole batch's at the commit.
        insert_rows(session.connection(), table, rows)


def held_rows(
    session: Session, table: Table, wanted: Callable[[dict[str, Any]], bool]
) -> list[dict[str, Any]]:
    """The rows held for `table` in the session that `wanted` takes (still held; not yet in the table)."""
    return [
        row
        for _, (held_table, rows) in session.info.get(LATER) or ()
        if held_table is table
        for row in rows
        if wanted(row)
    ]


@cache
def _processors(table: Table, dialect: Dialect) -> dict[str, Callable[[Any], Any] | None]:
    return {c.name: copy_processor(c.type, dialect) for c in table.columns}


def copy_processor(column_type: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """How COPY's text (or a statement that casts its parameter to the column's type) gets a column's
    value. A JSON value as its text at once: SQLAlchemy's own processor
    wraps each value in psycopg's `Json`, whose dumper then calls the same serializer and encodes its
    text, the same bytes in a COPY's text format for some forty values a form (decision 0030, stop 41).
    NULL as SQLAlchemy's JSON type writes it: `JSON.NULL` and None are JSON's `null` unless the column
    says `none_as_null`, a SQL NULL is NULL."""
    impl = column_type.dialect_impl(dialect)
    if not isinstance(impl, JSON):
        return impl.bind_processor(dialect)
    serializer: Callable[[Any], str] = getattr(dialect, "_json_serializer", None) or json.dumps
    none_as_null = impl.none_as_null

    def as_text(value: Any) -> str | None:
        if value is JSON.NULL:
            value = None
        elif isinstance(value, Null) or (value is None and none_as_null):
            return None
        return serializer(value)

    return as_text


@cache
def _copyable(table: Table, names: tuple[str, ...]) -> bool:
    """Whether COPY writes these columns as an INSERT would: no column left out has a default that
    SQLAlchemy computes (COPY knows only the server's own defaults)."""
    return all(c.default is None for c in table.columns if c.name not in names)


@cache
def _lengths(table: Table) -> dict[str, int]:
    return {c.name: c.type.length for c in table.columns if isinstance(c.type, String) and c.type.length}


def _all_fit(table: Table, rows: list[dict[str, Any]]) -> bool:
    """Whether every row's text fits its columns' lengths (the table's lengths looked up once: a version's
    provenance is some twenty rows)."""
    lengths = _lengths(table).items()
    for row in rows:
        for name, length in lengths:
            value = row.get(name)
            if value is not None and len(value) > length:
                return False
    return True


@event.listens_for(Session, "before_commit")
def _write_held(session: Session) -> None:
    """At the commit (not a savepoint's release): every held row, one statement a table."""
    if not held.committing(session):
        return
    tables: dict[Table, list[dict[str, Any]]] = {}
    for table, rows in held.take(session, LATER):
        tables.setdefault(table, []).extend(rows)
    for table, rows in tables.items():
        insert_rows(session.connection(), table, rows)


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts of the same keys, the table's column names) into `table`; no commit."""
    if not rows:
        return
    names = list(rows[0])
    if not _copyable(table, tuple(names)):
        connection.execute(insert(table), list(rows))
        return
    if connection.dialect.name != "postgresql":
        _insert_many(connection, table, tuple(names), rows)
        return
    quote = connection.dialect.identifier_preparer.quote
    statement = f"COPY {quote(table.name)} ({', '.join(map(quote, names))}) FROM STDIN"
    driver = connection.connection.driver_connection
    assert driver is not None
    values = _values(table, connection.dialect, tuple(names))
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            write = copy.write_row
            for row in rows:
                write(values(row))
    except Exception as exc:
        raise _wrapped(connection, statement, exc) from exc


def _insert_many(
    connection: Connection, table: Table, names: tuple[str, ...], rows: Sequence[dict[str, Any]]
) -> None:
    """Elsewhere than PostgreSQL (SQLite): the INSERT SQLAlchemy compiles, sent as driver SQL in one
    executemany with each row's values converted by `_values`, the bind processors SQLAlchemy applies.
    Through `execute` SQLAlchemy built every row's parameters itself, a processor looked up and called
    per value, for the some forty rows a form a batch writes (decision 0030, "Stop 54: store-62"). The
    same statement and values reach the driver; SQLAlchemy's events and errors are as before."""
    compiled = _insert_text(table, connection.dialect, names)
    if compiled is None:
        connection.execute(insert(table), list(rows))
        return
    statement, order = compiled
    values = _values(table, connection.dialect, order)
    connection.exec_driver_sql(statement, [tuple(values(row)) for row in rows])


@cache
def _insert_text(
    table: Table, dialect: Dialect, names: tuple[str, ...]
) -> tuple[str, tuple[str, ...]] | None:
    """The INSERT of these columns compiled for `dialect`, and its parameters' order (None: its
    parameters are not positional, or it binds more than these columns)."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    order = tuple(compiled.positiontup or ())
    return (str(compiled), order) if sorted(order) == sorted(names) else None


@cache
def _values(
    table: Table, dialect: Dialect, names: tuple[str, ...]
) -> Callable[[dict[str, Any]], Sequence[Any]]:
    """A row's values in `names`' order, each as SQLAlchemy would bind it (JSON as its text, a type's own
    conversion), since COPY passes no statement through SQLAlchemy's types. Taken by one `itemgetter`
    and converted only where a column has a processor: two or three columns of a table's seven to
    fifteen, for the some forty rows a form a batch writes (decision 0030, stop 50)."""
    processors = _processors(table, dialect)
    convert = [(i, f) for i, name in enumerate(names) if (f := processors[name]) is not None]
    if len(names) == 1:
        (name,) = names
        process = processors[name]
        return (lambda row: (process(row[name]),)) if process else (lambda row: (row[name],))
    taken = itemgetter(*names)
    if not convert:
        return taken

    def converted(row: dict[str, Any]) -> list[Any]:
        found = list(taken(row))
        for i, f in convert:
            found[i] = f(found[i])
        return found

    return converted


def _wrapped(connection: Connection, statement: str, exc: Exception) -> BaseException:
    """The driver's error as SQLAlchemy raises it from a statement: `backoff` tells a lost server from a
    bad row by SQLAlchemy's classes, and a lost connection must not go back to the pool."""
    dbapi = connection.dialect.loaded_dbapi
    if not isinstance(exc, dbapi.Error):
        return exc
    lost = connection.dialect.is_disconnect(exc, connection.connection.dbapi_connection, None)
    if lost:
        connection.invalidate(exc)
    return DBAPIError.instance(
        statement,
        None,
        exc,
        dbapi.Error,
        hide_parameters=True,
        connection_invalidated=lost,
        dialect=connection.dialect,
    )
