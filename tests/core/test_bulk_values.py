"""A COPY row's values (`bulk._values`, decision 0030 stop 50): taken by name in the order of the columns
named, whatever the order of the row's own keys, each converted as SQLAlchemy would bind it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from flask import Flask
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import psycopg

from hub import jsoncodec
from hub.extensions import db
from hub.models import AuditEvent, AuditPending, PlacementSummary
from hub.models.base import table_of
from hub.services import bulk

AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
NAMES = ("occurred_at", "actor", "action", "subject", "detail")


def _dialect() -> Any:
    dialect = psycopg.dialect(json_serializer=jsoncodec.dumps)
    return dialect


def test_values_follow_the_names_not_the_rows_own_order_and_json_is_its_text() -> None:
    values = bulk._values(table_of(AuditEvent), _dialect(), NAMES)
    detail = {"b": [1, None, "æøå"], "a": {"x": True}}
    forward = {"occurred_at": AT, "actor": "me", "action": "thing.done", "subject": "s:1", "detail": detail}
    backward = dict(reversed(list(forward.items())))
    for row in (forward, backward):
        found = list(values(row))
        assert found[:4] == [AT, "me", "thing.done", "s:1"]
        assert json.loads(found[4]) == detail  # the JSON column as the text the server casts
    assert (
        values({**forward, "detail": None})[4] == "null"
    )  # JSON's null, as SQLAlchemy's JSON type writes it


def test_a_table_of_one_column_gives_a_row_of_one_value() -> None:
    values = bulk._values(table_of(AuditPending), _dialect(), ("event_id",))
    assert tuple(values({"event_id": 7})) == (7,)


def test_columns_without_a_conversion_are_given_as_they_are() -> None:
    values = bulk._values(table_of(AuditEvent), _dialect(), ("actor", "subject"))
    assert tuple(values({"subject": "s", "actor": "a"})) == ("a", "s")


def test_booleans_are_converted_as_sqlalchemy_binds_them() -> None:
    summaries = table_of(PlacementSummary)
    dialect = _dialect()
    process = summaries.c["male"].type.dialect_impl(dialect).bind_processor(dialect)
    values = bulk._values(summaries, dialect, ("placement_id", "male"))
    expected = process(True) if process else True
    assert tuple(values({"male": True, "placement_id": 3})) == (3, expected)


def test_copied_rows_with_keys_in_any_order_read_back_as_given(postgres_app: Flask) -> None:
    with postgres_app.app_context():
        rows = [
            {"occurred_at": AT, "actor": "a", "action": "x.y", "subject": "one", "detail": {"n": 1}},
            {"detail": [None], "subject": "two", "action": "x.y", "actor": "b", "occurred_at": AT},
        ]
        connection = db.session.connection()
        bulk.insert_rows(connection, table_of(AuditEvent), rows)
        ids = list(db.session.scalars(select(AuditEvent.id).order_by(AuditEvent.subject)))
        bulk.insert_rows(connection, table_of(AuditPending), [{"event_id": i} for i in ids])
        db.session.commit()
        found = db.session.execute(
            select(AuditEvent.actor, AuditEvent.subject, AuditEvent.detail).order_by(AuditEvent.subject)
        ).all()
        assert [tuple(r) for r in found] == [("a", "one", {"n": 1}), ("b", "two", [None])]
        assert sorted(db.session.scalars(select(AuditPending.event_id))) == sorted(ids)
