"""Is the spec true of the answers the walk over the demo does not meet? Every operation it lists, the
upload too, called as the lead job centre, a partner municipality, the company, an auditor and without a
token, when the caller has used up the API's limit (429), when the database has gone away (503) and
with a token in its last month (`Hub-Token-Expires`):
each answer is checked against what the spec says for its status (`spec_walk.SpecCheck`: documented,
its media type, its body by the schema, every header it promises and each header's value by its schema,
no header a client acts on that the spec leaves out, and every header it lists at all unless the call is
not one it is sent to: `spec_walk.ABSENT_WHEN`)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from accounts import add_user
from conftest import make_app
from flask import Flask, g, has_request_context
from page_support import load_agreements
from servers import postgres_url, require
from spec_walk import ABSENT_WHEN, SpecCheck, filled, operations
from sqlalchemy import event
from sqlalchemy.exc import OperationalError
from werkzeug.test import TestResponse

from hub.extensions import db
from hub.services.api_tokens import issue_token
from hub.services.users import user_by_name
from hub.web.headers import TOKEN_EXPIRES

ROLES = ("lead-gladsaxe", "kommune-herlev", "falck", "revisor-ballerup", "admin")
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


# With the database gone before the token is checked, no call is counted under the limit: the 503 lists
# `RateLimit-*` for the calls that were (`database gone after sign-in`).
UNCOUNTED = {
    name: "a call the limit counted" for name in ("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")
}


def untrue_of(
    spec: dict[str, Any], answered: Answered, absent_when: dict[str, str] = ABSENT_WHEN
) -> list[str]:
    """What is untrue of each answer against the spec: what it says wrongly, and what it lists for the
    answer's status that the answer lacks, but for `absent_when`."""
    check = SpecCheck(spec)
    return [
        f"{what}: {p}"
        for what, operation, response in answered
        for p in check.problems(operation, response) + check.unsent(operation, response, absent_when)
    ]


def met(answered: Answered, status: int) -> set[str]:
    """The operations (method and URL) some caller got `status` from."""
    return {what.split(": ", 1)[1] for what, _, response in answered if response.status_code == status}


def users(app: Flask, days: int = 365) -> dict[str, dict[str, str]]:
    """Each role's user, by name, with the headers of a token of its valid `days` days; and no token."""
    callers: dict[str, dict[str, str]] = {}
    for username in ROLES:
        add_user(app, username)
        with app.app_context():
            user = user_by_name(db.session, username)
            assert user is not None
            _, raw = issue_token(db.session, user, "test", "test", days=days)
            db.session.commit()
        callers[username] = {"Authorization": f"Bearer {raw}"}
    return {**callers, "no token": {}}


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


def with_tokens_ending(tmp_path: Path, database: dict[str, str]) -> Answered:
    """Every caller's answers to a token in its last month: each says when it expires."""
    app = load_agreements(make_app(tmp_path, **database))
    spec = app.test_client().get("/api/openapi.json").get_json()
    answered: Answered = []
    for who, headers in users(app, days=10).items():
        answered += answers(app, spec, who, headers)
    dispose(app)
    told = {what for what, _, response in answered if TOKEN_EXPIRES in response.headers}
    assert told == {what for what, _, _ in answered if not what.startswith("no token")}
    return answered


def dispose(app: Flask) -> None:
    """Close the app's connections: the next state's app starts the same PostgreSQL database afresh."""
    with app.app_context():
        db.engine.dispose()


def test_every_operation_past_the_limit_or_with_the_database_gone_answers_as_the_spec_says(
    tmp_path: Path, database: dict[str, str]
) -> None:
    """429 to every operation past the limit, 503 to every one with the database gone before the token
    is checked and after (when the call has counted under the limit, and says so), and every answer to
    a token in its last month (`Hub-Token-Expires`): each as the spec says, to every role, and the 401
    without a token beside them."""
    spec = make_app(tmp_path / "spec").test_client().get("/api/openapi.json").get_json()
    # Each state's answers, and the status every operation gave someone in it.
    states: dict[str, tuple[Answered, int | None]] = {
        "past the limit": (past_the_limit(tmp_path / "limit", database), 429),
        "database gone": (with_the_database_gone(tmp_path / "gone", database, after_sign_in=False), 503),
        "database gone after sign-in": (
            with_the_database_gone(tmp_path / "gone later", database, after_sign_in=True),
            503,
        ),
        "token in its last month": (with_tokens_ending(tmp_path / "ending", database), None),
    }
    untrue = [
        f"{name}: {p}"
        for name, (answered, _) in states.items()
        for p in untrue_of(spec, answered, ABSENT_WHEN | (UNCOUNTED if name == "database gone" else {}))
    ]
    assert untrue == [], "\n".join(untrue)
    for name, (answered, status) in states.items():
        # Every operation gives 401 without a token: each gave someone the state's answer too.
        assert status is None or met(answered, status) == met(answered, 401), name
