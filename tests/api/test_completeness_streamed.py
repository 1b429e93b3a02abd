"""The completeness answer, streamed row by row (`hub.api.streamed_json`), is byte for byte the answer the
whole object made before: flask-smorest dumping `CompletenessOut` and `app.json.response` writing it."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from api_support import Caller
from flask import Flask
from page_support import demo_copy_fixture

from hub.api.audit_shapes import CompletenessOut
from hub.exports import completeness_report
from hub.extensions import db
from hub.periods import parse_period
from hub.pseudonyms import show_cpr
from hub.services import completeness

app = demo_copy_fixture("api-completeness")


def whole_answer(app: Flask, code: str, label: str, masked: bool) -> bytes:
    """The answer as the old path made it: every row in one dict, dumped by the schema, then jsonify."""
    period = parse_period(label)
    with app.test_request_context():
        audit = completeness.scope(db.session, code, period)
        rules = audit.config.audit
        rows: list[dict[str, Any]] = []
        for agreement, checked in completeness.checks(db.session, audit):
            row = completeness_report.check_dict(agreement.id, checked, rules)
            cpr = checked.facts.cpr
            row["citizen"]["cpr"] = show_cpr(cpr, "masked") if masked else cpr
            rows.append(row)
        complete = sum(1 for row in rows if row["complete"])
        whole = {
            "municipality_code": audit.config.code,
            "municipality": audit.config.name,
            "period": {"label": period.label, "start": period.start, "end": period.end},
            "cpr_in_bundles": rules.cpr_in_bundles,
            "placements": rows,
            "complete": complete,
            "incomplete": len(rows) - complete,
        }
        db.session.rollback()
        return bytes(app.json.response(CompletenessOut().dump(whole)).get_data())


@pytest.mark.parametrize(("username", "masked"), [("revisor-ballerup", True), ("kommune-ballerup", False)])
def test_the_streamed_answer_is_the_whole_ones_bytes(app: Flask, username: str, masked: bool) -> None:
    """Ballerup's Q3 for its auditor (CPR masked, its rule) and its staff (in full): the same bytes, so no
    row is dropped, added or moved; its ETag is the body's, and a caller holding it gets a 304."""
    expected = whole_answer(app, "151", "2026-Q3", masked)
    caller = Caller(app, username)
    response = caller.get("/api/municipalities/151/completeness?period=2026-Q3")
    assert response.status_code == 200 and response.mimetype == "application/json"
    body = response.get_data()
    # More than one row, so the rows' order and separators are compared too.
    assert body.count(b'"agreement_id"') >= 2
    assert body == expected
    assert response.headers["Content-Length"] == str(len(expected))
    tag = hashlib.sha256(expected).hexdigest()[:32]
    assert response.headers["ETag"] == f'"{tag}"'
    again = caller.get("/api/municipalities/151/completeness?period=2026-Q3", **{"If-None-Match": f'"{tag}"'})
    assert again.status_code == 304 and again.get_data() == b""


def test_an_empty_period_is_an_empty_list(app: Flask) -> None:
    """A period without placements (a year before the demo) is `"placements":[]`, as before."""
    expected = whole_answer(app, "151", "2025-Q1", masked=False)
    assert b'"placements":[]' in expected
    got = Caller(app, "kommune-ballerup").get("/api/municipalities/151/completeness?period=2025-Q1")
    assert got.status_code == 200 and got.get_data() == expected


def test_an_app_that_indents_its_json_still_answers_the_whole_object(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the app indents (`compact = False`, or debug), rows cannot be dumped on their own: the view
    hands the whole object to flask-smorest as before, and the bytes are still the old path's."""
    monkeypatch.setattr(app.json, "compact", False)
    expected = whole_answer(app, "151", "2026-Q3", masked=False)
    assert b'\n  "complete"' in expected  # indented
    got = Caller(app, "kommune-ballerup").get("/api/municipalities/151/completeness?period=2026-Q3")
    assert got.status_code == 200 and got.get_data() == expected
