"""The answers no operation of the spec is (api-108 saw them, api-110): `HEAD` of every GET, a method a
path does not take, and a path under `/api/` that is no operation's. The spec's info text says how each
is answered and names the shared answers of the last two (`MethodNotAllowed`, `UnknownPath`); each
answer is checked against it (`spec_walk.SpecCheck`: status, body, every header promised and its value,
none a client acts on left out), as every role and without a token, with the errors in both languages.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import make_app
from flask import Flask
from page_support import load_agreements
from spec_walk import ABSENT_WHEN, SpecCheck, filled, operations
from test_spec_every_answer import VALUES, dispose, users
from werkzeug.test import TestResponse

# A router's answer comes before the limit's count: listed `RateLimit-*` (a download's HEAD is counted)
# are not sent to it.
UNCOUNTED = ABSENT_WHEN | {
    name: "a download's HEAD (counted)"
    for name in ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")
}
NO_SUCH_PATHS = ("/api/no-such-thing", "/api/agreements/", "/api/placements/1/nothing", "/api/openapi")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A fresh hub with the seeds' agreements, and the spec it serves."""
    made = load_agreements(make_app(tmp_path_factory.mktemp("outside")))
    yield made
    dispose(made)


@pytest.fixture(scope="module")
def callers(app: Flask) -> dict[str, dict[str, str]]:
    """Each role's token header, and none (`"no token"`)."""
    return users(app)


@pytest.fixture(scope="module")
def spec(app: Flask) -> dict[str, Any]:
    served: dict[str, Any] = app.test_client().get("/api/openapi.json").get_json()
    return served


def _untrue(what: str, check: SpecCheck, operation: dict[str, Any], response: TestResponse) -> list[str]:
    found = check.problems(operation, response) + check.unsent(operation, response, UNCOUNTED)
    return [f"{what}: {problem}" for problem in found]


def _both_languages(what: str, response: TestResponse) -> list[str]:
    body = response.get_json()
    if body["message"] and body["message_da"] and body["message"] != body["message_da"]:
        return []
    return [f"{what}: not said in English and Danish: {body}"]


def test_a_head_of_every_get_is_answered_as_the_spec_says(
    app: Flask, spec: dict[str, Any], callers: dict[str, dict[str, str]]
) -> None:
    """As its GET without the body (a JSON read's 200 with its `ETag`, `Link`, `RateLimit-*`; the 401,
    403, 404 alike); a download's is the 405 `MethodNotAllowed` where its GET is 200."""
    check, client = SpecCheck(spec), app.test_client()
    untrue: list[str] = []
    statuses: set[int] = set()
    for who, headers in callers.items():
        for path, operation in operations(spec, "get"):
            [url] = filled(path, operation, VALUES)[:1]
            got, head = client.get(url, headers=headers), client.head(url, headers=headers)
            statuses.add(head.status_code)
            untrue += _untrue(f"{who}: HEAD {url}", check, check.head(operation), head)
            # A download refuses HEAD once the guard let the call through, before its arguments' checks.
            download = "Content-Disposition" in (check.answer(operation, 200) or {}).get("headers", {})
            wanted = 405 if download and got.status_code not in (401, 403) else got.status_code
            if head.status_code != wanted or head.get_data():
                untrue.append(f"{who}: HEAD {url}: {head.status_code} (GET {got.status_code}), not {wanted}")
    assert untrue == [], "\n".join(untrue)
    assert {200, 401, 403, 404, 405} <= statuses  # each kind met somewhere: not a pass over nothing


def test_a_method_a_path_does_not_take_is_the_405_the_spec_names(
    app: Flask, spec: dict[str, Any], callers: dict[str, dict[str, str]]
) -> None:
    """`DELETE` and `PUT` (which no operation takes) on every path, as the lead and without a token:
    405 with `Allow` naming the spec's methods there, `HEAD` beside a GET that is no download, and
    `OPTIONS`, as `OPTIONS` itself names them."""
    check, client = SpecCheck(spec), app.test_client()
    lead = callers["lead-gladsaxe"]
    untrue: list[str] = []
    # Each path once, by one of its operations (the path's own parameters among its own).
    by_path = dict(operations(spec, "post")) | dict(operations(spec, "get"))
    for path, operation in by_path.items():
        methods = {method.upper() for method in spec["paths"][path] if method != "parameters"}
        if "GET" in methods and "Content-Disposition" not in (check.answer(operation, 200) or {}).get(
            "headers", {}
        ):
            methods.add("HEAD")
        [url] = filled(path, operation, VALUES)[:1]
        for method, headers in (("DELETE", lead), ("PUT", {})):
            response = client.open(url, method=method, headers=headers)
            what = f"{method} {url}"
            untrue += _untrue(what, check, check.shared("MethodNotAllowed", 405), response)
            if response.status_code == 405:
                untrue += _both_languages(what, response)
                allowed = {m.strip() for m in response.headers["Allow"].split(",")}
                if allowed != methods | {"OPTIONS"}:
                    untrue.append(f"{what}: Allow {sorted(allowed)}, the spec {sorted(methods)} and OPTIONS")
    assert untrue == [], "\n".join(untrue)


def test_a_path_that_is_no_operation_is_the_404_the_spec_names(
    app: Flask, spec: dict[str, Any], callers: dict[str, dict[str, str]]
) -> None:
    """A mistyped name, a trailing slash, a segment too many: 404 `not_found` with any method, as
    `UnknownPath` says, with no `RateLimit-*` (never counted), in both languages."""
    check, client = SpecCheck(spec), app.test_client()
    untrue: list[str] = []
    for who, headers in callers.items():
        for path in NO_SUCH_PATHS:
            for method in ("GET", "POST", "HEAD"):
                response = client.open(path, method=method, headers=headers)
                what = f"{who}: {method} {path}"
                answer = check.shared("UnknownPath", 404)
                untrue += _untrue(what, check, check.head(answer) if method == "HEAD" else answer, response)
                if method != "HEAD" and response.status_code == 404:
                    untrue += _both_languages(what, response)
                    if response.get_json()["code"] != "not_found":
                        untrue.append(f"{what}: {response.get_json()['code']}")
    assert untrue == [], "\n".join(untrue)


def test_the_info_text_says_them_in_both_languages(spec: dict[str, Any]) -> None:
    text = spec["info"]["description"]
    for words in (
        "responses.MethodNotAllowed`",
        "`UnknownPath`",
        "`HEAD` of a JSON read",
        "`HEAD` på en JSON-læsning",
    ):
        assert words in text, words
