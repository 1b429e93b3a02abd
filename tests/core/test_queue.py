"""Jobs go through rq: on the in-process stand-in and on a real Redis server, always in an app context."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from flask import Flask, current_app

from hub.queue import queue


def record_app_name(path: str) -> str:
    """A job: proves it ran inside an app context by writing the app's queue name to a file.

    A worker in a process of its own imports this module to run it, with this folder (of tests/) on its path:
    the module imports nothing at its top that lives elsewhere in tests/ (the tests import it inside)."""
    name = str(current_app.config["QUEUE_NAME"])
    Path(path).write_text(name, encoding="utf-8")
    return name


def test_job_runs_in_app_context(queue_app: Flask, tmp_path: Path) -> None:
    out = tmp_path / "ran.txt"
    with queue_app.app_context():
        job = queue.enqueue(record_app_name, str(out), description="test job")
        queue.run_burst(queue_app)
        job.refresh()
        assert job.get_status() == "finished"
    assert out.read_text(encoding="utf-8") == queue_app.config["QUEUE_NAME"]


def test_embedded_thread_worker_works_the_queue(app: Flask, tmp_path: Path) -> None:
    out = tmp_path / "thread.txt"
    with app.app_context():
        queue.start_thread(app)
        job = queue.enqueue(record_app_name, str(out), description="thread job")

    # Wait for the job to end, not for its file: the file appears before the worker records the job as
    # finished. The bound is generous because under a loaded machine the worker thread's start (rq's
    # birth registration, its first maintenance pass on the database) shares the GIL and two cores with
    # everything else; an idle pass still ends as soon as the job does.
    from hub_process import PATIENCE  # noqa: PLC0415 - see `record_app_name`

    deadline = time.monotonic() + PATIENCE
    while job.get_status(refresh=True) not in ("finished", "failed") and time.monotonic() < deadline:
        time.sleep(0.02)
    assert job.get_status(refresh=True) == "finished"
    assert out.read_text(encoding="utf-8") == app.config["QUEUE_NAME"]


def test_hub_worker_process_on_real_redis(redis_app: Flask, tmp_path: Path) -> None:
    """`hub worker --burst` in its own process picks up a job queued here (the production path)."""
    out = tmp_path / "worker.txt"
    with redis_app.app_context():
        queue.enqueue(record_app_name, str(out), description="cross-process job")
    from hub_process import PATIENCE, tree_env  # noqa: PLC0415 - see `record_app_name`

    env = {
        **tree_env(os.environ, str(Path(__file__).parent)),
        "HUB_REDIS_URL": redis_app.config["REDIS_URL"],
        "HUB_QUEUE_NAME": redis_app.config["QUEUE_NAME"],
        "HUB_DATABASE_URL": redis_app.config["DATABASE_URL"],
        "HUB_SECRET_KEY": redis_app.config["SECRET_KEY"],
        "HUB_MUNICIPALITIES_DIR": redis_app.config["MUNICIPALITIES_DIR"],
    }
    hub = Path(sys.executable).parent / "hub"

    subprocess.run([str(hub), "worker", "--burst"], env=env, check=True, timeout=PATIENCE)
    assert out.read_text(encoding="utf-8") == redis_app.config["QUEUE_NAME"]


def raise_with_a_cpr_number(filename: str) -> None:
    """A job that fails past the hub's own catching, its exception quoting a document's value."""
    raise ValueError(f"could not read {filename}")


def test_a_failed_jobs_traceback_in_the_queue_holds_no_cpr_number(queue_app: Flask) -> None:
    with queue_app.app_context():
        job = queue.enqueue(raise_with_a_cpr_number, "150392 1237 kontrakt.pdf", description="failing job")
        queue.run_burst(queue_app)
        assert job.get_status(refresh=True) == "failed"
        kept = job.latest_result().exc_string or ""
    assert "ValueError: could not read 150392-XXXX kontrakt.pdf" in kept
    assert "1237" not in kept
