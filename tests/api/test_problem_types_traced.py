"""The problem types "Stop 64: api-92" left untraced, each made to be sent by a real request, or gone
from `/api/problems` where nothing can send it (decision 0016, "Stop 65: api-93").

- `config_error`: an operation that signs (`GET /api/audit/checkpoint`) in a process whose configured
  audit-log key is not there and cannot be made, or (on a shared database) is not there (`hub serve`
  refuses to start so; a WSGI server calling `create_app` does not check): the hub's fault, 500, its
  setting in the log only.
- `rejected`: `POST /api/submissions` with a form field the caller may not give (`agreement` from a
  municipality).
- `unreadable`, `processing_failed`, `bad_checkpoint`: sent by nothing (a file's refusal is its own
  outcome in a 202, a job's failure is the submission's `failed`, and the API's proofs take tree sizes,
  never a checkpoint), so listed no more.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

import pytest
from accounts import add_user, bearer
from conftest import make_app
from flask import Flask
from spec_walk import SpecCheck

ERROR_SHAPE = {"$ref": "#/components/schemas/ErrorShape"}


def _true_problem(app: Flask, answer: Any, code: str, status: int) -> dict[str, Any]:
    """The answer's body, after checking it is problem details of `code` as the spec's `ErrorShape`
    has them, with a `type` whose page is there, and English words without a traceback."""
    client = app.test_client()
    spec = client.get("/api/openapi.json").get_json()
    body = answer.get_json()
    assert answer.status_code == status, body
    assert answer.mimetype == "application/problem+json"
    assert SpecCheck(spec)._fits(ERROR_SHAPE, body) == []
    assert (body["code"], body["status"]) == (code, status)
    assert body["type"] == f"http://localhost/api/problems/{code}"
    page = client.get(f"/api/problems/{code}", headers={"Accept": "application/json"})
    assert page.status_code == 200 and page.get_json()["title"] == body["title"]
    assert "Traceback" not in answer.get_data(as_text=True)
    return dict(body)


def test_a_signing_key_that_cannot_be_made_is_a_config_error_500(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A folder that cannot be made (a file is where it would be): the key is read at start only when it
    # is there, and made on first use otherwise.
    (tmp_path / "keys").write_text("not a folder\n")
    key = tmp_path / "keys" / "audit-key.pem"
    app = make_app(tmp_path, SIGNING_KEY=str(key))
    add_user(app, "revisor-ballerup")
    with caplog.at_level(logging.ERROR, logger="hub.web.errors"):
        answer = app.test_client().get("/api/audit/checkpoint", headers=bearer(app, "revisor-ballerup"))
    body = _true_problem(app, answer, "config_error", 500)
    assert body["message"] == (
        "A setting of the hub's is wrong, so nothing was done; the hub's log names it. Trying again does "
        "not help: tell the hub's operator."
    )
    assert "instance" not in body  # the server's fault, not the path's
    # The key's path is the operator's to read, in the log, not the caller's.
    assert str(key) not in answer.get_data(as_text=True)
    assert any(str(key) in record.getMessage() for record in caplog.records)


def test_a_form_field_a_municipality_may_not_give_is_rejected_422(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    answer = app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "kommune-herlev"),
        data={"files": [(io.BytesIO(b"Navn;Timer\nA;1\n"), "timer.csv")], "agreement": "brfkredit"},
        content_type="multipart/form-data",
    )
    body = _true_problem(app, answer, "rejected", 422)
    spec = app.test_client().get("/api/openapi.json").get_json()
    assert SpecCheck(spec).problems(spec["paths"]["/api/submissions"]["post"], answer) == []
    [problem] = body["problems"]
    assert (problem["field"], problem["locator"]) == ("agreement", "form")
    assert problem["reason_en"] == (
        "a municipality sends as a municipality: leave out `agreement` (it is a company's choice)"
    )


@pytest.mark.parametrize("code", ["unreadable", "processing_failed", "bad_checkpoint"])
def test_a_type_nothing_sends_is_not_listed(app: Flask, code: str) -> None:
    client = app.test_client()
    listed = {item["code"] for item in client.get("/api/problems").get_json()["problem_types"]}
    assert code not in listed
    assert client.get(f"/api/problems/{code}", headers={"Accept": "application/json"}).status_code == 404
