"""The ingestion path under faults, on real PostgreSQL and Redis: uploads sent the CLI's way while `hub
worker` processes are SIGKILLed at random points and restarted, PostgreSQL is restarted once and Redis
once (losing every queued job). Then, with no person's help (no `hub requeue`), every upload has exactly
one submission in a final status, one record version per accepted submission with its provenance, one
terminal audit entry per outcome, and the audit log verifies.

Final here means accepted, partial or rejected: the outcome is the document's. `failed` is not accepted
as final: it is the hub's own failure, and a restart of a server must not end a document there.

`make soak` runs the same test with 1,200 uploads (HUB_FAULT_UPLOADS); HUB_FAULT_SEED picks the chaos,
HUB_FAULT_WORKERS how many workers (2), HUB_FAULT_DRAIN the seconds allowed to finish after sending.
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT, make_app
from fault_support import PrivateServers, WorkerPool, jobs_held, private_servers, worker_env
from flask import Flask
from flask.testing import FlaskCliRunner
from redis import Redis
from redis.exceptions import RedisError
from rq.exceptions import NoSuchJobError
from rq.job import Job
from sqlalchemy import func, select

from hub.cli import batch, cli
from hub.extensions import db
from hub.models import AuditEvent, Provenance, RecordVersion, Submission
from hub.services import demo

__all__ = ["private_servers"]  # the fixture, imported for pytest to find
GOLDEN = ROOT / "tests" / "golden"
TERMINAL = ("submission.accepted", "submission.partial", "submission.rejected", "submission.failed")
FINAL = ("accepted", "partial", "rejected")
LEASE_SECONDS = 3
SEED = int(os.environ.get("HUB_FAULT_SEED", "9"))


@dataclass(frozen=True)
class Upload:
    """One file to send: its path, who sends it, and whether it must be rejected whatever happens."""

    path: Path
    municipality: str
    hostile: bool = False
    copy_of: Path | None = None  # the same form in other bytes: one of the two makes the record version

    @property
    def sha256(self) -> str:
        """The hash the hub keys its documents by."""
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


def _variant(data: bytes, n: int) -> bytes | None:
    """The same form in other bytes (a trailing comment), for runs larger than the demo; None if the
    format has no harmless place for one."""
    if data.startswith(b"%PDF"):
        return data + f"\n% copy {n}\n".encode()
    if data.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<"):
        return data + f"\n<!-- copy {n} -->\n".encode()
    return None


def _uploads(app: Flask, folder: Path, size: int) -> list[Upload]:
    """The demo's placement and end forms in every municipality's format, a few hostile files, and
    trailing-comment copies of the PDFs and XML up to `size`."""
    folder.mkdir()
    with app.app_context():
        forms = [
            *demo.demo_forms(db.session, ("placement",)),
            *demo.demo_forms(db.session, ("placement_end",)),
        ]
    out = []
    for form in forms:
        path = folder / f"{form.municipality}-{form.filename}"
        path.write_bytes(form.data)
        out.append(Upload(path, form.municipality))
    pdf = next(form.data for form in forms if form.data.startswith(b"%PDF"))
    hostile = {
        # Text, so stored and read (a binary file is refused before it is stored, as on the upload page).
        "notes.txt": b"not a form of any kind;just a note\n",
        "truncated.pdf": pdf[:400],
        "entity.xml": b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    }
    for name, data in hostile.items():
        (folder / name).write_bytes(data)
        out.append(Upload(folder / name, "gladsaxe", hostile=True))
    # Another municipality's form, sent as Gladsaxe.
    out.append(Upload(GOLDEN / "herlev" / "placement.csv", "gladsaxe", hostile=True))
    n = 0
    while len(out) < size:
        form = forms[n % len(forms)]
        n += 1
        data = _variant(form.data, n)
        if data is not None:
            path = folder / f"copy{n}-{form.municipality}-{form.filename}"
            path.write_bytes(data)
            out.append(
                Upload(path, form.municipality, copy_of=folder / f"{form.municipality}-{form.filename}")
            )
    return out


RESEND_FOR = 60.0  # seconds a user told "not stored" goes on sending a file again, at the least


def _send(upload: Upload, deadline: float) -> None:
    """Send one file as `hub ingest` does; while the database is down, send it again (as a user told
    "not stored, send it again" would). Redis down leaves it kept, for the workers to find.

    Each file is sent again for `RESEND_FOR` seconds at the least, past the run's `deadline` too: on a
    host at load 20-32 the sending outlasted the deadline, and the eight files that met PostgreSQL's
    restart after it were given up at their first "not stored" (142 submissions of 150)."""
    deadline = max(deadline, time.monotonic() + RESEND_FOR)
    while True:
        sent = batch.send((upload.path,), upload.municipality, None)
        if sent.outcomes[0].state != batch.NOT_STORED or time.monotonic() > deadline:
            return
        time.sleep(0.3)


KEEP_UP_MOST = 45.0  # seconds the uploads may wait for kills in all


def _keep_up(pool: WorkerPool, wanted: int, most: float) -> float:
    """Wait (at most `most` seconds) until `wanted` workers have been killed; returns the time waited.

    On a loaded machine a killed worker's replacement takes seconds to start, and the chaos spares a
    pool with a worker still starting: the kills fell behind the uploads, and a run once ended with two.
    The sending waits for them instead, so that every run kills at least three workers while uploads
    arrive (the check at the end). Up to `KEEP_UP_MOST` in all, not per upload: when no kill could
    come, a wait per upload made a run of 150 uploads last half an hour."""
    began = time.monotonic()
    while pool.killed < wanted and time.monotonic() - began < most:
        time.sleep(0.2)
    return time.monotonic() - began


class Chaos:
    """SIGKILLs `kills` workers, one every 1–3 s, each while it runs a job by rq's own records, and only
    while every worker of the pool has registered with rq (so that the queue still moves on a loaded
    machine, where a worker takes seconds to start); restarts a server when asked, in the background.

    `at_work` counts the kills that left a job `started` behind: read after the kill, when the dead
    worker can no longer end it, so a job that ended between the look and the kill is not counted."""

    def __init__(self, pool: WorkerPool, servers: PrivateServers, rng: random.Random, kills: int) -> None:
        self.pool, self.servers, self.rng, self.kills = pool, servers, rng, kills
        self.redis = Redis.from_url(servers.redis_url, socket_timeout=2)
        self.at_work = 0
        self.stop = threading.Event()
        self.restarts: list[threading.Thread] = []
        self.errors: list[str] = []
        self.thread = threading.Thread(target=self._kill, name="chaos", daemon=True)

    def _kill(self) -> None:
        while self.pool.killed < self.kills and not self.stop.wait(self.rng.uniform(1, 3)):
            self._kill_one_at_work()

    def _kill_one_at_work(self) -> None:
        """Wait for a worker running a job, every worker of the pool registered (a fixed pause after a
        start was too short on a loaded host: at load 20 most kills fell on workers still starting),
        and SIGKILL it."""
        while not self.stop.wait(0.2):
            held = jobs_held(self.redis)
            alive = set(self.pool.alive())
            working = {pid for pid in alive if held.get(pid)}
            if not working or not alive <= set(held):
                continue
            pid = self.pool.kill_one(self.rng, working)
            if pid is not None:
                self.at_work += self._left_started(held[pid])
                return

    def _left_started(self, job_id: str | None) -> bool:
        """Whether the killed worker's job is still `started` in rq: it died in the middle of it."""
        try:
            return job_id is not None and Job.fetch(job_id, connection=self.redis).get_status() == "started"
        except (NoSuchJobError, RedisError):
            return False

    def restart(self, which: str) -> None:
        """Restart PostgreSQL or Redis (down for a second) without holding up the uploads."""
        action = self.servers.restart_postgres if which == "postgres" else self.servers.restart_redis

        def run() -> None:
            try:
                action(down_seconds=1)
            except subprocess.CalledProcessError as exc:
                self.errors.append(f"restarting {which} failed: {exc.stderr}")

        thread = threading.Thread(target=run, name=f"restart-{which}")
        thread.start()
        self.restarts.append(thread)


def _wait_final(app: Flask, count: int, seconds: float) -> Counter[str]:
    """The submissions' statuses once `count` are final, or when time is up."""
    deadline = time.monotonic() + seconds
    with app.app_context():
        while True:
            try:
                rows = db.session.execute(select(Submission.status, func.count()).group_by(Submission.status))
                statuses = Counter({status: n for status, n in rows})
            finally:
                db.session.rollback()
            if os.environ.get("HUB_FAULT_VERBOSE") and seconds:
                print(f"{time.monotonic():.0f} {dict(statuses)}", flush=True)
            if sum(statuses[s] for s in FINAL) >= count or time.monotonic() > deadline:
                return statuses
            time.sleep(0.5)


@pytest.fixture
def fault_app(tmp_path: Path, private_servers: PrivateServers) -> Iterator[Flask]:
    """The app on the private servers; its connections closed however the test ends (one left open
    would be collected, with a warning, during a later test)."""
    app = make_app(
        tmp_path,
        DATABASE_URL=private_servers.database_url,
        REDIS_URL=private_servers.redis_url,
        QUEUE_NAME=f"hub-faults-{SEED}",
        LEASE_SECONDS=LEASE_SECONDS,
    )
    yield app
    with app.app_context():
        db.session.close()
        db.engine.dispose()


def test_every_upload_ends_once_and_final_under_kills_and_restarts(
    tmp_path: Path, private_servers: PrivateServers, fault_app: Flask
) -> None:
    size = int(os.environ.get("HUB_FAULT_UPLOADS", "150"))
    rng = random.Random(SEED)
    app = fault_app
    runner = FlaskCliRunner(app)
    assert runner.invoke(cli, ["agreements", "load"]).exit_code == 0
    uploads = _uploads(app, tmp_path / "uploads", size)
    again = rng.sample([u for u in uploads if not u.hostile], 10)  # sent twice, while the first may run
    workers = int(os.environ.get("HUB_FAULT_WORKERS", "2"))  # 2 cores here: a third only adds contention
    pool = WorkerPool(worker_env(app, LEASE_SECONDS), size=workers, logs=tmp_path / "logs")
    kills = max(3, size // 30)  # 5 for 150 uploads, 40 for 1,200
    chaos = Chaos(pool, private_servers, rng, kills)
    started = time.monotonic()
    pool.start()
    try:
        chaos.thread.start()
        order = [*uploads, *again]
        waited = 0.0
        with app.app_context():
            for n, upload in enumerate(order):
                if n == len(order) // 3:
                    chaos.restart("postgres")
                if n == 2 * len(order) // 3:
                    chaos.restart("redis")
                wanted = 3 * (n + 1) // len(order)  # 3 before the last
                waited += _keep_up(pool, wanted, most=max(0.0, KEEP_UP_MOST - waited))
                _send(upload, deadline=started + 60 + size * 0.1 + waited)
                # Spread out: batches finish 150 forms in seconds, and a worker must be at work when
                # it is killed for the kill to prove anything. The kills themselves pace the sending
                # (`_keep_up` holds it until they have come); 0.2 s a file was 32 s of pauses alone, most
                # of the test's 43 s in CI, and 0.1 s still leaves the queue work between kills.
                time.sleep(float(os.environ.get("HUB_FAULT_PACE", "0.1")))
            for thread in chaos.restarts:
                thread.join()
            assert not chaos.errors, chaos.errors
            sent = time.monotonic() - started
        drain = float(os.environ.get("HUB_FAULT_DRAIN", 90 + size * 0.6))
        # The kills go on while the workers drain the queue, until done or everything is final.
        until = time.monotonic() + drain / 2
        while chaos.thread.is_alive() and time.monotonic() < until:
            if sum(_wait_final(app, len(uploads), seconds=0)[s] for s in FINAL) >= len(uploads):
                break
            chaos.thread.join(1)
        chaos.stop.set()
        chaos.thread.join()
        statuses = _wait_final(app, len(uploads), seconds=drain)
        drained = time.monotonic() - started
    finally:
        chaos.stop.set()
        pool.stop()
        chaos.redis.close()

    with app.app_context():
        subs = {s.document_sha256: s for s in db.session.scalars(select(Submission))}
        # Exactly one submission per upload (the ones sent twice included), and nothing else.
        assert len(subs) == len(uploads)
        assert {u.sha256 for u in uploads} == set(subs)
        assert set(statuses) <= set(FINAL), (statuses, pool.log_text()[-3000:])
        for upload in uploads:
            if upload.hostile:
                assert subs[upload.sha256].status == "rejected", upload.path.name
        versions = Counter(db.session.scalars(select(RecordVersion.submission_id)))
        with_provenance = set(
            db.session.scalars(
                select(RecordVersion.submission_id).join(
                    Provenance, Provenance.record_version_id == RecordVersion.id
                )
            )
        )
        terminal = Counter(
            db.session.scalars(select(AuditEvent.subject).where(AuditEvent.action.in_(TERMINAL)))
        )
        read_again = Counter(
            db.session.scalars(select(AuditEvent.subject).where(AuditEvent.action == "submission.read_again"))
        )
        # A copy sent again whose job Redis lost is released by that send (`lost_work`): the sender's,
        # not an operator's `hub requeue`.
        released = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "submission.released", AuditEvent.actor != "worker")
        )
        requeued_by_hand = sum(not (event.detail or {}).get("sent_again") for event in released)
        # A form and its copies (same content, other bytes) make one version between them: the one read
        # later finds the record unchanged.
        family: dict[Path, list[Submission]] = {}
        for upload in uploads:
            family.setdefault(upload.copy_of or upload.path, []).append(subs[upload.sha256])
        for members in family.values():
            accepted = [sub for sub in members if sub.status == "accepted"]
            assert sum(versions[sub.id] for sub in accepted) == min(1, len(accepted)), members[0].filename
        for sub in subs.values():
            subject = f"submission:{sub.id}"
            if sub.status == "rejected":
                assert versions[sub.id] == 0, sub.filename
            if versions[sub.id]:
                assert versions[sub.id] == 1 and sub.id in with_provenance, sub.filename
            # One outcome per reading: a second only after a `read_again` (the same bytes sent again
            # after a rejection whose reason lay outside the document).
            assert terminal[subject] == 1 + read_again[subject], sub.filename
        assert requeued_by_hand == 0
    # At least three workers died at work, their job left `started` (a slow machine may finish before
    # all `kills` are done).
    assert chaos.at_work >= 3, (
        f"only {chaos.at_work} of {pool.killed} kills hit a job: the test proved little"
    )
    verified = runner.invoke(cli, ["audit", "verify"])
    with app.app_context():
        db.engine.dispose()  # before the servers stop: no connection left for the garbage collector
    assert verified.exit_code == 0, verified.output
    print(
        f"\nfault test: {len(uploads)} uploads ({len(again)} sent twice), "
        + ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
        + f"; {pool.killed} workers SIGKILLed ({chaos.at_work} in a job),"
        + " PostgreSQL and Redis restarted once;"
        + f" sent in {sent:.1f} s, all final in {drained:.1f} s with {workers} workers"
    )
