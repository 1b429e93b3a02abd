"""Every problem type `/api/problems` lists is one an API operation can answer, as the OpenAPI document
says (decision 0016, "Stop 64: api-92"): a type listed that nothing sends has an integrator write a
handler for nothing (`conflict`, 409, was listed and sent by no operation), and one sent but not listed
has no page for its `type` URI."""

from __future__ import annotations

import json
import re
from typing import Any

from flask import Flask

from hub.web.problems import KINDS

# The types no operation's own answer names, each with where it comes from instead (read in the views
# and handlers: `hub.web.errors`, `hub.web.guard`, `hub.web.query_once`). `config_error` is traced and
# sent by a test of its own (`test_problem_types_traced.py`, "Stop 65: api-93").
NOT_PER_OPERATION = {
    "method_not_allowed": "the router, to any path asked with a method it does not take (`Allow`)",
    "internal_error": "any operation's unexpected failure (the spec's `default`)",
    "hub_error": "a refusal of the hub's with no kind of its own (the spec's `default`)",
    "token_not_for_pages": "a page, not the API: a bearer token sent to a page (`hub.web.guard`)",
    "repeated_argument": "a page, not the API: an API operation answers a repeated parameter 422",
    "config_error": "an operation that signs, with the audit-log key not there (the spec's `default`)",
}
NAMED = re.compile(r"`([a-z_]+)`")


def _answers(spec: dict[str, Any]) -> dict[str, set[str]]:
    """By status, every code the spec's operations name in an answer: in its description (`code`) or
    as an example's `code`, with a shared answer (`$ref`) read where it is defined."""
    shared = spec["components"]["responses"]
    named: dict[str, set[str]] = {}
    for operations in spec["paths"].values():
        for operation in operations.values():
            if not isinstance(operation, dict):
                continue
            for status, answer in operation["responses"].items():
                if "$ref" in answer:
                    answer = shared[answer["$ref"].rsplit("/", 1)[1]]
                codes = set(NAMED.findall(answer.get("description", "")))
                codes |= set(re.findall(r'"code": "([a-z_]+)"', json.dumps(answer.get("content", {}))))
                named.setdefault(str(status), set()).update(codes)
    return named


def test_every_listed_problem_type_is_named_by_an_answer_of_its_status(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    named = _answers(spec)
    unnamed = {
        code
        for code, kind in KINDS.items()
        if code not in named.get(str(kind.status), set()) and code not in NOT_PER_OPERATION
    }
    assert unnamed == set()
    assert set(NOT_PER_OPERATION) <= set(KINDS)


def test_the_problem_list_is_the_kinds_and_no_other_409s(app: Flask) -> None:
    listed = app.test_client().get("/api/problems").get_json()["problem_types"]
    assert {item["code"] for item in listed} == set(KINDS)
    # The upload's key under way ("Stop 65: api-93") beside the broken log.
    assert {item["code"] for item in listed if item["status"] == 409} == {
        "log_broken",
        "idempotency_key_in_use",
    }
    answer = app.test_client().get("/api/problems/conflict", headers={"Accept": "application/json"})
    assert answer.status_code == 404
