"""A page past the last (decision 0016, "Stop 63: api-84"): 200 with no items, and its `Link` has
`first`, `prev` and `last` as RFC 8288 links, `prev` being the last page (the way back to the last rows),
as the spec's `page` and `Link` say."""

from __future__ import annotations

import re

import pytest
from accounts import add_user, bearer
from flask import Flask
from page_support import load_agreements


@pytest.fixture
def admin(app: Flask) -> dict[str, str]:
    """An administrator's token, on an app with the seeds' agreements: a list of more than one page."""
    load_agreements(app)
    add_user(app, "admin")
    return bearer(app, "admin")


def _links(header: str) -> dict[str, str]:
    """`rel` to the target's query, of an RFC 8288 `Link` header."""
    return {rel: query for query, rel in re.findall(r"<[^>?]*\?([^>]*)>; rel=\"(\w+)\"", header)}


def test_a_page_past_the_last_links_back_to_the_last(app: Flask, admin: dict[str, str]) -> None:
    client, headers = app.test_client(), admin
    total = client.get("/api/agreements?per_page=1", headers=headers).get_json()["total"]
    assert 2 <= total < 98  # more than one page, and page 99 past the last
    answer = client.get("/api/agreements?per_page=1&page=99", headers=headers)
    assert answer.status_code == 200 and answer.get_json()["agreements"] == []
    assert _links(answer.headers["Link"]) == {
        "first": "page=1&per_page=1",
        "prev": f"page={total}&per_page=1",
        "last": f"page={total}&per_page=1",
    }


def test_the_page_just_past_the_last_and_the_last_itself(app: Flask, admin: dict[str, str]) -> None:
    client, headers = app.test_client(), admin
    total = client.get("/api/agreements?per_page=1", headers=headers).get_json()["total"]
    just_past = client.get(f"/api/agreements?per_page=1&page={total + 1}", headers=headers)
    assert _links(just_past.headers["Link"])["prev"] == f"page={total}&per_page=1"
    last = client.get(f"/api/agreements?per_page=1&page={total}", headers=headers)
    assert _links(last.headers["Link"]) == {
        "first": "page=1&per_page=1",
        "prev": f"page={total - 1}&per_page=1",
        "last": f"page={total}&per_page=1",
    }


def test_the_spec_says_where_prev_leads_past_the_last(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    operation = spec["paths"]["/api/agreements"]["get"]
    (page,) = [p for p in operation["parameters"] if p["name"] == "page"]
    assert "past the last is 200 with no items" in page["description"]
    assert "`prev` is the last page" in page["description"]
    link = operation["responses"]["200"]["headers"]["Link"]["description"]
    assert "`prev` of a page past the last is the last page" in link
