"""A stored version's data is written as JSON once, for both its INSERT and its logged hash (decision
0030, "Stop 72: store-123").

The storing thread wrote a new version's data twice a form: through the JSON columns' codec and back for
the `record.<reason>` entry's `data_sha256` (`record_hashes.traced_data`), and again by the column's
serializer for the version's INSERT. Now the text is written once (`jsoncodec.Encoded`) and the column
is given that text; what is stored and what is logged are as before.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy import select

from hub import jsoncodec
from hub.exports.bundle_data import traced_data_sha256
from hub.extensions import db
from hub.models import AuditEvent, RecordVersion
from hub.services import agreements, ingest, processing

GOLDEN = ROOT / "tests" / "golden" / "hoeje-taastrup"


class _Counted:
    """orjson as `jsoncodec` uses it, counting the writes of a record's data (a dict with `form_type`)."""

    def __init__(self) -> None:
        self.data_written = 0

    def dumps(self, value: Any, *args: Any, **kwargs: Any) -> bytes:
        if type(value) is dict and "form_type" in value and "citizen" in value:
            self.data_written += 1
        return orjson.dumps(value, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(orjson, name)


def test_a_new_versions_data_is_written_once_and_stored_as_logged(
    backend_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "t")
        name = "placement.xml"
        sent = ingest.submit(db.session, (GOLDEN / name).read_bytes(), name, "hoeje-taastrup", "test", "t")
        counted = _Counted()
        monkeypatch.setattr(jsoncodec, "orjson", counted)
        statuses = processing.process_batch(db.session, [sent.submission_id], holder="me")
        monkeypatch.undo()
        assert statuses == {sent.submission_id: "accepted"}
        # Twice before: once for the logged hash, once more by the column's serializer for the INSERT.
        assert counted.data_written == 1
        version = db.session.scalars(select(RecordVersion)).one()
        expected = json.loads((GOLDEN / "placement.expected.json").read_text(encoding="utf-8"))
        assert version.data == expected
        logged = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "record.submitted")).one()
        # The hash of the data as the database gives it back: what verify.py recomputes from a bundle.
        assert logged.detail["data_sha256"] == traced_data_sha256(version.data)


def test_the_columns_codec_passes_written_text_on_as_it_is() -> None:
    value = {"b": [1, "æ"], "a": None}
    text = jsoncodec.encoded(value)
    assert jsoncodec.dumps(text) == jsoncodec.dumps(value) == '{"b":[1,"æ"],"a":null}'
    assert jsoncodec.loads(jsoncodec.dumps(text)) == value
