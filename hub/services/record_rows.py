"""A record's new version written with Core statements: on PostgreSQL a new record and its first
version in one statement, and with the placement a placement form creates where it does.

`normalise.store` writes on the session's connection, not through the unit of work (decision 0034).
Nearly every form makes a new record, and its INSERT and its first version's INSERT were two of the
five statements a form costs; a data-modifying CTE makes them one. SQLite has no such CTE: two there.
Nearly every placement form creates its placement, whose INSERT was the other statement such a form sent
on its own (decision 0030, stop 56): one more CTE of the same statement (`new_placement_record`).

On PostgreSQL the CTE's text is compiled once and sent with `exec_driver_sql` (decision 0030, stop 50):
through `execute`, SQLAlchemy looked the statement up in its cache and built its parameters anew for every
form, some half of the statement's client CPU. The events and the errors are SQLAlchemy's as before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from sqlalchemy import Connection, Dialect, bindparam, cast, insert, literal, select, update

from hub.models import Placement, Record, RecordVersion
from hub.models.base import table_of, utcnow
from hub.services.bulk import copy_processor

_RECORDS, _VERSIONS, _PLACEMENTS = table_of(Record), table_of(RecordVersion), table_of(Placement)
_NEW_RECORD = insert(_RECORDS).returning(_RECORDS.c.id)
_NEW_VERSION = insert(_VERSIONS).returning(_VERSIONS.c.id)
_NEW_CURRENT = (
    update(_RECORDS)
    .where(_RECORDS.c.id == bindparam("record_id"))
    .values(current_version=bindparam("number"))
)
_RECORD_COLUMNS = (
    "form_type",
    "identity",
    "municipality_code",
    "placement_id",
    "current_version",
    "created_at",
)
_VERSION_COLUMNS = ("submission_id", "reason", "data", "read_with", "mapped_with", "created_at")
# A new placement's record: its identity and placement are the placement's id, made by the same statement.
_PLACED_RECORD_COLUMNS = ("form_type", "municipality_code", "current_version", "created_at")
_PLACEMENT_COLUMNS = (
    "agreement_id",
    "municipality_code",
    "cpr_key",
    "participant_id",
    "p_number",
    "start",
    "end",
    "created_at",
)
_NEW_PLACEMENT = insert(_PLACEMENTS).returning(_PLACEMENTS.c.id)


def _bound(prefix: str, table: Any, names: tuple[str, ...]) -> dict[str, Any]:
    # Bound names differ from the columns' (a bound parameter may not take a column's name in an INSERT).
    return {name: bindparam(f"{prefix}{name}", type_=table.c[name].type) for name in names}


def _first_version(made: Any) -> Any:
    """The INSERT of the first version of the record the CTE `made` inserted."""
    version = _bound("v_", _VERSIONS, _VERSION_COLUMNS).values()
    return insert(_VERSIONS).from_select(
        ["record_id", "version", *_VERSION_COLUMNS], select(made.c.id, literal(1), *version)
    )


def _record_and_first_version() -> Any:
    made = (
        insert(_RECORDS).values(_bound("r_", _RECORDS, _RECORD_COLUMNS)).returning(_RECORDS.c.id).cte("made")
    )
    return _first_version(made).returning(_VERSIONS.c.id, _VERSIONS.c.record_id)


def _placement_record_and_first_version() -> Any:
    placed = (
        insert(_PLACEMENTS)
        .values(_bound("p_", _PLACEMENTS, _PLACEMENT_COLUMNS))
        .returning(_PLACEMENTS.c.id)
        .cte("placed")
    )
    # Its identity is the placement's id as text (`linking.find_record`: str(placement.id)).
    identity = cast(placed.c.id, _RECORDS.c.identity.type)
    record = select(*_bound("r_", _RECORDS, _PLACED_RECORD_COLUMNS).values(), identity, placed.c.id)
    made = (
        insert(_RECORDS)
        .from_select([*_PLACED_RECORD_COLUMNS, "identity", "placement_id"], record)
        .returning(_RECORDS.c.id, _RECORDS.c.placement_id)
        .cte("made")
    )
    kept = _first_version(made).returning(_VERSIONS.c.id, _VERSIONS.c.record_id).cte("kept")
    # An INSERT returns only its own table's columns: the three ids are selected from the CTEs.
    return select(made.c.placement_id, kept.c.record_id, kept.c.id).join_from(
        kept, made, kept.c.record_id == made.c.id
    )


_BOTH = _record_and_first_version()
_ALL_THREE = _placement_record_and_first_version()


@cache
def _driver_text(
    statement: Any, dialect: Dialect
) -> tuple[str, dict[str, Any], dict[str, Callable[[Any], Any]]]:
    """A CTE's text for `dialect`, its fixed parameters (the version's number) and how each typed
    parameter is bound: a JSON value as its text, which the statement casts (`::JSON`)."""
    compiled = statement.compile(dialect=dialect)
    assert compiled.positiontup is None, "a named paramstyle (psycopg's pyformat)"
    columns = {f"r_{name}": _RECORDS.c[name] for name in _RECORD_COLUMNS}
    columns |= {f"v_{name}": _VERSIONS.c[name] for name in _VERSION_COLUMNS}
    columns |= {f"p_{name}": _PLACEMENTS.c[name] for name in _PLACEMENT_COLUMNS}
    processors = {
        name: copy_processor(columns[name].type, dialect) for name in compiled.params if name in columns
    }
    fixed = {name: value for name, value in compiled.params.items() if name not in columns}
    return compiled.string, fixed, {name: f for name, f in processors.items() if f is not None}


def _run(connection: Connection, statement: Any, rows: dict[str, dict[str, Any]]) -> Any:
    """One CTE sent as driver SQL, each of `rows` bound under its prefix ("p_", "r_", "v_"), every row
    created now; what it returns."""
    text, fixed, processors = _driver_text(statement, connection.dialect)
    now = utcnow()
    # The CTE binds every column: what made the version is None where the caller does not say.
    params = {"v_read_with": None, "v_mapped_with": None, **fixed}
    for prefix, row in rows.items():
        params |= {f"{prefix}{name}": value for name, value in row.items()} | {f"{prefix}created_at": now}
    for name, process in processors.items():
        params[name] = process(params[name])
    return connection.exec_driver_sql(text, params).one()


def new_record(connection: Connection, record: dict[str, Any], version: dict[str, Any]) -> tuple[int, int]:
    """Insert a record (`current_version` 1) and its first version; (the record's id, the version's)."""
    if connection.dialect.name == "postgresql":
        version_id, record_id = _run(connection, _BOTH, {"r_": record, "v_": version})
        return record_id, version_id
    record_id = connection.execute(_NEW_RECORD, record).scalar_one()
    version_id = connection.execute(_NEW_VERSION, {**version, "record_id": record_id, "version": 1})
    return record_id, version_id.scalar_one()


def new_placement_record(
    connection: Connection, placement: dict[str, Any], record: dict[str, Any], version: dict[str, Any]
) -> tuple[int, int, int]:
    """Insert a new placement, its record (`record` without identity and placement: the placement's id is
    both) and the record's first version; (the placement's id, the record's, the version's). On
    PostgreSQL one statement; elsewhere the three INSERTs in that order, as before."""
    if connection.dialect.name == "postgresql":
        placement_id, record_id, version_id = _run(
            connection, _ALL_THREE, {"p_": placement, "r_": record, "v_": version}
        )
        return placement_id, record_id, version_id
    placement_id = connection.execute(_NEW_PLACEMENT, placement).scalar_one()
    record_id, version_id = new_record(
        connection, {**record, "identity": str(placement_id), "placement_id": placement_id}, version
    )
    return placement_id, record_id, version_id


def new_version(connection: Connection, record_id: int, number: int, version: dict[str, Any]) -> int:
    """Make version `number` of a record its current one and insert it; the version's id."""
    connection.execute(_NEW_CURRENT, {"record_id": record_id, "number": number})
    row = {**version, "record_id": record_id, "version": number}
    return int(connection.execute(_NEW_VERSION, row).scalar_one())
