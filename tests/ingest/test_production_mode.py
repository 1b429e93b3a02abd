"""Production settings for real: PostgreSQL, Redis and two `hub worker` processes working one queue."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, make_app
from flask import Flask
from hub_process import killed, tree_env
from servers import postgres_url, redis_url, require
from sqlalchemy import select

from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.models import Submission
from hub.services import agreements, audit_verify
from hub.services import demo as demo_service
from hub.signing import signer


@pytest.fixture
def production(tmp_path: Path) -> Iterator[Flask]:
    """An app on the test PostgreSQL and Redis servers, with a queue of its own."""
    app = make_app(
        tmp_path,
        DATABASE_URL=require(postgres_url(), "postgres"),
        REDIS_URL=require(redis_url(), "redis"),
        QUEUE_NAME=f"hub-production-{uuid.uuid4().hex[:12]}",
    )
    yield app
    with app.app_context():
        db.engine.dispose()


def test_two_worker_processes_ingest_the_demo_placements(production: Flask) -> None:
    with production.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        ids = []
        for form in demo_service.demo_forms(db.session, ("placement",)):
            result = demo_service.submit(db.session, form)
            enqueue_submission(result.submission_id)
            ids.append(result.submission_id)
    env = {
        **tree_env(os.environ),
        **{
            f"HUB_{k}": str(production.config[k])
            # DATA_DIR: the workers sign checkpoints with the key made there, as every machine must share one.
            for k in ("DATABASE_URL", "REDIS_URL", "QUEUE_NAME", "BLOB_DIR", "DATA_DIR")
        },
        "HUB_SECRET_KEY": production.config["SECRET_KEY"],
        "HUB_MUNICIPALITIES_DIR": production.config["MUNICIPALITIES_DIR"],
        "HUB_LOG_LEVEL": "WARNING",
    }
    hub = str(Path(sys.executable).parent / "hub")
    workers = [
        subprocess.Popen([hub, "worker", "--burst"], env=env, start_new_session=True) for _ in range(2)
    ]
    try:
        assert [w.wait(timeout=300) for w in workers] == [0, 0]
    finally:
        for worker in workers:  # a worker outliving the wait would hold the queue and the next test's port
            killed(worker)
    with production.app_context():
        db.session.expire_all()
        statuses = db.session.scalars(select(Submission.status).where(Submission.id.in_(ids))).all()
        assert len(ids) == 81 and set(statuses) == {"accepted"}
        verdict = audit_verify.verify(db.session, signer())
        assert verdict.intact and verdict.pending == 0 and verdict.size > 81
