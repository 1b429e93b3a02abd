"""A batch locks its citizens and reads their placements for all its documents at once (decision 0038)."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask, current_app
from golden_docs_support import GOLDEN, Doc, prepared, store
from sqlalchemy import event, func, select, text

from hub.extensions import db
from hub.models import Placement, Record
from hub.services import agreements, batch_reads, documents, ingest, link_ahead, processing

# Two citizens: the progress report is about the first placement's citizen.
NAMES = ("placement_kontanthjaelp.pdf", "placement_sygedagpenge.pdf", "progress_report.pdf")


class _Refused(Exception):
    pass


def _load() -> None:
    agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")


@contextmanager
def _linking_statements() -> Iterator[list[str]]:
    """The locks taken and the placements looked for, as they are run."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        flat = " ".join(statement.split()).lower()
        if "advisory_xact_lock" in flat:  # taken, or tried (after a savepoint rolled back)
            seen.append("lock")
        elif flat.startswith("select placements.id") and "placements.cpr_key" in flat:
            seen.append("placements")

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _expect(docs: list[Doc]) -> None:
    secret = str(current_app.config["PSEUDONYM_KEY"])
    link_ahead.expect(db.session, [p.canonical.record for _, p in docs if p.canonical], secret)


def test_a_batch_locks_and_reads_its_citizens_once_and_sees_what_it_created(backend_app: Flask) -> None:
    """Three documents about two citizens: one lock statement (PostgreSQL) and one read of placements
    for all of them. The progress report links to the placement its citizen's form created earlier in
    the batch, known without reading it back."""
    with backend_app.app_context():
        _load()
        docs = prepared(NAMES)
        with _linking_statements() as seen, link_ahead.knowing(db.session):
            _expect(docs)
            for doc in docs:
                store(doc)
        db.session.commit()
        locks = ["lock"] if db.engine.dialect.name == "postgresql" else []
        assert seen == [*locks, "placements"]
        placements = db.session.scalars(select(Placement).order_by(Placement.id)).all()
        assert len(placements) == 2
        kinds = {r.form_type: r.placement_id for r in db.session.scalars(select(Record))}
        assert kinds["progress_report"] == placements[0].id  # the first citizen's placement
        assert placements[0].start.isoformat() == "2026-08-03"


def test_after_a_rolled_back_document_the_next_reads_again(backend_app: Flask) -> None:
    """A document whose savepoint rolls back takes the placement it created with it: the batch forgets
    what it knew, and the next document about the same citizen reads (and locks) again and makes its
    own placement, never linking to the one that is gone."""
    with backend_app.app_context():
        _load()
        (first,) = prepared(NAMES[:1])
        second, progress = prepared((NAMES[0], NAMES[2]), b"\n")  # the first citizen's again
        with _linking_statements() as seen, link_ahead.knowing(db.session):
            _expect([first, second, progress])
            with contextlib.suppress(_Refused):
                with db.session.begin_nested():
                    documents.store_document(db.session, first[0], first[1].read, "test", None, first[1])
                    assert db.session.scalar(select(func.count()).select_from(Placement)) == 1
                    raise _Refused  # the document is rolled back after linking
            store(second)
            store(progress)
        db.session.commit()
        locks = ["lock"] if db.engine.dialect.name == "postgresql" else []
        assert seen == [*locks, "placements", *locks, "placements"]
        (placement,) = db.session.scalars(select(Placement)).all()
        records = db.session.scalars(select(Record)).all()
        assert sorted(r.form_type for r in records) == ["placement", "progress_report"]
        assert {r.placement_id for r in records} == {placement.id}


def test_a_citizen_read_ahead_is_locked_until_the_batch_commits(postgres_app: Flask) -> None:
    """The batch stores its first citizen's form and holds its transaction open: the second citizen
    was locked ahead with the first, so another worker's form about that citizen waits for the commit,
    then links to the placement the batch made."""
    with postgres_app.app_context():
        _load()
        docs = prepared(NAMES[:2])
        other = ingest.submit(
            db.session, (GOLDEN / NAMES[1]).read_bytes() + b"\n", "again.pdf", "gladsaxe", "test", "tester"
        ).submission_id
        db.session.commit()
        done: dict[int, str] = {}

        def other_worker() -> None:
            with postgres_app.app_context():
                done.update(processing.process_batch(db.session, [other], holder="other"))

        thread = threading.Thread(target=other_worker)
        with link_ahead.knowing(db.session):
            _expect(docs)
            store(docs[0])  # reads ahead: both citizens locked
            thread.start()
            thread.join(2)
            assert thread.is_alive()  # waiting for the second citizen's lock
            store(docs[1])
        db.session.commit()
        thread.join(60)
        assert done == {other: "accepted"}
        assert db.session.scalar(select(func.count()).select_from(Placement)) == 2


def _one_by_one(runs: Any) -> Any:
    """`batch_reads.runs` with each document a run of its own, as when each is read just in time."""

    def split(*args: Any, **kwargs: Any) -> Iterator[list[Any]]:
        for run in runs(*args, **kwargs):
            for entry in run:
                yield [entry]

    return split


def golden_record(name: str) -> dict[str, Any]:
    return json.loads((GOLDEN / name.replace(".pdf", ".expected.json")).read_text())  # type: ignore[no-any-return]


def advisory_elsewhere(number: int, granted: bool = True) -> bool:
    """Whether a backend other than ours holds (`granted`) or waits for the advisory lock `number`
    (bigint keys: high and low halves in classid and objid) in our database. Advisory locks are kept
    per database, but pg_locks shows the cluster's: the suite's other processes run the same citizens'
    forms in databases of their own, and a lock of theirs once read as this batch's wait."""
    query = text(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted = :granted AND objsubid = 1"
        " AND pid <> pg_backend_pid() AND classid::bigint = :high AND objid::bigint = :low"
        " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    )
    with db.engine.connect() as probe:
        found = probe.execute(query, {"granted": granted, "high": number >> 32, "low": number & 0xFFFFFFFF})
        return bool(found.scalar())


def test_a_later_run_never_waits_for_a_lower_citizen_while_it_holds_a_higher(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two citizens, H and L (L's lock sorts lower), in a batch whose runs come one document at a time:
    H's run locks H, then L's run needs L. Another worker holds L and, once the batch holds H, waits
    for H. Had the batch waited for L while holding H, each would wait for the other until PostgreSQL
    failed one of them (a deadlock, and a batch tried again). The batch only tries L, commits H's
    document, and waits for L in a transaction of its own: both end, and both documents are stored."""
    monkeypatch.setattr(batch_reads, "runs", _one_by_one(batch_reads.runs))
    with postgres_app.app_context():
        _load()
        secret = str(current_app.config["PSEUDONYM_KEY"])
        data = {name: (GOLDEN / name).read_bytes() for name in NAMES[:2]}
        number = {  # from each form's golden record, written by hand from the form
            name: link_ahead.lock_number(link_ahead.pair_of(golden_record(name), secret)[0]) for name in data
        }
        low, high = sorted(data, key=number.__getitem__)
        ids = [  # H first: its run comes first
            ingest.submit(db.session, data[name], name, "gladsaxe", "test", "tester").submission_id
            for name in (high, low)
        ]
        db.session.commit()
        problems: list[BaseException] = []
        other = db.engine.connect()
        other.execute(text("SELECT pg_advisory_xact_lock(:n)"), {"n": number[low]})

        def other_worker() -> None:
            with postgres_app.app_context():
                try:
                    deadline = time.monotonic() + 30
                    while not advisory_elsewhere(number[high]) and time.monotonic() < deadline:
                        time.sleep(0.01)
                    other.execute(text("SELECT pg_advisory_xact_lock(:n)"), {"n": number[high]})
                    other.commit()
                except BaseException as exc:  # noqa: BLE001 - the deadlock, said by the test
                    problems.append(exc)
                    other.rollback()

        thread = threading.Thread(target=other_worker)
        thread.start()
        try:
            statuses = processing.process_batch(db.session, ids, holder="batch")
        except BaseException as exc:  # noqa: BLE001 - the deadlock, said by the test
            problems.append(exc)
            statuses = {}
        finally:
            thread.join(60)
            other.close()
        assert problems == []
        assert statuses == {ids[0]: "accepted", ids[1]: "accepted"}
        assert db.session.scalar(select(func.count()).select_from(Placement)) == 2
