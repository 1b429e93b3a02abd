"""`hub reprocess` beside the pypdf floor, in rounds that take turns (`tools.bench`).

One reprocess of the PDF run's documents takes about a second and the pypdf floor over the same
documents about ten. Timed once each, minutes apart, the two met different states of the host: over
twelve runs of the bench on unchanged code the ratio went from 12.8 to 22.8. So each round times both,
one right after the other, the order turned round every round so that a drift of the host's speed
favours neither, and the ratio is the median of the rounds' (every round is printed), with the CPU
and the statements a document of each round's reprocess (the host's load is in wall times, not in these).

Alone, on SQLite: `python -m tools.bench_reprocess [--keep DIR]` makes the PDF run's documents as
`tools.bench` makes them (or uses those kept in DIR) and times the rounds: code A against code B in turns.
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import event, func, select

from hub import create_app, longlived
from hub.adapters.readers import sandbox
from hub.extensions import blobs, db
from hub.models import Document, Submission
from hub.services import reprocess
from hub.services.registry import registry
from tools import bench_data, bench_floors, bench_formats
from tools.bench_settings import settings

ROUNDS = 3
PASSES = 4  # reprocess passes a round: two or three seconds, four times the documents


def time_reprocess(app: Flask, passes: int = 2) -> tuple[int, float, int, float, int]:
    """(documents, seconds, changes, CPU seconds of this thread, statements) for `passes` reprocess
    runs over every municipality."""
    longlived.freeze()
    with app.app_context():
        kept = select(func.count()).select_from(Submission)
        kept = kept.join(Document, Document.sha256 == Submission.document_sha256)
        documents = db.session.scalar(kept.where(Document.extraction.is_not(None))) or 0
        slugs = [config.slug for config in registry().all()]
        changes, statements = 0, [0]

        def count(*_: Any) -> None:
            statements[0] += 1

        event.listen(db.engine, "before_cursor_execute", count)
        try:
            start, cpu = time.perf_counter(), time.thread_time()
            for _ in range(passes):
                for slug in slugs:
                    changes += len(reprocess.reprocess(db.session, slug, dry_run=False, actor="bench"))
            seconds, cpu = time.perf_counter() - start, time.thread_time() - cpu
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return documents * passes, seconds, changes, cpu, statements[0]


@dataclass(frozen=True)
class Round:
    """One round: reprocess and the pypdf floor, timed one right after the other."""

    documents: int
    seconds: float
    changes: int
    floor: float  # pypdf forms/s
    cpu: float = math.nan  # CPU seconds of the reprocess runs' thread (the host's other load is not in it)
    statements: int = 0  # SQL statements the reprocess runs executed

    @property
    def rate(self) -> float:
        """Reprocessed documents per second."""
        return self.documents / self.seconds

    @property
    def ratio(self) -> float:
        """Reprocess / the pypdf floor."""
        return self.rate / self.floor


def rounds(app: Flask, pdfs: Sequence[bytes], count: int = ROUNDS) -> list[Round]:
    """`count` rounds over the documents kept in `app` (reprocess) and `pdfs` (the floor), alternating
    which of the two goes first."""
    out = []
    for number in range(count):
        if number % 2 == 0:
            documents, seconds, changes, cpu, statements = time_reprocess(app, PASSES)
            floor = bench_floors.rate(bench_floors.pypdf_fields, pdfs)
        else:
            floor = bench_floors.rate(bench_floors.pypdf_fields, pdfs)
            documents, seconds, changes, cpu, statements = time_reprocess(app, PASSES)
        out.append(Round(documents, seconds, changes, floor, cpu, statements))
    return out


def median_rates(done: Sequence[Round]) -> tuple[float, float]:
    """(reprocess docs/s, pypdf forms/s) of the round whose ratio is the median (the lower middle one of
    an even number), so that the summary's ratio is that median."""
    middle = sorted(done, key=lambda r: r.ratio)[(len(done) - 1) // 2]
    return middle.rate, middle.floor


def notes(done: Sequence[Round]) -> list[str]:
    """A line per round, and the median."""
    lines = [
        f"reprocess round {n}: {r.documents} documents in {r.seconds:.2f} s ({r.rate:,.1f} docs/s), pypdf "
        f"floor {r.floor:,.1f} forms/s, {r.ratio:.2f} ×; {r.changes} changes (the config did not change, "
        f"so 0 is expected); {r.cpu / r.documents * 1e6:.1f} µs CPU and {r.statements / r.documents:.3f} "
        "statements a document"
        for n, r in enumerate(done, start=1)
    ]
    rate, floor = median_rates(done)
    ratios = [r.ratio for r in done]
    lines.append(
        f"reprocess vs pypdf over {len(done)} rounds, each timing both in turn: median {rate / floor:.2f} ×, "
        f"from {min(ratios):.2f} to {max(ratios):.2f} (the summary shows the median round)"
    )
    return lines


def pdf_run(folder: Path, documents: int, worker_forms: int) -> tuple[Flask, list[bytes]]:
    """The app holding the PDF run's documents, made as `tools.bench` makes them (the same forms for
    the same sizes), and their bytes; kept in `folder` and used again when it holds them already."""
    if (folder / "pdf" / "hub.sqlite3").exists():
        app = create_app(settings(folder / "pdf", QUEUE_NAME="hub-bench"))
        with app.app_context():
            shas = db.session.scalars(select(Document.sha256).order_by(Document.sha256))
            return app, [blobs.store.get(sha) for sha in shas]
    warm = bench_formats.make_app(folder / "warm-up")
    with warm.app_context():
        pdf = bench_data.bench_forms(db.session, documents, worker_forms).per_format["pdf"]
    bench_formats.dispose(warm)
    app = bench_formats.make_app(folder / "pdf")
    longlived.freeze()
    bench_formats.ingest(app, pdf)
    return app, [form.data for form in pdf]


def main(argv: Sequence[str] | None = None) -> int:
    """Reprocess beside the pypdf floor alone, on SQLite, as `tools.bench` times it: to compare code A
    with code B in turns without the whole bench."""
    parser = argparse.ArgumentParser(prog="python -m tools.bench_reprocess", description=main.__doc__)
    parser.add_argument("--documents", type=int, default=1000, help="as tools.bench's (1,000)")
    parser.add_argument("--worker-forms", type=int, default=3000, help="as tools.bench's (3,000)")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help=f"rounds ({ROUNDS})")
    parser.add_argument("--keep", type=Path, help="keep the documents in this folder, or use those kept")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hub-bench-reprocess-") as temporary:
        try:
            app, pdfs = pdf_run(args.keep or Path(temporary), args.documents, args.worker_forms)
            done = rounds(app, pdfs, args.rounds)
            bench_formats.dispose(app)
        finally:
            sandbox.shutdown()
    for line in notes(done):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
