"""Two workers storing forms of one citizen at once take turns (PostgreSQL's advisory lock per citizen)."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy import func, select

from hub.extensions import db
from hub.models import Placement, RecordVersion
from hub.services import agreements, ingest, linking, processing

PLACEMENT = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"


def test_two_workers_placing_one_citizen_at_once_make_one_placement(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first worker holds its transaction open after linking; the second must wait for its commit
    and then find the placement and the record it made (the same form again: nothing new to store),
    never make a second placement for the same citizen at the same site in the same period."""
    with postgres_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        data = PLACEMENT.read_bytes()
        first, second = (
            ingest.submit(
                db.session, data + b"\n" * n, f"{n}.pdf", "gladsaxe", "test", "tester"
            ).submission_id
            for n in (0, 1)
        )
    linked, go_on = threading.Event(), threading.Event()
    find_record = linking.find_record

    def holding_the_first(session: Any, *args: Any) -> Any:
        if threading.current_thread().name == "first":
            linked.set()
            assert go_on.wait(30)
        return find_record(session, *args)

    monkeypatch.setattr(linking, "find_record", holding_the_first)
    done: dict[str, dict[int, str]] = {}

    def work(name: str, submission_id: int) -> None:
        with postgres_app.app_context():
            done[name] = processing.process_batch(db.session, [submission_id], holder=name)

    threads = {
        n: threading.Thread(target=work, args=(n, i), name=n)
        for n, i in (("first", first), ("second", second))
    }
    threads["first"].start()
    try:
        assert linked.wait(30)
        threads["second"].start()
        threads["second"].join(2)
        assert threads["second"].is_alive()  # waiting for the first worker's lock on the citizen
    finally:
        go_on.set()
        for thread in threads.values():
            if thread.ident is not None:
                thread.join(60)
    assert done == {"first": {first: "accepted"}, "second": {second: "accepted"}}
    with postgres_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Placement)) == 1
        versions = db.session.scalars(select(RecordVersion).order_by(RecordVersion.id)).all()
        assert [(v.submission_id, v.version) for v in versions] == [(first, 1)]
