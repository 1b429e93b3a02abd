"""Every error of the API is RFC 9457 problem details (`application/problem+json`) that keeps the members
clients read today (`code`, `message`, `message_da`, `problems`); each kind's `type` URI documents it."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from accounts import add_user, bearer
from conftest import make_app
from flask import Flask, abort
from sqlalchemy.exc import OperationalError

from hub.errors import HubError
from hub.services.audit_checkpoints import LogBroken
from hub.web.guard import requires

HUB = {"code", "message", "message_da", "problems"}
RFC = {"type", "title", "status", "detail"}
# The titles, as written for each kind in `hub.web.problems.KINDS`.
TITLES = {
    "bad_period": "Period cannot be asked for",
    "unauthenticated": "Not signed in",
    "forbidden": "Not allowed",
    "not_found": "Not found",
    "method_not_allowed": "Method not allowed",
    "not_acceptable": "Not acceptable",
    "log_broken": "Audit log does not match its checkpoint",
    "request_entity_too_large": "Too large",
    "unsupported_media_type": "Unsupported media type",
    "unprocessable_entity": "Invalid arguments",
    "too_many_requests": "Too many requests",
    "database_unavailable": "Database unavailable",
}


def problem(answer: Any, status: int, code: str, instance: str | None) -> dict[str, Any]:
    """The answer's body, checked to be the problem of `code` at `instance` (None: none named)."""
    assert answer.status_code == status, answer.get_data(as_text=True)
    assert answer.mimetype == "application/problem+json"
    body: dict[str, Any] = answer.get_json()
    assert HUB | RFC <= set(body), set(body)
    assert body["code"] == code and body["status"] == status and body["title"] == TITLES[code]
    assert body["type"] == f"http://localhost/api/problems/{code}"
    assert body["detail"] == body["message"] and body["message_da"]
    assert body.get("instance") == instance
    return body


def test_every_error_path_is_a_problem(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    add_user(app, "kommune-herlev")
    add_user(app, "admin")
    herlev, admin = bearer(app, "kommune-herlev"), bearer(app, "admin")
    client = app.test_client()
    # 400: a period that has not begun, `period` named in `problems`.
    body = problem(
        client.get("/api/agreements/1/payments?period=2199-01", headers=herlev),
        400,
        "bad_period",
        "/api/agreements/1/payments",
    )
    assert [p["field"] for p in body["problems"]] == ["period"]
    problem(client.get("/api/placements"), 401, "unauthenticated", None)
    problem(client.get("/api/placements", headers=admin), 403, "forbidden", "/api/placements")
    problem(client.get("/api/records/999", headers=herlev), 404, "not_found", "/api/records/999")
    problem(client.get("/api/no-such-thing", headers=herlev), 404, "not_found", "/api/no-such-thing")
    refused = client.post("/api/placements", headers=herlev)
    problem(refused, 405, "method_not_allowed", "/api/placements")
    assert "GET" in refused.headers["Allow"]
    body = problem(
        client.get("/api/placements", headers={**herlev, "Accept": "text/html"}),
        406,
        "not_acceptable",
        "/api/placements",
    )
    assert body["offered"] == ["application/json"]
    not_multipart = client.post("/api/submissions", json={"files": []}, headers=herlev)
    problem(not_multipart, 415, "unsupported_media_type", "/api/submissions")
    assert not_multipart.headers["Accept-Post"] == "multipart/form-data"
    body = problem(
        client.get("/api/placements?per_page=0", headers=herlev),
        422,
        "unprocessable_entity",
        "/api/placements",
    )
    assert [(p["locator"], p["field"]) for p in body["problems"]] == [("query", "per_page")]
    app.config["MAX_CONTENT_LENGTH"] = 200
    big = {"files": (BytesIO(b"x" * 1000), "big.csv")}
    too_large = client.post("/api/submissions", data=big, headers=herlev, content_type="multipart/form-data")
    problem(too_large, 413, "request_entity_too_large", "/api/submissions")

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise LogBroken("the log was altered", "loggen er ændret")

    monkeypatch.setattr("hub.services.placement_reads.placements_page", broken)
    problem(client.get("/api/placements", headers=herlev), 409, "log_broken", "/api/placements")

    def away(*args: Any, **kwargs: Any) -> Any:
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr("hub.services.placement_reads.placements_page", away)
    unavailable = client.get("/api/placements", headers=herlev)
    problem(unavailable, 503, "database_unavailable", None)  # the server's trouble, not the path's
    assert int(unavailable.headers["Retry-After"]) > 0


def test_too_many_requests_is_a_problem(tmp_path: Path) -> None:
    app = make_app(tmp_path, API_LIMIT="1/minute")
    add_user(app, "kommune-herlev")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    assert client.get("/api/agreements", headers=herlev).status_code == 200
    refused = client.get("/api/agreements", headers=herlev)
    problem(refused, 429, "too_many_requests", None)
    assert int(refused.headers["Retry-After"]) > 0


def test_a_client_that_takes_only_json_gets_the_same_body_as_json(app: Flask) -> None:
    """Clients written against the earlier answers send `Accept: application/json`: they get the same
    body labelled so; problem+json where it is wanted as much or more (RFC 9110 q-values)."""
    client = app.test_client()
    for accept, expected in (
        ("application/json", "application/json"),
        ("application/problem+json", "application/problem+json"),
        ("application/json, application/problem+json", "application/problem+json"),
        ("application/json, application/problem+json;q=0.5", "application/json"),
        ("*/*", "application/problem+json"),
        ("text/html", "application/problem+json"),  # nothing it takes: an error still says why
    ):
        answer = client.get("/api/placements", headers={"Accept": accept})
        assert (answer.status_code, answer.mimetype) == (401, expected), accept
        assert answer.get_json()["type"] == "http://localhost/api/problems/unauthenticated"
        assert "Accept" in answer.headers["Vary"]


# The codes of errors no request is answered with, so of no problem type (decision 0016, "Stop 65:
# api-93"): a document's unreadable bytes are its own outcome in a 202 or its stored problems, a job's
# failure is the submission's `failed`, and only `hub audit` opens a kept checkpoint.
NEVER_ANSWERED = frozenset({"unreadable", "processing_failed", "bad_checkpoint"})


def test_each_type_uri_documents_its_kind_and_every_hub_error_has_one(app: Flask) -> None:
    client = app.test_client()
    kinds = client.get("/api/problems").get_json()["problem_types"]
    by_code = {kind["code"]: kind for kind in kinds}
    for code, title in TITLES.items():
        page = client.get(f"/api/problems/{code}", headers={"Accept": "application/json"}).get_json()
        assert page["title"] == title and page["type"] == f"http://localhost/api/problems/{code}"
        assert by_code[code] == page
    html = client.get("/api/problems/not_found", headers={"Accept": "text/html"})
    assert html.mimetype == "text/html" and "<h1>Not found</h1>" in html.get_data(as_text=True)
    assert client.get("/api/problems/no_such_kind").status_code == 404
    # Every error the hub raises on purpose has a documented kind, at its own status.
    subclasses, seen = [HubError], []
    while subclasses:
        cls = subclasses.pop()
        seen.append(cls)
        subclasses += cls.__subclasses__()
    for cls in seen:
        if cls.code in NEVER_ANSWERED:
            assert cls.code not in by_code, cls
            continue
        assert cls.code in by_code, cls
        assert by_code[cls.code]["status"] == cls.status_code, cls


def test_an_http_error_the_hub_does_not_word_is_about_blank(app: Flask) -> None:
    """RFC 9457 4.2.1: `about:blank`, titled with the status phrase."""

    def gone() -> str:
        abort(410)

    app.add_url_rule("/api/gone", "gone_api", requires("public")(gone))
    body = app.test_client().get("/api/gone").get_json()
    assert body["type"] == "about:blank" and body["title"] == "Gone" and body["status"] == 410
    assert body["code"] == "gone" and body["instance"] == "/api/gone"
