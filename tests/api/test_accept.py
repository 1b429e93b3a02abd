"""`Accept` on the API (RFC 9110 12.5.1): a request that takes none of what its operation answers with is
406 naming what is offered; no `Accept`, `*/*`, ranges and q-values are read as the RFC says; a download
is offered as its own type."""

from __future__ import annotations

from typing import Any

import pytest
from accounts import add_user, bearer
from flask import Flask


@pytest.fixture
def lead(app: Flask) -> dict[str, str]:
    add_user(app, "lead-gladsaxe")
    return bearer(app, "lead-gladsaxe")


def _get(app: Flask, path: str, headers: dict[str, str], accept: str | None) -> Any:
    sent = dict(headers) if accept is None else {**headers, "Accept": accept}
    return app.test_client().get(path, headers=sent)


@pytest.mark.parametrize(
    ("accept", "status"),
    [
        (None, 200),  # no Accept: anything
        ("*/*", 200),
        ("application/*", 200),
        ("application/json", 200),
        ("application/json; charset=utf-8", 200),  # a parameter JSON does not have: still JSON
        ("text/html, application/json;q=0.1", 200),  # a browser's fallback
        ("text/html", 406),
        ("application/json;q=0, */*", 406),  # the most specific range decides: JSON refused
        ("*/*;q=0", 406),
        ("application/problem+json", 406),  # errors come so; the list does not
    ],
)
def test_a_json_read(app: Flask, lead: dict[str, str], accept: str | None, status: int) -> None:
    answer = _get(app, "/api/agreements", lead, accept)
    assert answer.status_code == status, answer.get_data(as_text=True)
    if status == 406:
        body = answer.get_json()
        assert body["code"] == "not_acceptable" and body["offered"] == ["application/json"]
        assert "application/json" in body["message"] and "application/json" in body["message_da"]
    else:
        assert answer.mimetype == "application/json"


def test_the_caller_is_checked_before_accept(app: Flask) -> None:
    """No token is 401, whatever is accepted: a 406 tells nothing to a caller not signed in."""
    answer = app.test_client().get("/api/agreements", headers={"Accept": "text/html"})
    assert answer.status_code == 401


@pytest.mark.parametrize(
    ("path", "accept", "offered"),
    [
        # A download chosen by `format` is offered as that type only.
        ("/api/agreements/1/export?format=pdf&period=2026-09", "application/json", ["application/pdf"]),
        ("/api/agreements/1/export?format=json&period=2026-09", "application/pdf", ["application/json"]),
        ("/api/municipalities/159/bundle?period=2026-09", "application/json", ["application/zip"]),
        # A claim comes in its municipality's format: any of the three.
        (
            "/api/municipalities/159/claim?period=2026-09&agreement=1",
            "application/json",
            ["application/pdf", "application/xml", "text/csv"],
        ),
    ],
)
def test_a_download_not_accepted(
    app: Flask, lead: dict[str, str], path: str, accept: str, offered: list[str]
) -> None:
    answer = _get(app, path, lead, accept)
    assert answer.status_code == 406 and answer.get_json()["offered"] == offered
    # The problem in the JSON type the request takes, if it takes one (`hub.web.problems.media_type`).
    assert answer.mimetype == (
        "application/json" if accept == "application/json" else "application/problem+json"
    )
    # A HEAD is refused the same way, before the view (which would answer it 405).
    assert app.test_client().head(path, headers={**lead, "Accept": accept}).status_code == 406


@pytest.mark.parametrize(
    ("path", "accept"),
    [
        ("/api/agreements/1/export?format=pdf&period=2026-09", "application/pdf"),
        ("/api/agreements/1/export?format=xlsx&period=2026-09", "application/*"),
        ("/api/municipalities/159/bundle?period=2026-09", "application/zip"),
        ("/api/municipalities/159/claim?period=2026-09&agreement=1", "text/csv"),
        ("/api/municipalities/159/claim?period=2026-09&agreement=1", None),
    ],
)
def test_a_download_accepted_goes_on(app: Flask, lead: dict[str, str], path: str, accept: str | None) -> None:
    """Past the check: no agreement is loaded here, so the view's own answer (not a 406) comes."""
    assert _get(app, path, lead, accept).status_code not in (406, 500)


def test_every_operation_documents_the_406(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    assert "`offered`" in spec["components"]["responses"]["NotAcceptable"]["description"]
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method != "parameters":
                assert operation["responses"]["406"] == {"$ref": "#/components/responses/NotAcceptable"}, path
