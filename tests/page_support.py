"""What the page and upload tests share: agreements loaded into a fresh app, and a copy of the lived demo."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import add_everyone, sign_in
from agreements_once import seeds_loaded
from conftest import make_app
from flask import Flask
from simulator_support import fixture_script
from sqlalchemy import select

from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.models import Placement, Record, RecordVersion, Submission
from hub.queue import queue
from hub.services import ingest, records


def accepted(app: Flask, data: bytes, filename: str, municipality: str) -> int:
    """Submit a document as `municipality`, work the queue, and return its submission (it must be
    accepted)."""
    with app.app_context():
        sent = ingest.submit(db.session, data, filename, municipality, "test", "tester")
        enqueue_submission(sent.submission_id)
        queue.run_burst(app)
        db.session.expire_all()
        assert records.submission(db.session, sent.submission_id).status == "accepted", filename
        return sent.submission_id


def load_agreements(app: Flask) -> Flask:
    """The seeds' agreements, loaded as `hub agreements load` would (on a fresh SQLite database, a copy
    of what the first such load of the process and day stored: `agreements_once`)."""
    with app.app_context():
        seeds_loaded()
    return app


def copy_of(source_app: Flask, target: Path, **settings: object) -> Flask:
    """A copy of an app's data folder (database, blobs, signing key) under `target`, as a new app."""
    source = Path(source_app.config["DATA_DIR"])
    copy = target / "var"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("hub.sqlite3*"))
    src, dst = sqlite3.connect(source / "hub.sqlite3"), sqlite3.connect(copy / "hub.sqlite3")
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return make_app(target, **settings)


def citizen_cprs(app: Flask, agreement_id: str | None = None, municipality: str | None = None) -> set[str]:
    """The CPR numbers the stored placement records hold (of one agreement, or one municipality)."""
    with app.app_context():
        query = (
            select(RecordVersion.data)
            .join(Record, Record.id == RecordVersion.record_id)
            .join(Placement, Placement.id == Record.placement_id)
            .where(Record.form_type == "placement")
        )
        if agreement_id:
            query = query.where(Placement.agreement_id == agreement_id)
        if municipality:
            query = query.where(Placement.municipality_code == municipality)
        return {data["citizen"]["cpr"] for data in db.session.scalars(query)}


def shown_cprs(text: str, cprs: set[str]) -> list[str]:
    """Which of the CPR numbers a text shows in any form: whole, with a dash, or masked as DDMMYY-XXXX."""
    return [c for c in cprs if c in text or f"{c[:6]}-{c[6:]}" in text or f"{c[:6]}-XXXX" in text]


def client_of(app: Flask, username: str) -> Any:
    """A test client signed in as `username` through the sign-in form."""
    client = app.test_client()
    assert sign_in(client, username).status_code == 302
    return client


@contextmanager
def everyone_on_a_copy(source_app: Flask, target: Path, users: bool = True) -> Iterator[Flask]:
    """A copy of an app's data (`copy_of`) with a user of every role (unless `users` is false), its
    connections closed after."""
    app = copy_of(source_app, target)
    if users:
        add_everyone(app)
    try:
        yield app
    finally:
        with app.app_context():
            db.engine.dispose()


def demo_copy_fixture(folder: str, name: str = "app", users: bool = True) -> Any:
    """A module-scoped fixture (`name`) giving a copy of the lived demo in its own `folder`, with a user
    of every role unless `users` is false, its connections closed after the module:
    `app = demo_copy_fixture("api-x")`. Named `lived_demo`, it gives a module that writes its own copy of
    the session's demo (which is for tests that only read)."""

    @pytest.fixture(scope="module", name=name)
    def copied(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
        with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp(folder), users) as app:
            yield app

    return copied


def current_version(record: Record) -> RecordVersion:
    """The current version of `record` (in an app context)."""
    versions: Any = fixture_script("record_versions")
    return versions.current_version(db.session, record)  # type: ignore[no-any-return]


def add_version(record: Record, data: dict[str, Any]) -> None:
    """A new current version of `record` holding `data`, from its current version's submission, as a
    correction is kept (in an app context; commits)."""
    versions: Any = fixture_script("record_versions")
    versions.add_version(db.session, record, data)
    db.session.commit()


def sent_by_a_municipality(app: Flask, form_types: tuple[str, ...]) -> list[tuple[int, dict[str, Any]]]:
    """Falck Hovedstaden's records of these form types whose current version a municipality (not the
    company) sent: (record id, its current data), oldest first."""
    with app.app_context():
        rows = db.session.execute(
            select(Record.id, RecordVersion.data)
            .join(Placement, Placement.id == Record.placement_id)
            .join(
                RecordVersion,
                (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version),
            )
            .join(Submission, Submission.id == RecordVersion.submission_id)
            .where(
                Placement.agreement_id == "falck-hovedstaden",
                Record.form_type.in_(form_types),
                ~Submission.from_company,
            )
            .order_by(Record.id)
        ).all()
    return [(record_id, data) for record_id, data in rows]


class FrozenDate(date):
    """`date` whose today is 1 December 2026, the demo's today (monkeypatch a module's `date` with it)."""

    @classmethod
    def today(cls) -> FrozenDate:
        return cls(2026, 12, 1)
