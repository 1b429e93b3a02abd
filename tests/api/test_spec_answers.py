"""What the spec says an operation takes and answers is what it takes and answers: the conditional
request of a record, the 503 of a server that is away, the kinds of the company's forms, and no pagination
header the hub never sends."""

from __future__ import annotations

from typing import Any

from accounts import add_user, bearer
from flask import Flask
from sqlalchemy.exc import OperationalError


def _spec(app: Flask) -> dict[str, Any]:
    spec: dict[str, Any] = app.test_client().get("/api/openapi.json").get_json()
    return spec


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, operation)
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if method != "parameters"
    ]


def test_a_records_conditional_request_is_in_the_spec(app: Flask) -> None:
    """`If-None-Match` is a parameter a generated client can send, and the 304 carries the ETag."""
    operation = _spec(app)["paths"]["/api/records/{record_id}"]["get"]
    [header] = [p for p in operation["parameters"] if p["in"] == "header"]
    assert header["name"] == "If-None-Match" and header["required"] is False
    assert "ETag" in operation["responses"]["304"]["headers"]
    assert "ETag" in operation["responses"]["200"]["headers"]


def test_every_operation_documents_the_503_of_a_server_that_is_away(app: Flask) -> None:
    spec = _spec(app)
    unavailable = spec["components"]["responses"]["Unavailable"]
    assert "Retry-After" in unavailable["headers"]
    assert unavailable["content"]["application/problem+json"]["schema"] == {
        "$ref": "#/components/schemas/ErrorShape"
    }
    for method, path, operation in _operations(spec):
        assert operation["responses"]["503"] == {"$ref": "#/components/responses/Unavailable"}, (method, path)


def test_the_503_the_spec_documents_is_what_a_call_gets(app: Flask, monkeypatch: Any) -> None:
    """A database that does not answer: 503 in the one shape, with `Retry-After`, as documented."""
    add_user(app, "kommune-herlev")
    headers = bearer(app, "kommune-herlev")

    def away(*args: Any, **kwargs: Any) -> Any:
        raise OperationalError("SELECT 1", {}, Exception("connection refused"))

    monkeypatch.setattr("hub.services.placement_reads.placements_page", away)
    response = app.test_client().get("/api/placements", headers=headers)
    assert response.status_code == 503 and int(response.headers["Retry-After"]) > 0
    assert response.get_json()["code"] == "database_unavailable"


def test_the_company_form_kinds_are_the_ones_the_route_serves(app: Flask) -> None:
    """The spec enumerates `kind`; each listed kind is served (not the 404 naming the kinds there are)."""
    path = _spec(app)["paths"]["/api/agreements/{agreement_id}/forms/{kind}"]
    parameters = path.get("parameters", []) + path["get"].get("parameters", [])
    [kind] = [p for p in parameters if p["in"] == "path" and p["name"] == "kind"]
    assert kind["schema"]["enum"] == ["mentor_hours", "progress_report", "placement_end"]
    add_user(app, "falck")
    headers = bearer(app, "falck")
    client = app.test_client()
    for name in kind["schema"]["enum"]:
        # No agreement is loaded: each kind gets as far as the agreement (404 naming it), never the kind.
        body = client.get(f"/api/agreements/none/forms/{name}?format=pdf", headers=headers).get_json()
        assert "agreement" in body["message"], (name, body)
    other = client.get("/api/agreements/none/forms/timesheet?format=pdf", headers=headers).get_json()
    assert "no form 'timesheet'" in other["message"]


def test_no_pagination_header_schema_that_nothing_sends(app: Flask) -> None:
    """The hub pages with the body and `Link` (decision 0016): flask-smorest's `X-Pagination` header and
    its `PaginationMetadata` schema are not in the spec."""
    spec = _spec(app)
    assert "PaginationMetadata" not in spec["components"]["schemas"]
    assert "X-Pagination" not in str(spec)


def _answers(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every answer the spec describes: the shared ones and each operation's own."""
    shared = list(spec["components"]["responses"].items())
    own = [
        (f"{method} {path} {status}", answer)
        for method, path, operation in _operations(spec)
        for status, answer in operation["responses"].items()
        if "$ref" not in answer
    ]
    return shared + own


def test_errors_are_documented_as_problem_details(app: Flask) -> None:
    """The error shape has RFC 9457's members beside the hub's, and every answer in it is documented
    as `application/problem+json` first, then as the `application/json` it comes as when asked for so."""
    spec = _spec(app)
    shape = spec["components"]["schemas"]["ErrorShape"]
    members = {"type", "title", "status", "detail", "code", "message", "message_da", "problems"}
    assert set(shape["required"]) == members
    assert set(shape["properties"]) == members | {"instance", "offered"}
    assert shape["properties"]["status"]["type"] == "integer"
    ref = {"$ref": "#/components/schemas/ErrorShape"}
    errors = [
        (where, answer)
        for where, answer in _answers(spec)
        if any(body.get("schema") == ref for body in answer.get("content", {}).values())
    ]
    assert len(errors) > 10  # the shared ones and the upload's own 404, 413, 415 and 422 at least
    for where, answer in errors:
        assert list(answer["content"]) == ["application/problem+json", "application/json"], where
