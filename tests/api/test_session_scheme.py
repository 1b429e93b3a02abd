"""The browser session the hub's pages call the API with is declared in the spec (decision 0016): the
cookie by the name the app gives it, and the CSRF header that an unsafe method needs with it; and the
spec says what the guard does."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from accounts import add_user, csrf_token, sign_in
from conftest import make_app
from flask import Flask

ROOT = Path(__file__).resolve().parents[2]


def _spec(app: Flask) -> dict[str, Any]:
    spec: dict[str, Any] = app.test_client().get("/api/openapi.json").get_json()
    return spec


def test_every_operation_takes_a_token_or_the_session(app: Flask) -> None:
    spec = _spec(app)
    schemes = spec["components"]["securitySchemes"]
    assert (schemes["session"]["type"], schemes["session"]["in"]) == ("apiKey", "cookie")
    assert (schemes["csrf"]["in"], schemes["csrf"]["name"]) == ("header", "X-CSRFToken")
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            session = {"session": [], "csrf": []} if method == "post" else {"session": []}
            assert operation["security"] == [{"bearer": []}, session], (method, path)


def test_the_cookie_the_spec_names_is_the_one_that_signs_in(tmp_path: Path) -> None:
    """A hub that renames its cookie (`HUB_SESSION_COOKIE_NAME`) declares that name; a browser holding it
    reads the API, and posts to it with the CSRF header the spec names, not without."""
    app = make_app(tmp_path, SESSION_COOKIE_NAME="hub_browser")
    add_user(app, "kommune-herlev")
    spec = _spec(app)
    name = spec["components"]["securitySchemes"]["session"]["name"]
    header = spec["components"]["securitySchemes"]["csrf"]["name"]
    assert name == "hub_browser"
    client = app.test_client()
    sign_in(client, "kommune-herlev")
    assert client.get_cookie(name) is not None
    assert client.get("/api/agreements").status_code == 200
    token = csrf_token(client, "/upload")
    sent = {"files": [(io.BytesIO((ROOT / "tests/golden/herlev/placement.csv").read_bytes()), "p.csv")]}
    refused = client.post("/api/submissions", data=dict(sent), content_type="multipart/form-data")
    assert refused.status_code == 400 and refused.get_json()["code"] == "csrf_failed"
    sent = {"files": [(io.BytesIO((ROOT / "tests/golden/herlev/placement.csv").read_bytes()), "p.csv")]}
    taken = client.post(
        "/api/submissions", data=sent, headers={header: token}, content_type="multipart/form-data"
    )
    assert taken.status_code == 202, taken.get_data(as_text=True)
    # Without the cookie, the same call is not signed in.
    client.delete_cookie(name)
    assert client.get("/api/agreements").status_code == 401
