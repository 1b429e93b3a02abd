"""The seeds' agreements loaded once per process and day, then copied (decision 0058, stop 56).

`page_support.load_agreements` stored the four agreements in every app that asked (75 calls in 48 files,
many from function-scoped fixtures): their rows, audit entries and dashboard summaries, about 0.1 s of CPU
a call, the same rows each time. On a SQLite database still as the migrated template left it, the first
load is kept as a snapshot (SQLite's backup) and the next ones copy it back in, as `fresh_app` copies
the template.

A copy is taken only where a load would store the same rows:
- the app's database is a SQLite file nothing has written since the template's copy (its bytes are the
  template's and its WAL is empty): a test that stored a user first gets a real load on top of it;
- the same agreement files (their bytes), the same municipality and company configs (the checks read
  the registry), and the same day in Copenhagen (terms take effect today; summaries count by it);
- the clock at or past the moment the snapshot was made, so no row the copy brings is from the future
  of the test (`demo_clock` never runs backwards; a test that travels back gets a real load).
Its audit entries and summaries then carry the snapshot's earlier time of the same day, as a load a
moment before the test would. Anything else (PostgreSQL, a written database) loads as before.
"""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from flask import Flask, current_app
from fresh_app import template_path

from hub.extensions import db
from hub.models import base
from hub.periods import local_today
from hub.services import agreements

SEEDS = Path(__file__).resolve().parent.parent / "config" / "agreements"


@dataclass(frozen=True)
class _Snapshot:
    path: Path
    made_at: datetime


_snapshots: dict[tuple[object, ...], _Snapshot] = {}
_folder: list[Path] = []
counts = {"loaded": 0, "copied": 0}  # for the tests of this module and the stop's figures


def _sqlite_file(app: Flask) -> Path | None:
    url = db.engine.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _as_template_left_it(path: Path) -> bool:
    """Nothing written since the template's copy: a write goes to the WAL first, and a checkpoint
    that moved it into the file changed the file's bytes."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        return False
    template = template_path()
    return template is not None and path.read_bytes() == template.read_bytes()


def _key(app: Flask, files: list[Path]) -> tuple[object, ...]:
    settings = tuple(str(app.config.get(name)) for name in ("MUNICIPALITIES_DIR", "COMPANY_ADAPTER"))
    return (*settings, local_today(), *((str(f), f.read_bytes()) for f in files))


def copy_database(source: Path, target: Path) -> None:
    """One SQLite file into another through SQLite's backup (a WAL's pages included)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def loaded_once(app: Flask, files: list[Path], load: Callable[[], None]) -> None:
    """`load()` (in an app context) on the app's database, or a copy of what an earlier `load()` of the
    same files stored on a fresh database, where the copy holds the same rows (module docstring)."""
    path = _sqlite_file(app)
    if path is None or not _as_template_left_it(path):
        counts["loaded"] += 1
        load()
        return
    key = _key(app, files)
    kept = _snapshots.get(key)
    if kept is not None and base.utcnow() >= kept.made_at:
        db.session.close()
        db.engine.dispose()
        copy_database(kept.path, path)
        counts["copied"] += 1
        return
    counts["loaded"] += 1
    load()
    if not _folder:
        _folder.append(Path(tempfile.mkdtemp(prefix="hub-test-agreements-")))
        atexit.register(shutil.rmtree, _folder[0], ignore_errors=True)
    kept = _Snapshot(_folder[0] / f"{len(_snapshots)}.sqlite3", base.utcnow())
    db.session.close()
    db.engine.dispose()  # the copy reads through the WAL; closed connections leave nothing half-written
    copy_database(path, kept.path)
    _snapshots[key] = kept


def seeds_loaded() -> None:
    """The seeds' agreements stored in the current app context's database as
    `agreements.load_files(db.session, <the seed files>, "test")` stores them (it commits), or a copy of
    what such a load stored (`loaded_once`): for tests whose subject is not the load itself."""
    files = agreements.agreement_files(SEEDS)
    loaded_once(current_app._get_current_object(), files, lambda: _load(files))  # type: ignore[attr-defined]


def _load(files: list[Path]) -> None:
    agreements.load_files(db.session, files, "test")
    db.session.commit()
