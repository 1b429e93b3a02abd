"""Issue 9, point 4: many files of one sender submitted in one transaction (`ingest.submit_many`).

Each file's outcome is the one `submit` gives it alone (checked against hand-written expectations and
against the per-file path on a second database); new files cost one commit and a number of statements
that does not grow with the batch; two uploaders of the same bytes at once still make one submission.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from conftest import ROOT, make_app
from flask import Flask
from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session

from hub.access import Principal
from hub.errors import Rejection
from hub.extensions import db
from hub.models import AuditEvent, Submission
from hub.services import agreements, ingest, scope
from hub.services.ingest import Item, Submitted

GLADSAXE, HERLEV = "159", "163"
# Bytes are never read when submitting (the worker reads them): any bytes make a document here.
EARLIER, TAKEN, MISSENT, OUTSIDE = (
    b"earlier accepted",
    b"herlev's own",
    b"sent to herlev",
    b"no agreement yet",
)
NEW_A, NEW_B = b"new file a", b"new file b"
HELD = "these exact bytes were already sent to the hub by another sender, and are read once"
BATCH = [NEW_A, EARLIER, NEW_A, TAKEN, MISSENT, OUTSIDE, NEW_B]


def _before(session: Session) -> None:
    """Submissions 1-4, set to the states the batch meets them in (as a worker would have left them)."""
    for data, code in ((EARLIER, GLADSAXE), (TAKEN, HERLEV), (MISSENT, HERLEV), (OUTSIDE, GLADSAXE)):
        ingest.submit(session, data, f"{data.decode()}.pdf", code, "test", "tester")
    outside = [{"reason_en": "no agreement", "reason_da": "ingen aftale", "outside_document": True}]
    not_hers = [{"reason_en": "not a form Herlev sends", "reason_da": "ikke Herlevs", "not_recognised": True}]
    for sid, status, problems in (
        (1, "accepted", None),
        (2, "accepted", None),
        (3, "rejected", not_hers),
        (4, "rejected", outside),
    ):
        session.execute(
            update(Submission).where(Submission.id == sid).values(status=status, problems=problems)
        )
    session.commit()


def _shown(outcome: Submitted | Rejection) -> Any:
    return [p.describe() for p in outcome.problems] if isinstance(outcome, Rejection) else outcome


def _items() -> list[Item]:
    return [Item(data, f"file-{n}.pdf") for n, data in enumerate(BATCH)]


def test_a_mixed_batch_gives_each_file_what_submit_gives_it_alone(backend_app: Flask, tmp_path: Any) -> None:
    with backend_app.app_context():
        _before(db.session)
        party = ingest.party_of(db.session, "gladsaxe")
        outcomes = [_shown(o) for o in ingest.submit_many(db.session, party, _items(), "test", "tester")]
        assert outcomes == [
            Submitted(5, False, "received"),
            Submitted(1, True, "accepted"),
            Submitted(5, True, "received"),  # the same bytes twice in the batch: one submission
            # Herlev's accepted file: refused without saying whose it is.
            [f"file-3.pdf: {HELD}"],
            # Rejected as none of Herlev's forms: Gladsaxe takes it over, as its own new upload.
            Submitted(3, False, "received"),
            Submitted(4, True, "received", read_again="outside"),
            Submitted(6, False, "received"),
        ]
        taken = db.session.get_one(Submission, 3)
        # Gladsaxe's now, with its file name and channel: nothing of Herlev's upload is left to show.
        assert (taken.municipality_code, taken.filename, taken.channel) == (GLADSAXE, "file-4.pdf", "test")
        actions = db.session.execute(select(AuditEvent.action, AuditEvent.subject).where(AuditEvent.id > 4))
        assert sorted(actions) == [
            ("submission.read_again", "submission:4"),
            ("submission.reassigned", "submission:3"),
            ("submission.received", "submission:5"),
            ("submission.received", "submission:6"),
        ]
    # The per-file path on a database of its own, in the same state: the same answers.
    alone = make_app(tmp_path / "alone")
    with alone.app_context():
        _before(db.session)
        one_by_one = []
        for item in _items():
            try:
                one_by_one.append(
                    ingest.submit(db.session, item.data, item.filename, "gladsaxe", "test", "tester")
                )
            except Rejection as exc:
                db.session.rollback()
                one_by_one.append(exc)
        assert [_shown(o) for o in one_by_one] == outcomes
        db.engine.dispose()


@contextmanager
def _counted(app: Flask) -> Iterator[dict[str, int]]:
    """Count the commits and the statements sent to the database while the block runs."""
    seen = {"commits": 0, "statements": 0}

    def commit(_conn: Any) -> None:
        seen["commits"] += 1

    def statement(*_args: Any) -> None:
        seen["statements"] += 1

    engine = db.engine
    event.listen(engine, "commit", commit)
    event.listen(engine, "before_cursor_execute", statement)
    try:
        yield seen
    finally:
        event.remove(engine, "commit", commit)
        event.remove(engine, "before_cursor_execute", statement)


def _new_files(app: Flask, size: int) -> dict[str, int]:
    """Submit `size` new files in one call; the commits and statements it took."""
    with app.app_context():
        party = ingest.party_of(db.session, "gladsaxe")
        items = [Item(f"batch of {size}, file {n}".encode(), f"{n}.pdf") for n in range(size)]
        with _counted(app) as seen:
            done = ingest.submit_many(db.session, party, items, "test", "tester")
        assert [o.duplicate for o in done if isinstance(o, Submitted)] == [False] * size
        return seen


def test_new_files_are_one_commit_with_an_audit_entry_each(backend_app: Flask) -> None:
    assert _new_files(backend_app, 2)["commits"] == 1
    assert _new_files(backend_app, 12)["commits"] == 1
    with backend_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 14
        received = select(func.count()).where(AuditEvent.action == "submission.received")
        assert db.session.scalar(received) == 14


def test_the_statements_do_not_grow_with_the_batch(backend_app: Flask) -> None:
    """One INSERT per table for the whole batch, on SQLite too: the new ids are not asked back in the
    rows' order, which SQLite could only give a row at a time (SQLAlchemy's "insertmanyvalues")."""
    assert _new_files(backend_app, 2)["statements"] == _new_files(backend_app, 12)["statements"]


def _in_thread(app: Flask, work: Callable[[Session], Any], out: dict[str, Any], key: str) -> threading.Thread:
    def run() -> None:
        with app.app_context():
            session = db.state(app).sessions()
            try:
                out[key] = work(session)
            except BaseException as exc:  # noqa: BLE001 - reported to the test thread below
                out[key] = exc
            finally:
                session.close()

    return threading.Thread(target=run, daemon=True)


def test_two_uploaders_of_the_same_bytes_at_once_make_one_submission_and_lose_nothing(
    postgres_app: Flask,
) -> None:
    """Both batches have read that no file was submitted before either writes (a barrier at each one's
    first INSERT): one commits first, the other's insert of a shared file fails, and its batch is done
    again."""
    barrier = threading.Barrier(2, timeout=30)
    shared = [b"shared one", b"shared two"]
    batches = {
        "first": [shared[0], shared[1], b"only the first's"],
        "second": [shared[1], shared[0], b"only the second's"],
    }
    reached: set[int] = set()  # the threads that have waited at their first INSERT

    def at_first_insert(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT") and threading.get_ident() not in reached:
            reached.add(threading.get_ident())
            barrier.wait()

    def uploader(name: str) -> Callable[[Session], Any]:
        def work(session: Session) -> Any:
            party = ingest.party_of(session, "gladsaxe")
            items = [Item(data, f"{name}-{n}.pdf") for n, data in enumerate(batches[name])]
            return ingest.submit_many(session, party, items, "test", name)

        return work

    out: dict[str, Any] = {}
    with postgres_app.app_context():
        engine = db.engine
    db.ready(postgres_app)  # the key's fingerprint stored first: the barrier waits at the uploads' INSERTs
    event.listen(engine, "before_cursor_execute", at_first_insert)
    try:
        threads = [_in_thread(postgres_app, uploader(name), out, name) for name in batches]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    finally:
        event.remove(engine, "before_cursor_execute", at_first_insert)
    assert not any(thread.is_alive() for thread in threads)
    assert len(reached) == 2  # both had read before either wrote: the race really was run
    first, second = out["first"], out["second"]
    assert isinstance(first, list) and isinstance(second, list), out
    assert all(isinstance(o, Submitted) for o in first + second), out
    # One of them lost the race on both shared files: those are the winner's, its own file is still new.
    loser, winner = (first, second) if first[0].duplicate else (second, first)
    assert [o.duplicate for o in winner] == [False, False, False]
    assert [o.duplicate for o in loser] == [True, True, False]
    assert {o.submission_id for o in loser[:2]} == {o.submission_id for o in winner[:2]}
    with postgres_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 4
        received = select(func.count()).where(AuditEvent.action == "submission.received")
        assert db.session.scalar(received) == 4


def test_a_name_longer_than_the_database_keeps_is_shortened_in_the_middle(backend_app: Flask) -> None:
    # A zip of nested folders gives "upload.zip/<folders>/<member>": PostgreSQL refuses a name over
    # 255 characters, which would fail the whole upload without a word about which file.
    folders = "/".join(f"mappe-{n:02d}-{'x' * 20}" for n in range(14))
    long_name = f"upload.zip/{folders}/Anna praktikaftale.pdf"
    assert len(long_name) > 255
    with backend_app.app_context():
        outcome = ingest.submit_many(
            db.session,
            ingest.Submitter(municipality_code=GLADSAXE),
            [Item(b"long", long_name)],
            "upload",
            "t",
        )[0]
        assert isinstance(outcome, Submitted)
        stored = db.session.get_one(Submission, outcome.submission_id).filename
    assert len(stored) == 255
    assert stored.startswith("upload.zip/mappe-00-") and stored.endswith("/Anna praktikaftale.pdf")
    assert "…" in stored


def test_a_file_rejected_for_what_it_is_stays_with_its_sender(app: Flask) -> None:
    # Herlev's file refused for its content (say, a DTD): the lead sending the same bytes does not take
    # it over, and Herlev keeps following its submission.
    with app.app_context():
        first = ingest.submit(db.session, b"<!DOCTYPE x>", "bombe.xml", HERLEV, "test", "herlev")
        unreadable = [{"reason_en": "DTDs are not accepted", "reason_da": "DTD'er accepteres ikke"}]
        db.session.execute(
            update(Submission)
            .where(Submission.id == first.submission_id)
            .values(status="rejected", problems=unreadable)
        )
        db.session.commit()
        party = ingest.party_of(db.session, "gladsaxe")
        (outcome,) = ingest.submit_many(
            db.session, party, [Item(b"<!DOCTYPE x>", "igen.xml")], "test", "lead"
        )
        assert isinstance(outcome, Rejection)
        assert db.session.get_one(Submission, first.submission_id).municipality_code == HERLEV


def test_the_company_takes_over_its_form_a_municipality_sent_by_mistake(app: Flask) -> None:
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "t")
        first = ingest.submit(db.session, b"the company's form", "skema.xlsx", HERLEV, "test", "herlev")
        not_hers = [{"reason_en": "not a form Herlev sends", "reason_da": "x", "not_recognised": True}]
        db.session.execute(
            update(Submission)
            .where(Submission.id == first.submission_id)
            .values(status="rejected", problems=not_hers)
        )
        db.session.commit()
        party = ingest.party_of(db.session, agreement_id="falck-hovedstaden")
        (outcome,) = ingest.submit_many(
            db.session, party, [Item(b"the company's form", "timer-oktober.xlsx")], "company", "falck"
        )
        # The company's own new upload: not "already received" (it never sent it), and by its channel,
        # which is what the company may follow (an upload page polling it got a 404 and said "failed").
        assert outcome == Submitted(first.submission_id, False, "received")
        taken = db.session.get_one(Submission, first.submission_id)
        assert (taken.municipality_code, taken.agreement_id) == (None, "falck-hovedstaden")
        assert (taken.filename, taken.channel) == ("timer-oktober.xlsx", "company")
        falck = Principal(1, "falck", "company", company_cvr="22222228")
        assert scope.submission(db.session, falck, first.submission_id).id == first.submission_id
