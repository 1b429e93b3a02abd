"""The admin's job monitor (`/admin/jobs`) on the embedded queue and on a real Redis server."""

from __future__ import annotations

import re
import socket
from datetime import timedelta
from typing import Any

import pytest
from accounts import add_user, csrf_token, sign_in
from conftest import ROOT, make_app
from flask import Flask
from sqlalchemy import update

from hub import jobs
from hub.extensions import db
from hub.models import Submission
from hub.models.base import utcnow
from hub.queue import queue
from hub.services import agreements, ingest, job_monitor, job_monitor_db, job_subjects, processing

GOLDEN = ROOT / "tests" / "golden"


def adds(a: int, b: int) -> int:
    """A job that finishes."""
    return a + b


def breaks(submission_id: int) -> None:
    """A job that fails with a message a person must not read on the monitor."""
    raise ValueError(f"submission {submission_id}: CPR 010101-1234 does not parse")


@pytest.fixture
def monitored(queue_app: Flask) -> Flask:
    """`queue_app` with its queue's registries emptied: a Redis server keeps a queue name's past runs."""
    state = queue.state(queue_app)
    for key in state.connection.scan_iter(match=f"rq:*:{state.queue.name}"):
        state.connection.delete(key)
    return queue_app


def _row(html: str, attribute: str, value: str) -> str:
    found = re.search(rf'<tr {attribute}="{value}"[^>]*>(.*?)</tr>', html, re.S)
    assert found, f"no row {attribute}={value}"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(1))).strip()


def _admin(app: Flask) -> Any:
    client = app.test_client()
    add_user(app, "admin")
    assert sign_in(client, "admin").status_code == 302
    return client


def test_the_monitor_counts_jobs_by_state_and_names_only_the_failure_class(monitored: Flask) -> None:
    with monitored.app_context():
        queue.enqueue(adds, 1, 2, description="adds 1 and 2")
        queue.enqueue(breaks, 7, description="process submission 7")
        queue.run_burst(monitored)
        queue.enqueue(adds, 3, 4, description="waits")
        queue.enqueue(adds, 5, 6, description="process submissions 41..44 (4)")
        queue.enqueue(adds, 7, 8, description="process submissions 45..45 (1)")
    client = _admin(monitored)
    html = client.get("/admin/jobs").get_data(as_text=True)
    # A job of the hub's is described in the page's language.
    # A batch of several in the plural ("behandl indsendelse 41..44" read as one), one by its number alone.
    assert "behandl indsendelser 41..44 (4)" in html and "process submissions 41..44" not in html
    assert "behandl indsendelse 45<" in html and "45..45" not in html
    assert _row(html, "data-state", "queued") == "i kø 3"
    assert _row(html, "data-state", "finished") == "færdig 1"
    assert _row(html, "data-state", "failed") == "fejlet 1"
    assert _row(html, "data-state", "started") == "i gang 0"
    failed = re.search(r'<tr data-job="[^"]+" data-state="failed"[^>]*>(.*?)</tr>', html, re.S)
    assert failed and "process submission 7" in failed.group(1) and "ValueError" in failed.group(1)
    assert "010101-1234" not in html and "does not parse" not in html and "Traceback" not in html
    embedded = "indlejrede kø" in html
    assert embedded == (not monitored.config["REDIS_URL"])
    assert 'id="no-workers"' in html  # the burst worker has gone


def test_the_monitor_lists_a_live_worker(monitored: Flask) -> None:
    worker = queue.worker(monitored)
    worker.register_birth()
    try:
        html = _admin(monitored).get("/admin/jobs").get_data(as_text=True)
        assert worker.name in html and 'id="no-workers"' not in html
    finally:
        worker.register_death()


def test_the_monitor_says_the_registries_keep_fewer_jobs_than_a_worker_ran(monitored: Flask) -> None:
    """A job queued again under its fixed id replaces its last run in the finished registry, while the
    worker counts both runs: the page labels each count for what it counts, so 1 beside 2 is no riddle."""
    worker = queue.worker(monitored)
    worker.register_birth()
    try:
        with monitored.app_context():
            for _ in range(2):
                job = queue.enqueue_once(adds, 1, 2, job_id="once", description="adds 1 and 2")
                worker.execute_job(job, queue.state().queue)
        html = _admin(monitored).get("/admin/jobs").get_data(as_text=True)
    finally:
        worker.register_death()
    assert _row(html, "data-state", "finished") == "færdig 1"
    assert "<caption>Job, som køen gemmer, efter tilstand</caption>" in html
    # 24 hours, 60 minutes and 7 days: `FINISHED_KEPT`, `REPEATED_KEPT` and `FAILED_KEPT` in hub/queue.py.
    assert "Køen gemmer et færdigt job i 24 timer" in html and "i 60 minutter" in html
    assert "et fejlet job i 7 dage" in html
    headers = re.search(r'<table id="workers".*?</thead>', html, re.S)
    assert headers and "Færdige siden start" in headers.group(0) and "Fejlede siden start" in headers.group(0)
    row = re.search(rf'<tr[^>]*><th scope="row"[^>]*translate="no">{worker.name}</th>(.*?)</tr>', html, re.S)
    assert row and re.findall(r'<td [^>]*class="num"[^>]*>(\d+)</td>', row.group(1)) == ["2", "0"]


def test_requeue_queues_again_what_no_worker_will_finish(monitored: Flask) -> None:
    with monitored.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        placement = (GOLDEN / "gladsaxe" / "placement_kontanthjaelp.pdf").read_bytes()
        end = (GOLDEN / "gladsaxe" / "placement_end.pdf").read_bytes()
        lost = ingest.submit(db.session, placement, "p.pdf", "gladsaxe", "test", "tester").submission_id
        dead = ingest.submit(db.session, end, "e.pdf", "gladsaxe", "test", "tester").submission_id
        db.session.execute(
            update(Submission)
            .where(Submission.id == dead)
            .values(status="processing", updated_at=utcnow() - timedelta(hours=1))
        )
        db.session.commit()
    client = _admin(monitored)
    html = client.get("/admin/jobs?minutes=30").get_data(as_text=True)
    assert _row(html, "data-submission", str(dead)).startswith(f"{dead} behandles 159")
    assert _row(html, "data-status", "received") == "modtaget 1"
    assert f'data-submission="{lost}"' not in html  # received is not stuck: it is queued again at once
    assert "2 indsendelser bliver sat i kø igen" in html
    # Without the form's CSRF token the action is refused.
    assert client.post("/admin/jobs/requeue", data={"minutes": "30"}).status_code == 400
    token = csrf_token(client, "/admin/jobs")
    answer = client.post("/admin/jobs/requeue", data={"minutes": "30", "csrf_token": token})
    assert answer.status_code == 302 and answer.headers["Location"] == "/admin/jobs?minutes=30"
    with monitored.app_context():
        # Both in one batch job (`jobs.enqueue_submissions`).
        assert job_monitor.job_counts(queue.state().queue)["queued"] == 1
        queue.run_burst(monitored)
        assert job_monitor_db.submissions_by_status(db.session)["accepted"] == 2
    html = client.get("/admin/jobs").get_data(as_text=True)
    assert "2 indsendelser sat i kø igen." in html
    assert _row(html, "data-status", "accepted") == "godkendt 2"
    assert _row(html, "data-state", "finished") == "færdig 1"


def test_a_failed_job_names_the_submissions_it_worked_on(
    monitored: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The admin must know which submissions to look at and queue again, not only that "a batch" failed.
    with monitored.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        placement = (GOLDEN / "gladsaxe" / "placement_kontanthjaelp.pdf").read_bytes()
        end = (GOLDEN / "gladsaxe" / "placement_end.pdf").read_bytes()
        ids = sorted(
            ingest.submit(db.session, data, name, "gladsaxe", "test", "tester").submission_id
            for data, name in ((placement, "p.pdf"), (end, "e.pdf"))
        )

        def fails(*_args: Any, **_kwargs: Any) -> None:
            raise ValueError("CPR 010101-1234 does not parse")

        monkeypatch.setattr(processing, "process_batch", fails)
        jobs.enqueue_submissions(ids)
        queue.run_burst(monitored)
    html = _admin(monitored).get("/admin/jobs").get_data(as_text=True)
    found = re.search(r'<tr data-job="[^"]+" data-state="failed"[^>]*>(.*?)</tr>', html, re.S)
    failed = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", found.group(1))) if found else ""
    assert "ValueError" in failed and f"indsendelser {ids[0]}, {ids[1]}" in failed
    assert f'data-submissions="{ids[0]} {ids[1]}"' in html
    assert "010101-1234" not in html


def test_only_the_submission_jobs_arguments_are_read() -> None:
    class FakeJob:
        def __init__(self, func_name: str, args: tuple[Any, ...]) -> None:
            self.func_name, self.args = func_name, args

    def ids(name: str, *args: Any) -> tuple[int, ...]:
        return job_subjects.submission_ids(FakeJob(name, args))  # type: ignore[arg-type]

    assert ids("hub.jobs.process_batch", [9, 3, 3]) == (3, 9)
    assert ids("hub.jobs.process_submission", 7) == (7,)
    assert ids("tests.web.test_jobs.breaks", 7) == ()  # another job's arguments are not known to be ids
    assert ids("hub.jobs.process_batch") == ()
    assert ids("hub.jobs.process_batch", ["0101011234", True]) == ()


def test_exception_class_takes_the_name_and_never_the_message() -> None:
    trace = (
        'Traceback (most recent call last):\n  File "x.py", line 1\nhub.errors.Rejection: CPR 0101011234\n'
    )
    assert job_monitor.exception_class(trace) == "hub.errors.Rejection"
    assert job_monitor.exception_class("KeyboardInterrupt\n") == "KeyboardInterrupt"
    assert job_monitor.exception_class("0101011234 is wrong") == "?"
    assert job_monitor.exception_class(None) is None


def test_only_the_admin_sees_the_monitor(monitored: Flask) -> None:
    client = monitored.test_client()
    add_user(monitored, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    assert client.get("/admin/jobs").status_code == 403
    admin = _admin(monitored)
    assert admin.get("/").headers["Location"] == "/admin/jobs"  # the admin's first page


def test_with_redis_away_the_monitor_still_shows_the_submissions_and_says_why(tmp_path: Any) -> None:
    # The moment the admin needs the page most: the uploads kept meanwhile are in the database.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = make_app(tmp_path, REDIS_URL=f"redis://127.0.0.1:{port}/0")
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        ingest.submit(
            db.session, (GOLDEN / "herlev" / "placement.csv").read_bytes(), "p.csv", "herlev", "t", "t"
        )
    page = _admin(app).get("/admin/jobs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'id="queue-away"' in html and "Jobkøens server (Redis) kan ikke nås lige nu" in html
    assert _row(html, "data-status", "received").endswith("1")
    assert 'id="no-workers"' not in html and 'id="job-counts"' not in html
    assert "Traceback" not in html and "ConnectionError" not in html
