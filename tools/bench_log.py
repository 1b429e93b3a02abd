"""Audit log appends per second on PostgreSQL: the Merkle log beside the old locked chain, for `tools.bench`.

For 1, 2 and 4 writer processes started together, each appending in transactions of its own (one entry
per commit, as a web request or a small job does, and five, as an ingested form does), the same number of
entries is appended to the Merkle log (`hub.services.audit.append`: two INSERTs, no lock) and to the old
hash chain (`tools.old_chain.append`: a global advisory lock held until commit, then a read of the newest
hash). Each rate is entries over the span from the first writer's start to the last writer's end. Then
the sequencer integrates everything the log runs left in its inbox, timed, and both stores are checked.

Needs HUB_TEST_DATABASE_URL (a private database is made on that server and dropped afterwards); without
it the rows say so. Run alone: `.venv/bin/python -m tools.bench_log [--entries N]`.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from hub import create_app
from hub.extensions import db, make_engine
from hub.services import audit, audit_verify, sequencer
from hub.signing import signer
from tools import bench_workers, old_chain
from tools.bench_report import Row, table

WRITERS = (1, 2, 4)
PER_COMMIT = (1, 5)
ENTRIES = 4000  # per measurement, split between the writers: enough for a span of seconds
APPENDS: dict[str, Callable[..., Any]] = {"log": audit.append, "chain": old_chain.append}
OURS, FLOOR = "Merkle log (entries/s)", "locked chain (entries/s)"


def _writer(url: str, kind: str, count: int, per_commit: int, name: str, start: Any, out: Any) -> None:
    """One writer process: connect, wait for the others, append `count` entries, report its span."""
    engine = make_engine(url)
    session: Session = sessionmaker(engine, expire_on_commit=False)()
    append = APPENDS[kind]
    try:
        session.execute(text("SELECT 1"))  # connected before the clock starts
        session.commit()
        start.wait()
        began = time.perf_counter()  # CLOCK_MONOTONIC: comparable between processes on one machine
        for i in range(count):
            append(session, name, "bench.touched", f"thing:{i}", {"i": i, "writer": name})
            if (i + 1) % per_commit == 0:
                session.commit()
        session.commit()
        out.put((began, time.perf_counter(), count, ""))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which prints it
        out.put((math.nan, math.nan, 0, f"{type(exc).__name__}: {exc}"[:200]))
    finally:
        session.close()
        engine.dispose()


def appends_per_second(url: str, kind: str, writers: int, per_commit: int, entries: int) -> tuple[float, str]:
    """Entries per second for `writers` processes appending `entries` in all; and an error, if any."""
    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    )
    start, out = context.Barrier(writers), context.Queue()
    share = entries // writers
    processes = [
        context.Process(target=_writer, args=(url, kind, share, per_commit, f"w{i}", start, out))
        for i in range(writers)
    ]
    for process in processes:
        process.start()
    results = [out.get(timeout=900) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    errors = [error for *_, error in results if error]
    if errors:
        return math.nan, errors[0]
    span = max(r[1] for r in results) - min(r[0] for r in results)
    return sum(r[2] for r in results) / span, ""


def _integrate_and_check(url: str, data_dir: Path) -> tuple[Row, list[str]]:
    """Time the sequencer over everything waiting, then verify the log and the chain (untimed)."""
    app = create_app(
        {"DATABASE_URL": url, "DATA_DIR": str(data_dir), "REDIS_URL": "", "LOG_LEVEL": "WARNING"}
    )
    with app.app_context():
        session = db.state(app).sessions()
        try:
            signer(app)  # the key is made before the clock starts
            began = time.perf_counter()
            done = sequencer.integrate(session, max_batches=10**6).integrated
            seconds = time.perf_counter() - began
        finally:
            session.close()
        began = time.perf_counter()
        verdict = audit_verify.verify(db.session, signer(app))
        verify_seconds = time.perf_counter() - began
        chain, linked = old_chain.count_and_check(db.session)
        db.session.close()
        db.engine.dispose()
    row = Row(
        f"sequencer: integrate {done} entries (batches of {sequencer.BATCH}, one commit each)", done / seconds
    )
    notes = [
        f"log: {'intact' if verdict.intact else 'NOT INTACT'}, {verdict.size} entries, "
        f"verify took {verify_seconds:.2f} s ({verdict.size / verify_seconds:,.0f} entries/s)",
        f"chain: {chain} entries, {'every link holds' if linked else 'BROKEN'}",
    ]
    return row, notes


def rows(tmp: Path, entries: int = ENTRIES) -> tuple[list[Row], list[str]]:
    """The bench's rows and notes (a skipped row when there is no PostgreSQL)."""
    url = os.environ.get("HUB_TEST_DATABASE_URL", "")
    if not url:
        note = (
            "audit log: skipped, HUB_TEST_DATABASE_URL not set (scripts/servers.sh start, then eval its env)"
        )
        return [Row("audit log appends: skipped, no PostgreSQL", math.nan)], [note]
    out: list[Row] = []
    notes: list[str] = []
    with bench_workers.bench_database(url) as (database, where):
        notes.append(f"audit log: PostgreSQL {where}; {entries} entries per measurement")
        bench_workers.reset_schema(database)
        old_chain.create_table(make_engine(database))
        for per_commit in PER_COMMIT:
            for writers in WRITERS:
                rates = {
                    kind: appends_per_second(database, kind, writers, per_commit, entries) for kind in APPENDS
                }
                label = f"append, {writers} writer{'s' if writers > 1 else ''}, {per_commit} per commit"
                out.append(Row(label, rates["log"][0], rates["chain"][0]))
                notes.extend(
                    f"  {label}, {kind}: failed: {error}" for kind, (_, error) in rates.items() if error
                )
        row, checks = _integrate_and_check(database, tmp / "bench-log")
        out.append(row)
        notes.extend(checks)
    return out, notes


def main(argv: Sequence[str] | None = None) -> int:
    """Run the log bench alone and print its table."""
    parser = argparse.ArgumentParser(prog="python -m tools.bench_log", description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=ENTRIES, help="entries per measurement")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="hub-bench-log-") as folder:
        table_rows, notes = rows(Path(folder), args.entries)
    print(table(table_rows, OURS, FLOOR))
    print()
    for note in notes:
        print(note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
