"""A query argument an operation does not take is a 422 naming it, on every operation (README, the
spec's introduction): the operations that take none (one agreement, placement or record, the audit
checkpoint and an entry's proof) ignored it, so a case system's `?period=2026-09` on a record read as a
filter that was not there. Walked from the spec, so a new operation is held to it without editing this."""

from __future__ import annotations

import re
from typing import Any

from accounts import add_user, bearer
from flask import Flask
from spec_walk import operations

USERS = ("lead-gladsaxe", "falck", "revisor-ballerup", "admin")  # the first one let in answers


def test_every_operation_refuses_a_query_argument_it_does_not_take(app: Flask) -> None:
    for name in USERS:
        add_user(app, name)
    spec: dict[str, Any] = app.test_client().get("/api/openapi.json").get_json()
    untrue = []
    for path, _operation in operations(spec, "get"):
        if path == "/api/openapi.json":
            continue  # the spec itself: public, and no operation of the API
        url = re.sub(r"\{[^}]+\}", "1", path) + "?no_such_argument=1"
        for name in USERS:
            answer = app.test_client().get(url, headers=bearer(app, name))
            if answer.status_code not in (401, 403):
                break
        problems = [
            (p["locator"], p["field"]) for p in (answer.get_json(silent=True) or {}).get("problems", [])
        ]
        if answer.status_code != 422 or ("query", "no_such_argument") not in problems:
            untrue.append(f"{path}: {answer.status_code} {problems}")
    assert untrue == [], "\n".join(untrue)
