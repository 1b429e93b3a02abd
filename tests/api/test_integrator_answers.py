"""What an integrator generating a client from the spec meets beside the successes: each answer is in
the one error shape, documented, and says what to do (decision 0016, "Stop 41")."""

from __future__ import annotations

from typing import Any

from accounts import add_user, bearer
from flask import Flask
from page_support import client_of
from spec_walk import SpecCheck
from sqlalchemy.exc import TimeoutError as PoolTimeoutError

UPLOAD = "/api/submissions"
EXPORT = "/api/agreements/some-agreement/export?format=pdf"


def upload_operation(app: Flask) -> tuple[SpecCheck, dict[str, Any]]:
    spec: dict[str, Any] = app.test_client().get("/api/openapi.json").get_json()
    return SpecCheck(spec), spec["paths"][UPLOAD]["post"]


def test_a_database_whose_pool_is_exhausted_is_a_503_with_retry_after(app: Flask, monkeypatch: Any) -> None:
    """Every pooled connection busy past the pool's timeout: the database is away for now (503, as
    documented, with `Retry-After`), not a 500 that tells the client nothing about trying again."""
    add_user(app, "kommune-herlev")
    headers = bearer(app, "kommune-herlev")

    def busy(*args: Any, **kwargs: Any) -> Any:
        raise PoolTimeoutError("QueuePool limit of size 5 overflow 10 reached")

    monkeypatch.setattr("hub.services.placement_reads.placements_page", busy)
    response = app.test_client().get("/api/placements", headers=headers)
    assert response.status_code == 503
    assert int(response.headers["Retry-After"]) > 0
    body = response.get_json()
    assert body["code"] == "database_unavailable" and body["message_da"].startswith("Databasen")


def test_a_multipart_body_without_its_boundary_is_named_as_such(app: Flask) -> None:
    """A client that sets `Content-Type: multipart/form-data` by hand sends no boundary, and its parts
    cannot be found: it is told so (400 `bad_request`, in both languages, as documented), not that the
    `files` it did send are missing."""
    add_user(app, "kommune-herlev")
    response = app.test_client().post(
        UPLOAD,
        data=b'--x\r\nContent-Disposition: form-data; name="files"; filename="a.csv"\r\n\r\na,b\r\n--x--\r\n',
        content_type="multipart/form-data",
        headers=bearer(app, "kommune-herlev"),
    )
    assert response.status_code == 400
    body = response.get_json()
    assert body["code"] == "bad_request"
    assert "boundary" in body["message"] and "boundary" in body["message_da"]
    check, operation = upload_operation(app)
    assert check.problems(operation, response) == []


def test_a_sessions_upload_without_its_csrf_token_is_a_documented_400(app: Flask) -> None:
    """The spec declares the session with its CSRF token on unsafe methods; the 400 a session's POST
    without it gets is one the operation lists, in the one shape."""
    add_user(app, "kommune-herlev")
    response = client_of(app, "kommune-herlev").post(UPLOAD, data={"municipality": "163"})
    assert response.status_code == 400
    assert response.get_json()["code"] == "csrf_failed"
    check, operation = upload_operation(app)
    assert check.problems(operation, response) == []


def test_a_downloads_405_does_not_offer_the_head_it_refuses(app: Flask) -> None:
    """A download made when asked answers HEAD with 405 (`Allow: GET`); a 405 to another method there
    must not offer HEAD in its `Allow` either. A list, whose HEAD is answered, still offers it."""
    add_user(app, "falck")
    add_user(app, "kommune-herlev")
    client, falck = app.test_client(), bearer(app, "falck")
    posted = client.post(EXPORT, headers=falck)
    assert posted.status_code == 405 and posted.get_json()["code"] == "method_not_allowed"
    allowed = {m.strip() for m in posted.headers["Allow"].split(",")}
    assert "GET" in allowed and "HEAD" not in allowed
    assert client.head(EXPORT, headers=falck).headers["Allow"] == "GET"
    herlev = bearer(app, "kommune-herlev")
    assert client.head("/api/placements", headers=herlev).status_code == 200
    assert "HEAD" in client.post("/api/placements", headers=herlev).headers["Allow"]


def test_options_names_the_methods_as_the_405_does_with_no_body(app: Flask) -> None:
    """`OPTIONS` on an API route answers which methods it takes: 204 with `Allow` and no body (RFC 9110
    9.3.7), not Flask's empty 200 labelled text/html; the `Allow` is the one a 405 there gives, so a
    download made when asked leaves out the HEAD it refuses, and a list keeps it."""
    add_user(app, "falck")
    add_user(app, "kommune-herlev")
    client = app.test_client()
    for url, who in ((EXPORT, "falck"), ("/api/placements", "kommune-herlev")):
        headers = bearer(app, who)
        options = client.options(url, headers=headers)
        assert options.status_code == 204, url
        assert options.get_data() == b"" and "Content-Type" not in options.headers, url
        refused = client.delete(url, headers=headers)
        assert refused.status_code == 405, url
        methods = {m.strip() for m in options.headers["Allow"].split(",")}
        assert methods == {m.strip() for m in refused.headers["Allow"].split(",")}, url
        assert "OPTIONS" in methods and "GET" in methods, url
        assert ("HEAD" in methods) is (url != EXPORT), url
