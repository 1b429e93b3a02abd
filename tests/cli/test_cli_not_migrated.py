"""A worker started on a database that is behind its code (deployed before `hub db upgrade`): it waits
for the upgrade, saying so, instead of failing job after job on a missing table or column; a burst run
says it in two lines and exits 4."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT
from flask import Flask
from hub_process import HUB, PATIENCE, burst_worker, operator_env
from sqlalchemy import text

from hub.cli import server_waits
from hub.extensions import db


def _left_at(app: Flask, revision: str) -> None:
    """The recorded revision as an older hub left it (the tables themselves untouched)."""
    with app.app_context():
        db.session.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
        db.session.commit()


def test_a_worker_waits_for_the_upgrade_and_says_so(app: Flask, caplog: pytest.LogCaptureFixture) -> None:
    with app.app_context():
        (newest,) = db.session.execute(text("SELECT version_num FROM alembic_version")).scalars()
    _left_at(app, "0003")
    slept: list[float] = []

    def upgraded_meanwhile(seconds: float) -> None:
        slept.append(seconds)
        if len(slept) == 2:  # the operator runs `hub db upgrade` during the second wait
            _left_at(app, newest)

    with app.app_context(), caplog.at_level(logging.WARNING, logger="hub.worker"):
        server_waits.wait_for_database(db.engine, app.config["SERVER_WAIT_SECONDS"], upgraded_meanwhile)
    assert slept == [1.0, 2.0]
    waits = [r.getMessage() for r in caplog.records if "waiting for" in r.getMessage()]
    assert len(waits) == 2
    assert waits[0].startswith(
        f"waiting for `hub db upgrade` (the database's schema is at 0003, this hub needs {newest} at "
    )
    english, danish = waits[0].split(" / ")
    assert english.endswith("), retrying in 1 s")
    assert danish.startswith(
        f"venter på `hub db upgrade` (databasens skema er i version 0003, denne hub skal bruge {newest} på "
    )
    assert danish.endswith("), prøver igen om 1 s")
    assert any("is back; working again" in r.getMessage() for r in caplog.records)


def test_a_database_a_newer_hub_migrated_does_not_hold_the_worker(app: Flask) -> None:
    _left_at(app, "9999")
    with app.app_context():
        server_waits.wait_for_database(
            db.engine, app.config["SERVER_WAIT_SECONDS"], lambda s: pytest.fail("waited on a newer schema")
        )


def test_a_burst_worker_on_a_database_behind_its_code_exits_4(app: Flask) -> None:
    _left_at(app, "0003")
    done = burst_worker(HUB_DATA_DIR=app.config["DATA_DIR"], HUB_DATABASE_URL=app.config["DATABASE_URL"])
    assert done.returncode == 4, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()[-2:]
    assert lines[0].startswith("error: the database's schema is at 0003, this hub needs ")
    assert lines[0].endswith(": run `hub db upgrade`")
    assert lines[1].startswith("fejl: databasens skema er i version 0003, denne hub skal bruge ")
    assert lines[1].endswith(": kør `hub db upgrade`")


def _hub(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [HUB, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=PATIENCE, check=False
    )


def _said_not_migrated(done: subprocess.CompletedProcess[str], at: str, at_da: str) -> None:
    assert done.returncode == 4, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    # Nothing but the two lines: the audit log's sealing is not reached to say the database is away.
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2, done.stderr
    assert lines[0].startswith(f"error: the database's schema is at {at}, this hub needs ")
    assert lines[0].endswith(": run `hub db upgrade`")
    assert lines[1].startswith(f"fejl: databasens skema er i version {at_da}, denne hub skal bruge ")


def test_a_command_on_a_database_never_migrated_says_run_the_upgrade(tmp_path: Path) -> None:
    _said_not_migrated(_hub(operator_env(tmp_path / "var"), "agreements", "load"), "none", "ingen")


def test_a_command_on_a_database_behind_its_code_writes_nothing(app: Flask, tmp_path: Path) -> None:
    _left_at(app, "0003")
    form = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
    env = {**operator_env(Path(app.config["DATA_DIR"])), "HUB_DATABASE_URL": app.config["DATABASE_URL"]}
    _said_not_migrated(_hub(env, "ingest", "-m", "herlev", str(form)), "0003", "0003")
    with app.app_context():
        assert db.session.execute(text("SELECT count(*) FROM submissions")).scalar() == 0
