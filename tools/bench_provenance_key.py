"""The PostgreSQL backend's CPU a provenance row, with the foreign key and with the statement triggers
that replace it (migration 0015; decision 0030, stop 42).

`python -m tools.bench_provenance_key --database-url URL [--forms 1008] [--rows 17] [--batches 10]
[--turns 4]`

In a schema of its own (`bench_provenance_key`, dropped afterwards), in turns: the tables `record_versions`
and `provenance` made as the hub's (the provenance columns, their types, the index on the version), the
link to the version either the foreign key or `provenance_checks.CREATE`, the very statements the
migration runs. Then `--batches` transactions, each inserting its share of `--forms` versions and COPYing
their `--rows` provenance rows each, the backend's CPU read from /proc/<pid>/schedstat (nanoseconds) around
each COPY: the COPY and the checks it sets off. Linux and a server on this machine only.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from hub.services import provenance_checks

SCHEMA = "bench_provenance_key"
COLUMNS = "record_version_id, path, document_sha256, locator, source_key, raw_value, transforms"
TABLES = """
CREATE TABLE record_versions (id integer PRIMARY KEY, version integer NOT NULL);
CREATE TABLE provenance (
    id serial PRIMARY KEY,
    record_version_id integer NOT NULL {key},
    path varchar(200) NOT NULL,
    document_sha256 varchar(64) NOT NULL,
    locator json NOT NULL,
    source_key varchar(500),
    raw_value text,
    transforms json NOT NULL
);
CREATE INDEX ix_provenance_record_version_id ON provenance (record_version_id);
"""
KEY = "REFERENCES record_versions (id) ON DELETE CASCADE"


def rows_of(version: int, rows: int) -> list[tuple[object, ...]]:
    """A version's provenance rows, shaped as an XML form's (an XPath locator in both languages)."""
    out: list[tuple[object, ...]] = []
    for i in range(rows):
        xpath = f"/Praktikaftale/Felt{i}/Vaerdi"
        locator = {"xpath": xpath, "text": {"en": xpath, "da": xpath}}
        raw = f"værdi {version}-{i}"
        out.append((version, f"field.{i}", f"{version:064x}", json.dumps(locator), xpath, raw, '["strip"]'))
    return out


def _cpu(pid: int) -> float:
    """A process's CPU seconds so far, in nanoseconds' resolution."""
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) / 1e9


def one_turn(conn: psycopg.Connection, triggers: bool, forms: int, rows: int, batches: int) -> float:
    """Microseconds of the backend's CPU a provenance row, over `batches` transactions."""
    pid = conn.info.backend_pid
    conn.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
    conn.execute(f"CREATE SCHEMA {SCHEMA}")
    conn.execute(f"SET search_path TO {SCHEMA}")
    conn.execute(TABLES.format(key="" if triggers else KEY))
    if triggers:
        for statement in provenance_checks.CREATE:
            conn.execute(statement)
    spent = 0.0
    for b in range(batches):
        versions = range(forms * b // batches + 1, forms * (b + 1) // batches + 1)
        with conn.transaction():
            with conn.cursor() as cursor:
                cursor.executemany("INSERT INTO record_versions VALUES (%s, 1)", [(v,) for v in versions])
            before = _cpu(pid)
            statement = f"COPY provenance ({COLUMNS}) FROM STDIN"
            with conn.cursor() as cursor, cursor.copy(statement) as copy:
                for version in versions:
                    for row in rows_of(version, rows):
                        copy.write_row(row)
            spent += _cpu(pid) - before
    conn.execute(f"DROP SCHEMA {SCHEMA} CASCADE")
    return 1e6 * spent / (forms * rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the backend's CPU a row, each turn and the best, with the key and with the triggers."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.bench_provenance_key", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--database-url", required=True, help="a PostgreSQL server on this machine")
    parser.add_argument("--forms", type=int, default=1008, help="record versions in all")
    parser.add_argument("--rows", type=int, default=17, help="provenance rows a version")
    parser.add_argument("--batches", type=int, default=10, help="transactions (one COPY each)")
    parser.add_argument("--turns", type=int, default=4)
    args = parser.parse_args(argv)
    url = make_url(args.database_url).set(drivername="postgresql")
    found: dict[str, list[float]] = {"foreign key": [], "statement triggers": []}
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
        for _ in range(args.turns):
            for name in found:
                found[name].append(one_turn(conn, name != "foreign key", args.forms, args.rows, args.batches))
    for name, figures in found.items():
        turns = ", ".join(f"{f:.2f}" for f in figures)
        print(f"{name}: {turns} (best {min(figures):.2f}) µs of the backend's CPU a row")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
