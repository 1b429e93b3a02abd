"""`hub ingest` of many files when Redis or PostgreSQL cannot be reached, and its exit codes.

The servers that are down are real closed ports, not mocks: a port bound and released again.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, make_app
from flask import Flask
from flask.testing import FlaskCliRunner
from hub_process import HUB, burst_worker, closed_port, migrated, tree_env
from sqlalchemy import create_engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import sessionmaker

from hub import create_app
from hub.cli import cli
from hub.extensions import db
from hub.models import Submission
from hub.services import ingest, sequencer

GOLDEN = ROOT / "tests" / "golden"
GLADSAXE = sorted((GOLDEN / "gladsaxe").glob("*.pdf"))
GLADSAXE_PLACEMENT = GOLDEN / "gladsaxe" / "placement_kontanthjaelp.pdf"


def _statuses(app: Flask) -> dict[str, str]:
    with app.app_context():
        return {s.filename: s.status for s in db.session.scalars(select(Submission))}


def test_redis_down_keeps_every_file_and_says_so_for_each(tmp_path: Path) -> None:
    down = make_app(tmp_path, REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0")
    runner = FlaskCliRunner(down)
    assert runner.invoke(cli, ["agreements", "load"]).exit_code == 0
    result = runner.invoke(cli, ["ingest", *map(str, GLADSAXE), "-m", "gladsaxe", "--wait", "1"])
    assert result.exit_code == 4, result.output
    assert "Traceback" not in result.output
    for n, path in enumerate(GLADSAXE, start=1):
        line = f"{path}: submission {n} kept, will be processed when the queue is back"
        assert line in result.output
        # Nobody needs to act: a worker queues it once Redis answers (not "send it again").
        assert f"{line} (hub worker queues it once Redis answers; nothing to send again)" in result.output
        assert f"indsendelse {n} gemt; behandles når køen er tilbage (hub worker sætter" in result.output
        # The submission id, said where it is of use: the API follows the file by it.
        followed = f"GET /api/submissions/{n}"
        lines = result.output.splitlines()
        after = lines[next(i for i, said in enumerate(lines) if said.startswith(line)) + 1]
        assert after == f"  its status later: {followed} / dens status senere: {followed}"
    assert f"error: the job queue (Redis) cannot be reached; {len(GLADSAXE)} files kept" in result.output
    assert f"fejl: jobkøen (Redis) kan ikke nås; {len(GLADSAXE)} filer gemt" in result.output
    assert _statuses(down) == {p.name: "received" for p in GLADSAXE}
    # "Kept" is true: with the queue back (the embedded one, same data folder) they are all processed.
    back = make_app(tmp_path)
    requeued = FlaskCliRunner(back).invoke(cli, ["requeue"])
    assert requeued.exit_code == 0, requeued.output
    assert f"queued again: {len(GLADSAXE)}" in requeued.output
    assert set(_statuses(back).values()) <= {"accepted", "rejected"}
    assert _statuses(back)["placement_kontanthjaelp.pdf"] == "accepted"


def test_database_down_stores_nothing_and_says_so_for_each_file(tmp_path: Path) -> None:
    app = create_app(
        {
            "TESTING": True,
            "DATA_DIR": str(tmp_path / "var"),
            "DATABASE_URL": f"postgresql+psycopg://hub@127.0.0.1:{closed_port()}/hub",
            "SECRET_KEY": "test-secret",  # a shared database needs its key set (decision 0041)
            "MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
            "WORKER_THREAD": False,
            "REDIS_URL": "",
        }
    )
    files = GLADSAXE[:3]
    result = FlaskCliRunner(app).invoke(cli, ["ingest", *map(str, files), "-m", "gladsaxe"])
    assert result.exit_code == 4, result.output
    assert "Traceback" not in result.output
    for path in files:
        assert f"{path}: not stored, the database cannot be reached; send it again" in result.output
    assert result.output.count("ikke gemt, databasen kan ikke nås") == len(files)
    assert "error: the database cannot be reached; 3 files not stored" in result.output


def test_database_down_ends_with_what_it_means_for_the_audit_log(tmp_path: Path) -> None:
    """`hub ingest` as a person runs it, PostgreSQL at a closed port: its last line said
    "audit log not integrated (OperationalError)", a class name that tells a caseworker nothing."""
    env = {k: v for k, v in tree_env(os.environ).items() if not k.startswith("HUB_")}
    env |= {
        "HUB_DATA_DIR": str(tmp_path / "var"),
        "HUB_DATABASE_URL": f"postgresql+psycopg://hub@127.0.0.1:{closed_port()}/hub",
        "HUB_SECRET_KEY": "test-secret",
        "HUB_MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
    }
    done = subprocess.run(
        [HUB, "ingest", str(GLADSAXE[0]), "-m", "gladsaxe"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 4, done.stdout + done.stderr
    last = done.stderr.splitlines()[-1]
    assert "the audit log is not brought up to date: the database cannot be reached; no entry is lost" in last
    assert "revisionsloggen er ikke ajourført: databasen kan ikke nås; ingen post går tabt" in last
    assert "Error" not in last and "Traceback" not in done.stderr


def test_the_database_gone_by_the_seal_is_a_server_down_exit_4(
    runner: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Every file accepted, then the database gone as the audit log is brought up to date: README's exit
    code of a server down (4), not 1, "any other failure", which it was."""
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    # The sequencer's own session on a PostgreSQL nobody listens for: the driver's real refusal.
    dead = sessionmaker(create_engine(f"postgresql+psycopg://hub@127.0.0.1:{closed_port()}/hub"))
    real = sequencer.integrate
    monkeypatch.setattr(sequencer, "integrate", lambda session, *a, **k: real(dead(), *a, **k))
    result = runner.invoke(args=["ingest", str(GLADSAXE_PLACEMENT), "-m", "gladsaxe"])
    assert f"{GLADSAXE_PLACEMENT}: accepted / godkendt" in result.output
    assert result.exit_code == 4, result.output
    said = [r.getMessage() for r in caplog.records if r.name == sequencer.log.name]
    assert any("the audit log is not brought up to date: the database cannot be reached" in m for m in said)


def test_a_burst_worker_with_the_database_down_exits_4(tmp_path: Path) -> None:
    # With nothing queued rq would never touch the database: the burst must not end "done" with exit 0.
    done = burst_worker(
        HUB_DATA_DIR=str(tmp_path / "var"),
        HUB_DATABASE_URL=f"postgresql+psycopg://hub@127.0.0.1:{closed_port()}/hub",
    )
    assert done.returncode == 4, done.stdout + done.stderr
    assert "error: the database cannot be used" in done.stderr and "Traceback" not in done.stderr


def test_a_bad_batch_gives_each_file_its_own_outcome_and_stores_the_rest(runner: Any, tmp_path: Path) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    placement = GOLDEN / "gladsaxe" / "placement_kontanthjaelp.pdf"
    copy = tmp_path / "copy-of-placement.pdf"
    copy.write_bytes(placement.read_bytes())
    unknown = tmp_path / "notes.bin"
    unknown.write_bytes(b"\x00\x01 not a form of any kind \xff")
    herlev = GOLDEN / "herlev" / "placement.csv"
    result = runner.invoke(
        args=["ingest", str(placement), str(copy), str(unknown), str(herlev), "-m", "gladsaxe"]
    )
    assert result.exit_code == 2, result.output
    assert f"{placement}: accepted / godkendt" in result.output
    assert f"{copy}: accepted (same bytes as before) / godkendt (samme indhold som før)" in result.output
    assert f"  the same bytes as {placement.name}, received on " in result.output
    assert f"  samme indhold som {placement.name}, modtaget " in result.output
    # A file of no type the hub reads is refused before anything is stored, as on the upload page.
    assert f"{unknown}: rejected / afvist" in result.output
    assert "notes.bin: not a PDF, XML, XLSX or CSV file (unknown or binary content)" in result.output
    assert f"{herlev}: rejected / afvist" in result.output
    assert "not a form Gladsaxe Kommune sends" in result.output
    # Herlev's own file, sent by Herlev: handed over and read as Herlev's.
    sent_by_herlev = runner.invoke(args=["ingest", str(GOLDEN / "herlev" / "placement.csv"), "-m", "herlev"])
    assert sent_by_herlev.exit_code == 0, sent_by_herlev.output
    assert "accepted / godkendt" in sent_by_herlev.output
    # Sent by Gladsaxe again: refused before storing, as Gladsaxe's reading of it says, and the rest
    # still go in. Nothing says that Herlev has it.
    end = GOLDEN / "gladsaxe" / "placement_end.pdf"
    mixed = runner.invoke(args=["ingest", str(herlev), str(end), "-m", "gladsaxe"])
    assert mixed.exit_code == 2, mixed.output
    assert f"{herlev}: rejected / afvist" in mixed.output
    assert "not a form Gladsaxe Kommune sends" in mixed.output
    assert "163" not in mixed.output
    assert f"{end}: accepted / godkendt" in mixed.output


def test_a_wait_that_runs_out_is_kept_not_finished_exit_5(redis_app: Flask) -> None:
    runner = FlaskCliRunner(redis_app)
    assert runner.invoke(cli, ["agreements", "load"]).exit_code == 0
    source = GOLDEN / "gladsaxe" / "placement_kontanthjaelp.pdf"
    # No `hub worker` runs: the job waits in Redis.
    result = runner.invoke(cli, ["ingest", str(source), "-m", "gladsaxe", "--wait", "0.3"])
    assert result.exit_code == 5, result.output
    assert f"{source}: submission 1 queued: kept, not finished within --wait 0.3 s" in result.output
    assert "indsendelse 1 gemt, ikke færdig inden for 0.3 s" in result.output
    assert _statuses(redis_app) == {source.name: "queued"}


def test_no_traceback_from_the_hub_command_with_redis_down(tmp_path: Path) -> None:
    env = {
        **tree_env(os.environ),
        "HUB_DATA_DIR": str(tmp_path / "var"),
        "HUB_MUNICIPALITIES_DIR": str(ROOT / "config" / "municipalities"),
        "HUB_REDIS_URL": f"redis://user:s3cret@127.0.0.1:{closed_port()}/0",
    }
    # Migrated first: a database behind the code is said before Redis is asked (test_cli_not_migrated).
    migrated(tmp_path)
    run = subprocess.run([HUB, "worker", "--burst"], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 4, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert "error: the job queue (Redis at 127.0.0.1:" in run.stderr
    assert "fejl: jobkøen (Redis på 127.0.0.1:" in run.stderr
    assert "s3cret" not in run.stderr


def test_progress_line_on_request_and_never_on_a_pipe(runner: Any) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    files = [GOLDEN / "gladsaxe" / n for n in ("placement_kontanthjaelp.pdf", "placement_sygedagpenge.pdf")]
    end = GOLDEN / "herlev" / "placement.csv"  # rejected: not a form Gladsaxe sends
    shown = runner.invoke(args=["ingest", *map(str, files), str(end), "-m", "gladsaxe", "--progress"])
    assert shown.exit_code == 2, shown.output
    # Redrawn in place (at most five times a second, so how many drawings depends on the machine's
    # speed); the last drawing is forced and has every count.
    assert "\r3/3 done, 2 accepted, 1 rejected, " in shown.stderr
    # The runner's output is not a terminal: no progress line unless asked for.
    again = runner.invoke(args=["ingest", str(GOLDEN / "gladsaxe" / "progress_report.pdf"), "-m", "gladsaxe"])
    assert "\r" not in again.output and " done, " not in again.output


def test_a_batch_whose_commit_went_through_before_the_connection_failed_reports_new_files_as_new(
    runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch is tried again file by file; files its first try stored are not "the same bytes as
    before", while a copy sent in the same batch still is."""
    submit_many = ingest.submit_many
    calls = {"n": 0}

    def committed_then_lost(*args: Any, **kwargs: Any) -> Any:
        done = submit_many(*args, **kwargs)
        calls["n"] += 1
        if calls["n"] == 1:
            raise OperationalError("COMMIT", {}, ConnectionError("server closed the connection"))
        return done

    monkeypatch.setattr(ingest, "submit_many", committed_then_lost)
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    placement, end = (
        GOLDEN / "gladsaxe" / "placement_kontanthjaelp.pdf",
        GOLDEN / "gladsaxe" / "placement_end.pdf",
    )
    result = runner.invoke(args=["ingest", str(placement), str(end), str(placement), "-m", "gladsaxe"])
    assert calls["n"] == 4, result.output  # the batch, then each of its three files
    assert f"{placement}: accepted / godkendt\n" in result.output
    assert f"{end}: accepted / godkendt\n" in result.output
    assert f"{placement}: accepted (same bytes as before) / godkendt (samme indhold som før)" in result.output
    assert result.exit_code == 0, result.output
