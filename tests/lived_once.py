"""The session's lived demo built once per run and copied by the suite's other processes (decision 0058,
stop 57).

`lived_demo` runs `hub agreements load` and `hub demo` (August–October, every form read in the reader
processes): 13.6 s of setup on CI, paid again by each pytest-xdist process. Now the first process to
need it builds it and, before any test sees it, keeps a snapshot beside the processes' temporary
folders (the run's own, named by xdist's run id): its data folder (the database by SQLite's backup,
blobs, keys), its embedded queue's keys (the rq jobs, results and registries the CPR sweep reads, with
their time to live), and what the build let out (log lines at DEBUG, jobs as queued, the commands'
output). A process that needs it later copies that snapshot into a folder of its own and opens an app
on it, as `page_support.copy_of` does for a module's copy. A lock makes a process that needs it while
another builds wait for that build rather than run a second.

What a copy holds is what the build stored, whenever it is copied: the snapshot is taken once, at the
build's end, so what a test later does to a process's demo never reaches another process. Without
xdist (one process) the demo is built as before and nothing is kept. A build that fails keeps nothing:
the next process builds it itself and meets the same failure.
"""

from __future__ import annotations

import fcntl
import json
import os
import pickle
import shutil
from collections.abc import Callable
from pathlib import Path

from agreements_once import copy_database
from flask import Flask
from servers import worker_index
from sweep_capture import LetOut

from hub.extensions import db
from hub.queue import queue

counts = {"built": 0, "copied": 0}  # for this module's tests and the stop's figures
_DATABASE = "hub.sqlite3"


def shared_folder(basetemp: Path, kept: str = "lived-demo") -> Path | None:
    """Where this run's processes keep the snapshot (`basetemp` is this process's own temporary root,
    which xdist makes inside the run's), or None in a run of one process. `kept`: what the folder holds
    (`fresh_start` keeps its records in one of its own)."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID", "")
    if worker_index() is None or not run:
        return None
    return basetemp.parent / f"{kept}-{run}"


def _copy_data(source: Path, target: Path) -> None:
    """A data folder's files, its database through SQLite's backup (a WAL's pages included)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(f"{_DATABASE}*"))
    copy_database(source / _DATABASE, target / _DATABASE)


def _keep(app: Flask, let_out: LetOut, folder: Path) -> None:
    """The snapshot of a just-built demo, its `done` mark written last."""
    with app.app_context():
        db.session.close()
        db.engine.dispose()
        connection = queue.state(app).connection
        keys = [(key, connection.pttl(key), connection.dump(key)) for key in connection.scan_iter()]
    _copy_data(Path(app.config["DATA_DIR"]), folder / "var")
    (folder / "queue.pickle").write_bytes(pickle.dumps(keys))
    (folder / "let_out.json").write_text(json.dumps([let_out.lines, let_out.jobs, let_out.output]))
    (folder / "done").touch()


def _copied(folder: Path, target: Path, make: Callable[[Path], Flask]) -> tuple[Flask, LetOut]:
    _copy_data(folder / "var", target / "var")
    app = make(target)
    with app.app_context():
        connection = queue.state(app).connection
        for key, ttl, value in pickle.loads((folder / "queue.pickle").read_bytes()):
            connection.restore(key, max(ttl, 0), value)  # pttl -1: kept for ever, as restore's 0
    lines, jobs, output = json.loads((folder / "let_out.json").read_text())
    return app, LetOut(lines, jobs, output)


def lived_once(
    folder: Path | None,
    target: Path,
    build: Callable[[Path], tuple[Flask, LetOut]],
    make: Callable[[Path], Flask],
) -> tuple[Flask, LetOut]:
    """The lived demo in `target`: `build(target)` in the run's first process to ask (or with no shared
    `folder`), else a copy of the snapshot that build kept, opened by `make(target)`."""
    if folder is None:
        counts["built"] += 1
        return build(target)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder.with_name(folder.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes, however the build ends
        if (folder / "done").exists():
            counts["copied"] += 1
            return _copied(folder, target, make)
        shutil.rmtree(folder / "var", ignore_errors=True)  # a failed build's half-copied snapshot
        counts["built"] += 1
        app, let_out = build(target)
        _keep(app, let_out, folder)
        return app, let_out
