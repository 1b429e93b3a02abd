"""End to end per format on SQLite with one worker, beside its parse floor and its storage floor.

For each format (pdf, xml, csv, xlsx) a fresh app on a fresh SQLite database takes a thousand or more
distinct placement forms through the public path: submit, queue (`tools.bench_enqueue`), one burst worker
in this process; timed from the first submission to the last job done. Then the rows ingestion left are
read back and written again by a bare bulk insert on a second fresh database set up the same way
(`tools.bench_storage`): the storage floor of the same documents, in the same run.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask
from sqlalchemy import select

from hub import create_app, longlived
from hub.extensions import db
from hub.models import Submission
from hub.queue import queue
from hub.services import agreements, schema
from hub.services.demo import DemoForm
from tools import bench_storage
from tools.bench_enqueue import submit_and_enqueue
from tools.bench_report import grid, num
from tools.bench_settings import settings

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config"
FORMATS = ("pdf", "xml", "csv", "xlsx")
E2E_TARGET = 0.8  # end to end / min(parse floor, storage floor)
PIKEPDF_TARGET = 0.5  # pdf end to end / pikepdf floor


@dataclass
class FormatRun:
    """One format's end-to-end run and its floors (forms per second)."""

    fmt: str
    forms: int
    seconds: float  # first submission .. last job done
    worker_seconds: float  # the queued batch drained by the burst worker alone
    statuses: Counter[str]
    storage: float
    written: bench_storage.Written
    parse: float = math.nan
    reader: float = math.nan  # the hub's own reader alone (`extract()`), for information
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """End-to-end forms per second."""
        return self.forms / self.seconds if self.seconds else math.nan

    @property
    def floor(self) -> float:
        """min(parse floor, storage floor)."""
        return min(self.parse, self.storage)


def make_app(data_dir: Path) -> Flask:
    """An app on a fresh SQLite database in `data_dir` with the in-process queue (no worker thread),
    its agreements loaded."""
    app = create_app(settings(data_dir, QUEUE_NAME="hub-bench"))
    with app.app_context():
        schema.upgrade(db.engine)
        agreements.load_files(db.session, agreements.agreement_files(CONFIG / "agreements"), "bench")
    return app


def dispose(app: Flask) -> None:
    """Close the app's database connections."""
    with app.app_context():
        db.session.close()
        db.engine.dispose()


def ingest(app: Flask, forms: Sequence[DemoForm]) -> tuple[float, float, Counter[str]]:
    """Submit, queue and work `forms` on `app`: (seconds end to end, seconds of the worker alone,
    final statuses)."""
    with app.app_context():
        start = time.perf_counter()
        ids = submit_and_enqueue(db.session, forms)
        queued = time.perf_counter()
        queue.run_burst(app)
        done = time.perf_counter()
        db.session.expire_all()
        statuses = Counter(db.session.scalars(select(Submission.status).where(Submission.id.in_(ids))))
        return done - start, done - queued, statuses


def run_format(tmp: Path, fmt: str, forms: Sequence[DemoForm]) -> tuple[FormatRun, Flask]:
    """One format end to end and its storage floor; the ingested app is returned for reprocess."""
    app = make_app(tmp / f"e2e-{fmt}")
    with app.app_context():
        before = bench_storage.keys(db.engine)
    # Each timed part starts as a fresh process of its own would (`hub worker`, `hub reprocess`): what
    # the bench holds by then is out of the garbage collections, as a worker's start-up is (0038).
    longlived.freeze()
    seconds, worker, statuses = ingest(app, forms)
    with app.app_context():
        written = bench_storage.read_back(db.engine, before, len(forms))
    floor_app = make_app(tmp / f"floor-{fmt}")
    with floor_app.app_context():
        longlived.freeze()
        storage = bench_storage.floor(db.engine, written)
    dispose(floor_app)
    return FormatRun(fmt, len(forms), seconds, worker, statuses, storage, written), app


def verdict(ratio: float, target: float) -> str:
    """PASS or MISS, or a dash when nothing was measured."""
    return "—" if math.isnan(ratio) else ("PASS" if ratio >= target else "MISS")


def format_table(runs: Sequence[FormatRun], pikepdf: float) -> str:
    """The per-format table: end to end beside the parse floor, the storage floor and their minimum."""
    head = ("format", "docs", "e2e/s", "parse/s", "storage/s", "min/s", "ratio", "target", "verdict")
    cells = []
    for r in runs:
        ratio = r.rate / r.floor
        cells.append(
            (
                r.fmt,
                str(r.forms),
                num(r.rate),
                num(r.parse),
                num(r.storage),
                num(r.floor),
                num(ratio, 2),
                f"≥ {E2E_TARGET:g}",
                verdict(ratio, E2E_TARGET),
            )
        )
    pdf = next((r for r in runs if r.fmt == "pdf"), None)
    if pdf is not None:
        ratio = pdf.rate / pikepdf
        cells.append(
            (
                "pdf vs pikepdf floor",
                str(pdf.forms),
                num(pdf.rate),
                num(pikepdf),
                "",
                num(pikepdf),
                num(ratio, 2),
                f"≥ {PIKEPDF_TARGET:g}",
                verdict(ratio, PIKEPDF_TARGET),
            )
        )
    return grid(head, cells)


def notes(runs: Sequence[FormatRun]) -> list[str]:
    """Where the time goes per format, and what the storage floor wrote."""
    out = []
    for r in runs:
        outcome = ", ".join(f"{n} {s}" for s, n in sorted(r.statuses.items()))
        out.append(
            f"{r.fmt}: {1000 / r.rate:.2f} ms per form end to end (worker side alone "
            f"{r.forms / r.worker_seconds:.1f} forms/s, the hub's reader alone {num(r.reader)} forms/s"
            + "".join(f", {name} floor {num(rate)} forms/s" for name, rate in r.extra.items())
            + f"); {outcome}"
        )
        out.append(f"  storage floor wrote {r.written.rows} rows, per document: {r.written.counts()}")
    return out
