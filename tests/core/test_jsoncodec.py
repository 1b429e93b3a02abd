"""The JSON columns' codec: orjson, with the standard library's answers where orjson has none."""

from __future__ import annotations

import json
import math
from decimal import Decimal

import pytest
from flask import Flask
from sqlalchemy import text

from hub import jsoncodec
from hub.extensions import db
from hub.models import AuditEvent
from hub.models.base import utcnow


def test_values_read_back_as_the_standard_library_reads_them() -> None:
    value = {"citizen": {"name": "Søren Ærø", "cpr": "0101901234"}, "hours": [1.5, 2], "ok": True, "x": None}
    written = jsoncodec.dumps(value)
    assert json.loads(written) == value == jsoncodec.loads(written)
    assert jsoncodec.loads(json.dumps(value)) == value  # text the standard library wrote before


def test_the_edges_orjson_leaves_go_through_the_standard_library() -> None:
    assert json.loads(jsoncodec.dumps({1: "a"})) == {"1": "a"}  # a key that is not a string
    huge = 2**70  # beyond 64 bits: orjson refuses to write it
    assert jsoncodec.loads(jsoncodec.dumps([huge])) == [huge]
    assert math.isnan(jsoncodec.loads("[NaN]")[0])  # text `json` may have written; orjson refuses it
    with pytest.raises(TypeError):
        jsoncodec.dumps(Decimal("1.5"))  # refused, as `json` refuses it
    with pytest.raises(ValueError):
        jsoncodec.loads("{not json")


def test_sqlite_stores_the_codecs_text_and_reads_it_back(app: Flask) -> None:
    with app.app_context():
        detail = {"name": "Søren", "n": 1}
        event = AuditEvent(occurred_at=utcnow(), actor="t", action="a", subject="s", detail=detail)
        db.session.add(event)
        db.session.commit()
        raw = db.session.execute(text("SELECT detail FROM audit_events WHERE id = :id"), {"id": event.id})
        assert raw.scalar_one() == '{"name":"Søren","n":1}'  # compact UTF-8, not `json`'s escapes
        db.session.expire_all()
        assert db.session.get_one(AuditEvent, event.id).detail == detail


# Integers orjson reads as a float, rounded (written out, not computed: 2**70 is a float exactly).
LONG_INTEGERS = [
    123456789012345678901234,  # 24 digits: an IBAN's digits, a long case number
    18446744073709551616,  # 2**64: one beyond 64 bits unsigned
    -9223372036854775809,  # one below 64 bits signed
    10000000000000000000000000000000000000001,
]


@pytest.mark.parametrize("number", LONG_INTEGERS)
def test_an_integer_beyond_64_bits_is_read_back_to_the_last_digit(number: int) -> None:
    for written in (f"[{number}]", f'{{"account": {number}, "name": "Søren"}}'):
        value = jsoncodec.loads(written)
        assert value == json.loads(written)
        assert jsoncodec.loads(written.encode()) == value  # psycopg hands bytes
    assert jsoncodec.loads(jsoncodec.dumps({"n": number})) == {"n": number}
    assert type(jsoncodec.loads(f"[{number}]")[0]) is int


def test_a_long_integer_in_a_json_column_comes_back_whole(app: Flask) -> None:
    with app.app_context():
        detail = {"account": 123456789012345678901234}
        event = AuditEvent(occurred_at=utcnow(), actor="t", action="a", subject="s", detail=detail)
        db.session.add(event)
        db.session.commit()
        db.session.expire_all()
        assert db.session.get_one(AuditEvent, event.id).detail["account"] == 123456789012345678901234
