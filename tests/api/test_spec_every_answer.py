"""Is the spec true of the answers the walk over the demo does not meet? Every operation it lists, the
upload too, called as the lead job centre, a partner municipality, the company, an auditor and without a
token, when the caller has used up the API's limit (429) and when the database has gone away (503):
each answer is checked against what the spec says for its status (`spec_walk.SpecCheck`: documented,
its media type, its body by the schema, every header it promises and each header's value by its schema,
and no header a client acts on that the spec leaves out)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from accounts import add_user, bearer
from conftest import make_app
from flask import Flask, g, has_request_context
from page_support import load_agreements
from servers import postgres_url, require
from spec_walk import SpecCheck, filled, operations
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from werkzeug.test import TestResponse

from hub.extensions import db

ROLES = ("lead-gladsaxe", "kommune-herlev", "falck", "revisor-ballerup")
# What a client fills each parameter with: the seeds' agreement, a municipality, the demo's months.
VALUES = {
    "agreement_id": ["falck-hovedstaden"],
    "agreement": ["falck-hovedstaden"],
    "municipality": ["163"],
    "municipality_code": ["163"],
    "period": ["2026-09"],
    "placement_id": ["1"],
    "record_id": ["1"],
    "submission_id": ["1"],
    "event_id": ["1"],
    "from_size": ["1"],
}


Answered = list[tuple[str, dict[str, Any], TestResponse]]


def answers(app: Flask, spec: dict[str, Any], who: str, headers: dict[str, str]) -> Answered:
    """Each operation's answer to one caller (`headers`: its token, or none), as (what, operation,
    answer)."""
    client = app.test_client()
    found = []
    methods = {method for operations in spec["paths"].values() for method in operations} - {"parameters"}
    assert methods <= {"get", "post"}, f"an operation of another method: give it its call here: {methods}"
    for method in ("get", "post"):
        for path, operation in operations(spec, method):
            if path == "/api/openapi.json":
                continue  # the spec itself: public, never limited
            [url] = filled(path, operation, VALUES)[:1]
            if method == "post":
                files = {"files": [(io.BytesIO(b"Navn;Timer\nA;1\n"), "timer.csv")]}
                response = client.post(url, headers=headers, data=files, content_type="multipart/form-data")
            else:
                response = client.get(url, headers=headers)
            found.append((f"{who}: {method.upper()} {url}", operation, response))
    return found


def untrue_of(spec: dict[str, Any], answered: Answered) -> list[str]:
    """What is untrue of each answer against the spec."""
    check = SpecCheck(spec)
    return [
        f"{what}: {p}" for what, operation, response in answered for p in check.problems(operation, response)
    ]


def met(answered: Answered, status: int) -> set[str]:
    """The operations (method and URL) some caller got `status` from."""
    return {what.split(": ", 1)[1] for what, _, response in answered if response.status_code == status}


def users(app: Flask) -> dict[str, dict[str, str]]:
    """Each role's user, by name, with its token's headers; and no token."""
    for username in ROLES:
        add_user(app, username)
    return {**{username: bearer(app, username) for username in ROLES}, "no token": {}}


@contextmanager
def database_gone(app: Flask, after_sign_in: bool) -> Iterator[None]:
    """The database away: every new connection refused, as when its server is down, or (`after_sign_in`)
    every statement once the caller is known, as when it goes between the token's check and the view's
    reads (the call then counted under the limit)."""

    def refuse_connection(*args: Any) -> Any:
        raise OperationalError("connect", {}, Exception("connection refused"))

    def refuse_statement(*args: Any) -> None:
        if has_request_context() and g.get("principal") is not None:
            raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))

    name, refuse = (
        ("before_cursor_execute", refuse_statement) if after_sign_in else ("do_connect", refuse_connection)
    )
    with app.app_context():  # left before the calls: each must have an app context, a session, its own
        engine = db.engine
    engine.dispose()
    event.listen(engine, name, refuse)
    try:
        yield
    finally:
        event.remove(engine, name, refuse)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> dict[str, str]:
    """The app's database setting: the embedded SQLite file, or the test PostgreSQL server."""
    return {"DATABASE_URL": require(postgres_url(), "postgres")} if request.param == "postgresql" else {}


def past_the_limit(tmp_path: Path, database: dict[str, str]) -> Answered:
    """Every caller's answers once it has made the one call a minute the limit gives it."""
    app = load_agreements(make_app(tmp_path, API_LIMIT="1/minute", **database))
    spec = app.test_client().get("/api/openapi.json").get_json()
    answered: Answered = []
    for who, headers in users(app).items():
        if headers:
            used = app.test_client().get("/api/agreements", headers=headers)
            assert used.status_code == 200, used.get_data(as_text=True)  # the one call of the minute
        answered += answers(app, spec, who, headers)
    dispose(app)
    return answered


def with_the_database_gone(tmp_path: Path, database: dict[str, str], after_sign_in: bool) -> Answered:
    """Every caller's answers while the database is away (`database_gone`)."""
    app = load_agreements(make_app(tmp_path, **database))
    spec = app.test_client().get("/api/openapi.json").get_json()
    callers = users(app)
    answered: Answered = []
    with database_gone(app, after_sign_in):
        for who, headers in callers.items():
            answered += answers(app, spec, who, headers)
    dispose(app)
    return answered


def dispose(app: Flask) -> None:
    """Close the app's connections: the next state's app starts the same PostgreSQL database afresh."""
    with app.app_context():
        db.engine.dispose()


def test_every_operation_past_the_limit_or_with_the_database_gone_answers_as_the_spec_says(
    tmp_path: Path, database: dict[str, str]
) -> None:
    """429 to every operation past the limit, 503 to every one with the database gone before the token
    is checked and after (when the call has counted under the limit, and says so): each as the spec
    says, to every role, and the 401 without a token beside them."""
    spec = make_app(tmp_path / "spec").test_client().get("/api/openapi.json").get_json()
    states = {
        429: past_the_limit(tmp_path / "limit", database),
        503: with_the_database_gone(tmp_path / "gone", database, after_sign_in=False),
        -503: with_the_database_gone(tmp_path / "gone later", database, after_sign_in=True),
    }
    untrue = [
        f"{status}: {problem}" for status, answered in states.items() for problem in untrue_of(spec, answered)
    ]
    assert untrue == [], "\n".join(untrue)
    for status, answered in states.items():
        # Each operation gave someone the state's answer (every operation gives 401 without a token).
        assert met(answered, abs(status)) == met(answered, 401), status
