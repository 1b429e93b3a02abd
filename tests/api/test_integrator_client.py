"""A partner municipality's case system, written from the spec alone (`integrator_client.Integrator`),
does its nightly round on a hub with a small limit and a database that drops out once: it uploads a
batch of Herlev's forms, follows each submission with `If-None-Match` at the pace `Retry-After` asks,
reads the records of the placements they made, and pages through its claims. Every answer it meets on
the way is one the spec documents, in its shape."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine
from accounts import add_user, bearer
from conftest import make_app
from flask import Flask
from integrator_client import Integrator
from page_support import load_agreements
from pipeline import GOLDEN
from servers import postgres_url, require
from spec_walk import SpecCheck
from sqlalchemy.exc import OperationalError

from hub.extensions import db
from hub.queue import queue

FORMS = ("placement", "mentor_hours", "progress_report", "mentor_support", "placement_end")
CLAIMS = "/api/municipalities/163"
LIMIT = 6  # calls a minute: the round needs more, so it meets 429s and must wait them out


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request: pytest.FixtureRequest, tmp_path: Path, demo_today: None) -> Iterator[Flask]:
    """The hub on its embedded SQLite file, and on the test PostgreSQL server."""
    database = {"DATABASE_URL": require(postgres_url(), "postgres")} if request.param == "postgresql" else {}
    app = load_agreements(make_app(tmp_path, API_LIMIT=f"{LIMIT}/minute", **database))
    add_user(app, "kommune-herlev")
    yield app
    with app.app_context():
        db.engine.dispose()


def clock() -> tuple[ExitStack, Any]:
    """A clock a client's wait moves on instead of sleeping (the limiter's window turns with it)."""
    stack = ExitStack()

    def wait(seconds: int) -> None:
        stack.enter_context(time_machine.travel(datetime.now(UTC) + timedelta(seconds=seconds), tick=True))

    return stack, wait


def test_a_case_systems_nightly_round_gets_through_its_limit_and_a_database_gone_once(
    hub: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = hub.test_client().get("/api/openapi.json").get_json()
    check = SpecCheck(spec)
    stack, wait = clock()
    with stack:
        herlev = Integrator(hub, bearer(hub, "kommune-herlev"), wait)
        files = [((GOLDEN / "herlev" / f"{form}.csv").read_bytes(), f"{form}.csv") for form in FORMS]
        sent = herlev.upload(files)
        assert [f["outcome"] for f in sent["files"]] == ["received"] * len(FORMS), sent

        rounds = iter([lambda: None, lambda: queue.run_burst(hub)])  # the worker comes late
        urls = [f["status_url"] for f in sent["files"]]
        finals, codes = herlev.follow(urls, lambda: next(rounds, lambda: None)())
        assert {finals[url]["status"] for url in urls} == {"accepted"}, finals

        # The database drops out for one read: the client waits the 503's Retry-After and reads again.
        real = __import__("hub.services.placement_reads", fromlist=["x"]).placements_page
        gone = [True]

        def once(*args: Any, **kwargs: Any) -> Any:
            if gone.pop() if gone else False:
                raise OperationalError("SELECT 1", {}, Exception("connection refused"))
            return real(*args, **kwargs)

        monkeypatch.setattr("hub.services.placement_reads.placements_page", once)
        placements = list(herlev.pages("/api/placements?municipality_code=163&per_page=1", "placements"))
        assert {p["municipality_code"] for p in placements} == {"163"}
        records = [
            record
            for placement in placements
            for record in herlev.pages(f"/api/placements/{placement['id']}/records?per_page=2", "records")
        ]
        assert {r["form_type"] for r in records} >= {"placement", "mentor_hours"}, records
        months = ["2026-08", "2026-09", "2026-10", "2026-11"]  # Herlev claims by month
        for month in months:
            claim = herlev.call("GET", f"{CLAIMS}/claim?agreement=falck-hovedstaden&period={month}")
            assert claim.status_code == 200 and claim.mimetype == "text/csv", claim.get_data(as_text=True)
        claims = list(herlev.pages(f"{CLAIMS}/claims?agreement=falck-hovedstaden&per_page=3", "claims"))
        assert [c["period"]["label"] for c in claims] == months[::-1]  # newest first, over two pages
    statuses = {status for status, _ in herlev.waited}
    assert statuses == {429, 503}, herlev.waited  # it met both, and got through each
    untrue = [
        f"{method} {url}: {problem}"
        for method, url, response in herlev.seen
        for problem in check.problems(check.operation(method, url), response)
        + (check.request_problems(method, url) if response.status_code < 400 else [])
    ]
    assert untrue == [], "\n".join(untrue)
