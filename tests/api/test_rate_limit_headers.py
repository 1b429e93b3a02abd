"""A case system is told where it stands under the API's limit before it is refused (decision 0069):
every answer the limit counted carries `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`,
and a 429's `Retry-After` is the seconds until the window turns. The spec declares them where they come."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from accounts import add_user, bearer
from conftest import make_app

NAMES = ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")


def _standing(response: Any) -> tuple[int, int, int]:
    limit, remaining, reset = (int(response.headers[name]) for name in NAMES)
    return limit, remaining, reset


def test_each_counted_answer_says_how_many_calls_are_left_and_when_they_are_whole_again(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path, API_LIMIT="4/minute")
    add_user(app, "kommune-herlev")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    first = client.get("/api/agreements", headers=herlev)
    again = client.get("/api/agreements", headers={**herlev, "If-None-Match": first.headers["ETag"]})
    sent = client.post(
        "/api/submissions",
        headers=herlev,
        data={"files": [(io.BytesIO(b"Navn;Timer\nA;1\n"), "timer.csv")]},
        content_type="multipart/form-data",
    )
    last = client.get("/api/placements", headers=herlev)
    assert [r.status_code for r in (first, again, sent, last)] == [200, 304, 202, 200]
    standings = [_standing(r) for r in (first, again, sent, last)]
    assert [(limit, remaining) for limit, remaining, _ in standings] == [(4, 3), (4, 2), (4, 1), (4, 0)]
    assert all(0 < reset <= 60 for _, _, reset in standings)
    refused = client.get("/api/agreements", headers=herlev)
    assert refused.status_code == 429
    limit, remaining, reset = _standing(refused)
    assert (limit, remaining) == (4, 0) and 0 < reset <= 60
    assert refused.headers["Retry-After"] == refused.headers["RateLimit-Reset"]  # when it turns, not 60


def test_a_call_the_limit_did_not_count_says_nothing_of_it(tmp_path: Path) -> None:
    """A call without a token is refused before the view, under no user's count: no standing to tell."""
    app = make_app(tmp_path)
    answer = app.test_client().get("/api/agreements")
    assert answer.status_code == 401
    assert not set(NAMES) & set(answer.headers.keys())
    assert app.test_client().get("/api/openapi.json").headers.get("RateLimit-Limit") is None


def test_the_spec_declares_them_on_every_success_a_304_and_a_429(tmp_path: Path) -> None:
    spec = make_app(tmp_path).test_client().get("/api/openapi.json").get_json()
    missing = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters" or path == "/api/openapi.json":  # the spec: not limited
                continue
            for status, answer in operation["responses"].items():
                if status.startswith("2") and not set(NAMES) <= set(answer.get("headers", {})):
                    missing.append(f"{method.upper()} {path} {status}")
    assert missing == []
    shared = spec["components"]["responses"]
    for name in ("NotModified", "TooManyRequests"):
        assert set(NAMES) <= set(shared[name]["headers"]), name
