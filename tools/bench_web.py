"""`make bench`, web: the lead's dashboard, the partner's view and upload status at 1,000, 10,000 and
100,000 placements on PostgreSQL: p50 and p99 over many requests through the Flask test client, and the
SQL statements each page makes.

Target (issue 7): p99 under 100 ms at 100,000 placements, and the same number of statements at every
size (decision 0017). Needs HUB_TEST_DATABASE_URL (scripts/servers.sh); a private database is made on
that server and dropped afterwards. The placements are `tools.bench_data`'s (Falck Hovedstaden, all in
Gladsaxe, running May 2026–February 2027); their summaries are built by `dashboard_summary.rebuild`.

Upload status is `GET /api/submissions/<id>`, the endpoint the upload page polls.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import event, text

from hub import create_app
from hub.extensions import db
from hub.services import agreements, dashboard_summary, dashboard_totals_rebuild, users
from hub.services.user_parties import Party
from tools.bench_data import populate
from tools.bench_settings import settings
from tools.bench_workers import bench_database, reset_schema

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config"
SIZES = (1000, 10_000, 100_000)
REQUESTS = 300
AGREEMENT = "falck-hovedstaden"
PASSWORD = "bench-password-not-secret"
PAGES = (
    ("dashboard", "/dashboard?month=2026-09"),
    ("partner view", "/municipality?month=2026-09"),
    ("upload status", "/api/submissions/{submission}"),
)


def make_app(url: str, data_dir: Path) -> Flask:
    """An app on the bench database."""
    return create_app(settings(data_dir, DATABASE_URL=url))


# `bench_data` repeats its placements' shapes (start week mod 17, site mod 3, hours mod 7, signature mod
# 13): placement n and n + 4,641 have the same records but for the CPR number.
SHAPES = 17 * 3 * 7 * 13


# Copies of the first `SHAPES` placements' rows, block `k` shifted by k × SHAPES ids; a copy's unique
# keys get the block number appended. Provenance and audit entries are not copied: no page reads them.
_COPIES = (
    "INSERT INTO documents (sha256, size, media_type, format, filename, received_at, extraction) "
    "SELECT substr(d.sha256, 1, 56) || lpad(k::text, 8, '0'), d.size, d.media_type, d.format, d.filename, "
    "d.received_at, d.extraction FROM submissions s JOIN documents d ON d.sha256 = s.document_sha256 "
    "{blocks} WHERE s.id <= :shapes AND s.id + k * :shapes <= :count",
    "INSERT INTO submissions (id, document_sha256, municipality_code, agreement_id, channel, submitted_by, "
    "filename, status, form_id, problems, error, job_id, created_at, updated_at) "
    "SELECT s.id + k * :shapes, substr(s.document_sha256, 1, 56) || lpad(k::text, 8, '0'), "
    "s.municipality_code, s.agreement_id, s.channel, s.submitted_by, s.filename, s.status, s.form_id, "
    "s.problems, s.error, s.job_id, s.created_at, s.updated_at FROM submissions s {blocks} "
    "WHERE s.id <= :shapes AND s.id + k * :shapes <= :count",
    "INSERT INTO placements (id, agreement_id, municipality_code, cpr_key, participant_id, p_number, start, "
    '"end", created_at) SELECT p.id + k * :shapes, p.agreement_id, p.municipality_code, p.cpr_key, '
    "p.participant_id || '-' || k, p.p_number, p.start, p.\"end\", p.created_at FROM placements p {blocks} "
    "WHERE p.id <= :shapes AND p.id + k * :shapes <= :count",
    "INSERT INTO records (id, form_type, identity, municipality_code, placement_id, current_version, "
    "created_at) SELECT r.id + k * :records, r.form_type, r.identity || ':' || k, r.municipality_code, "
    "r.placement_id + k * :shapes, r.current_version, r.created_at FROM records r {blocks} "
    "WHERE r.placement_id <= :shapes AND r.placement_id + k * :shapes <= :count",
    "INSERT INTO record_versions (id, record_id, version, submission_id, reason, data, created_at) "
    "SELECT v.id + k * :records, v.record_id + k * :records, v.version, v.submission_id + k * :shapes, "
    "v.reason, v.data, v.created_at FROM record_versions v JOIN records r ON r.id = v.record_id {blocks} "
    "WHERE r.placement_id <= :shapes AND r.placement_id + k * :shapes <= :count",
)


def _copy_store(count: int) -> None:
    """Placements `SHAPES + 1..count` as copies of the first `SHAPES`, with their records and summaries."""
    records = db.session.scalar(text("SELECT max(id) FROM records")) or 0
    blocks = f"CROSS JOIN generate_series(1, {count // SHAPES + 1}) AS k"
    values = {"shapes": SHAPES, "count": count, "records": records}
    for statement in _COPIES:
        db.session.execute(text(statement.format(blocks=blocks)), values)
    for table, columns in (
        (
            "placement_summaries",
            "agreement_id, municipality_code, p_number, start, last_day, ended, outcome, "
            "days, male, under_30, benefit_row",
        ),
        (
            "placement_months",
            "month, agreement_id, municipality_code, active_days, granted_hours, "
            "delivered_hours, claimable_hours, amount_dkk, gaps, missing, problems",
        ),
    ):
        copied = ", ".join(f"s.{name.strip()}" for name in columns.split(","))
        db.session.execute(
            text(
                f"INSERT INTO {table} (placement_id, {columns}) SELECT p.id, {copied} FROM placements p "
                f"JOIN {table} s ON s.placement_id = ((p.id - 1) % :shapes) + 1 WHERE p.id > :shapes"
            ),
            {"shapes": SHAPES},
        )
    db.session.commit()


def prepare(app: Flask, count: int) -> tuple[float, float]:
    """`count` placements, their summaries and the lead user; the seconds each step took.

    The first `SHAPES` placements are stored by `tools.bench_data` and summarised by
    `dashboard_summary.rebuild`; beyond, each further placement is a copy of the one of its shape, its
    records and summaries included (storing 100,000 one by one takes most of an hour on a small machine;
    the benchmark measures reading them)."""
    started, summed = time.perf_counter(), 0.0
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(CONFIG / "agreements"), "bench")
        # The user first: `populate` gives audit entries explicit ids after the newest one.
        users.create_user(db.session, "lead-gladsaxe", "lead", Party(municipality="159"), "bench", PASSWORD)
        db.session.commit()
        blobs = Path(app.config["BLOB_DIR"])
        populate(db.session, blobs, min(count, SHAPES))
        begun = time.perf_counter()
        dashboard_summary.rebuild(db.session, AGREEMENT)
        summed += time.perf_counter() - begun
        if count > SHAPES:
            _copy_store(count)
            begun = time.perf_counter()
            # the copies counted in the running totals
            dashboard_totals_rebuild.rebuild(db.session, AGREEMENT)
            db.session.commit()
            summed += time.perf_counter() - begun
        # Signing in writes an audit entry: its sequence must pass the ids `populate` gave.
        db.session.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('audit_events', 'id'), "
                "(SELECT max(id) FROM audit_events))"
            )
        )
        db.session.execute(text("ANALYZE"))
        db.session.commit()
    return time.perf_counter() - started - summed, summed


def measure(app: Flask, path: str, requests: int) -> tuple[float, float, int]:
    """p50 and p99 in ms over `requests` GETs of one signed-in lead, and the statements of one."""
    client = app.test_client()
    response = client.post("/login", data={"username": "lead-gladsaxe", "password": PASSWORD})
    assert response.status_code == 302, response.status_code
    for _ in range(5):  # warm caches, compiled statements, the connection pool
        assert client.get(path).status_code == 200
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(args[2])

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", count)
    client.get(path)
    event.remove(engine, "before_cursor_execute", count)
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    return statistics.median(times), cuts[98], len(seen)


def run(url: str, sizes: list[int], requests: int) -> list[tuple[str, int, float, float, int]]:
    """Every page at every size."""
    rows = []
    for size in sizes:
        reset_schema(url)
        with tempfile.TemporaryDirectory(prefix="hub-bench-web-") as tmp:
            app = make_app(url, Path(tmp))
            app.config["WTF_CSRF_ENABLED"] = False  # the bench signs in by posting the form directly
            stored, summed = prepare(app, size)
            print(
                f"{size:,} placements: stored in {stored:.1f} s, summaries in {summed:.1f} s", file=sys.stderr
            )
            for name, path in PAGES:
                p50, p99, statements = measure(app, path.format(submission=size // 2), requests)
                rows.append((name, size, p50, p99, statements))
                print(
                    f"  {name}: p50 {p50:.1f} ms, p99 {p99:.1f} ms, {statements} statements",
                    file=sys.stderr,
                    flush=True,
                )
            with app.app_context():
                db.engine.dispose()
    return rows


def table(rows: list[tuple[str, int, float, float, int]]) -> str:
    """The printed table, with the verdicts at the largest size."""
    lines = [
        "page              placements   p50 ms   p99 ms   statements   p99 < 100 ms   statements constant"
    ]
    largest = max(size for _, size, *_ in rows)
    for name, size, p50, p99, statements in rows:
        counts = {s for n, _, _, _, s in rows if n == name}
        fast = ("meets" if p99 < 100 else "below") if size == largest else ""
        same = ("yes" if len(counts) == 1 else "no") if size == largest else ""
        lines.append(f"{name:<16}{size:>12,} {p50:>8.1f} {p99:>8.1f} {statements:>12} {fast:>14} {same:>21}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Prepare each size, measure each page, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--requests", type=int, default=REQUESTS, help="requests per page and size")
    args = parser.parse_args(argv)
    url = os.environ.get("HUB_TEST_DATABASE_URL", "")
    if not url:
        print("web: skipped, HUB_TEST_DATABASE_URL not set (scripts/servers.sh start, then eval its env)")
        return
    with bench_database(url) as (database, where):
        rows = run(database, sorted(args.sizes), args.requests)
    print(f"\nweb pages on PostgreSQL ({where}), {args.requests} requests each, as of today, month 2026-09")
    print(table(rows))


if __name__ == "__main__":
    main()
