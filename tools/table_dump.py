"""Every table of a database as plain rows, to compare two drains of the same forms (decision 0030,
eighteenth and twentieth runs): a change meant to cost less CPU must leave every row as it was.

What names the moment or the code is left out: every time column, a submission's lease and job, the
audit log's Merkle nodes and checkpoints (they hash the entries' times), the dashboards' state
fingerprint (see `MOMENT`), and, unless `code` is set, the fingerprints of the code that read and mapped
a document (decision 0023), which change with that code.
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

import hub.models  # noqa: F401  (every table on the metadata)
from hub.models.base import Base, UtcDateTime

# Whole tables of hashes over times.
TIMED_TABLES = frozenset({"audit_nodes", "audit_checkpoints"})
# Columns that name the moment or the worker, not what was stored; and the dashboards' state fingerprint,
# which some drains of the same code store differently from others (decision 0030, twentieth run).
MOMENT = frozenset(
    {
        ("submissions", "lease_until"),
        ("submissions", "leased_by"),
        ("submissions", "job_id"),
        ("dashboard_states", "fingerprint"),
    }
)
# Columns that hash the code that read and mapped (decision 0023).
CODE = frozenset(
    {
        ("record_versions", "read_with"),
        ("record_versions", "mapped_with"),
        ("submissions", "config_fingerprint"),
    }
)


def _kept(table: sa.Table, column: sa.Column[Any], code: bool) -> bool:
    if isinstance(column.type, UtcDateTime) or (table.name, column.name) in MOMENT:
        return False
    return code or (table.name, column.name) not in CODE


def _plain(table: str, column: str, value: Any, code: bool) -> Any:
    """A value as JSON would hold it; a document's extraction without the reading code's name."""
    if table == "documents" and column == "extraction" and isinstance(value, dict) and not code:
        meta = {k: v for k, v in (value.get("meta") or {}).items() if k != "reading"}
        value = {**value, "meta": meta}
    return json.loads(json.dumps(value, default=str, sort_keys=True))


def table_rows(session: Session, code: bool = False) -> dict[str, list[list[Any]]]:
    """Every table's rows in primary-key order, each a list of its kept columns' plain values."""
    out: dict[str, list[list[Any]]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in TIMED_TABLES:
            continue
        columns = [c for c in table.columns if _kept(table, c, code)]
        query = sa.select(*columns).order_by(*(table.primary_key.columns or columns))
        out[table.name] = [
            [_plain(table.name, c.name, v, code) for c, v in zip(columns, row, strict=True)]
            for row in session.execute(query)
        ]
    return out


def differences(before: dict[str, list[list[Any]]], after: dict[str, list[list[Any]]]) -> list[str]:
    """Where two dumps differ: a table's row count, or its first differing row (empty: the same)."""
    found = []
    for name in sorted(set(before) | set(after)):
        rows_before, rows_after = before.get(name, []), after.get(name, [])
        if len(rows_before) != len(rows_after):
            found.append(f"{name}: {len(rows_before)} rows, then {len(rows_after)}")
            continue
        for at, (one, two) in enumerate(zip(rows_before, rows_after, strict=True)):
            if one != two:
                found.append(f"{name} row {at}: {one} != {two}")
                break
    return found
