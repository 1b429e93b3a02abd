"""COPY's JSON values (`bulk.copy_processor`, the batch's audit entries and provenance) are the same
text and read back as the same values as an INSERT's, for the characters COPY's text format escapes
(backslash, tab, newline, carriage return), NUL, quotes, line separators and characters beyond the BMP."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import Text, cast, insert, select

from hub.extensions import db
from hub.models import AuditEvent
from hub.models.base import table_of, utcnow
from hub.services import bulk

ODD = "a\\b\tc\nd\re\x00f\"g'h\u2028i\U0001f600j\\N\\.k\x7f\x1bl"
DETAILS: list[Any] = [
    {"text": ODD, ODD: [ODD, 1, None, 2.5, True]},
    {"nested": {"deeper": [ODD[::-1]]}, "empty": ""},
    {"n": 2**70},  # beyond orjson's integers: the standard library writes it, on both paths
    {},
]


def _rows(tag: str) -> list[dict[str, Any]]:
    at = utcnow().replace(microsecond=0)
    return [
        {"occurred_at": at, "actor": tag, "action": "thing.odd", "subject": f"{tag}:{i}", "detail": d}
        for i, d in enumerate(DETAILS)
    ]


def _read(tag: str) -> list[tuple[Any, str]]:
    return [
        (detail, str(as_text))
        for detail, as_text in db.session.execute(
            select(AuditEvent.detail, cast(AuditEvent.detail, Text).label("as_text"))
            .where(AuditEvent.actor == tag)
            .order_by(AuditEvent.subject)
        )
    ]


def test_copy_writes_json_as_an_insert_does(backend_app: Flask) -> None:
    with backend_app.app_context():
        connection = db.session.connection()
        bulk.insert_rows(connection, table_of(AuditEvent), _rows("copied"))  # COPY on PostgreSQL
        connection.execute(insert(table_of(AuditEvent)), _rows("inserted"))
        db.session.commit()
        copied, inserted = _read("copied"), _read("inserted")
        assert [value for value, _ in copied] == DETAILS
        assert copied == inserted
