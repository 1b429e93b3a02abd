"""The first address an integrator tries, `/api` (or `/api/`): a 404 that says where the API is
described, in English and Danish, rather than only that there is no such page."""

from __future__ import annotations

import pytest
from accounts import add_user, bearer
from flask import Flask


@pytest.mark.parametrize("path", ["/api", "/api/"])
def test_the_api_root_says_where_the_api_is_described(app: Flask, path: str) -> None:
    add_user(app, "kommune-herlev")
    answer = app.test_client().get(
        path, headers={**bearer(app, "kommune-herlev"), "Accept": "application/json"}
    )
    assert answer.status_code == 404
    body = answer.get_json()
    assert body["message"] == (
        "There is no such page. The API's operations are under /api/…: described at /api/openapi.json,"
        " and readable at /api/docs."
    )
    assert body["message_da"] == (
        "Siden findes ikke. API'ets operationer ligger under /api/…: beskrevet i /api/openapi.json og til"
        " at læse på /api/docs."
    )


def test_another_unknown_address_is_only_no_such_page(app: Flask) -> None:
    answer = app.test_client().get("/api/nowhere", headers={"Accept": "application/json"})
    assert answer.status_code in (401, 404)
    assert "openapi" not in answer.get_data(as_text=True)
