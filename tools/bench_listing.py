"""The API's submissions lists at a million submissions on PostgreSQL: EXPLAIN (ANALYZE, BUFFERS) of the
exact SQL `GET /api/submissions` sends, with the new indexes and, in a rolled-back transaction, without
(decision 0030, "Stop 49: the unfinished list at a million rows").

    HUB_TEST_DATABASE_URL=postgresql+psycopg://... python -m tools.bench_listing [--count N]

The SQL is captured from SQLAlchemy while the API answers through the Flask test client, so what is
explained is what a job centre's queue monitor polls, parameters and all. The submissions are made in
SQL (`generate_series`), in the proportions of a year of use: almost all final, a few hundred not, most
of those sent within the last hour and some waiting for weeks (`services.awaiting`). A private database
is made on the server and dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask
from sqlalchemy import Connection, event, text

from hub import create_app
from hub.extensions import db
from hub.services import agreements, api_tokens, users
from hub.services.user_parties import Party
from tools.bench_settings import CONFIG, settings
from tools.bench_workers import bench_database, reset_schema

COUNT = 1_000_000
UNFINISHED = 300
ROUNDS = 5
CODES = ("159", "157", "151", "163", "165", "169", "173", "175", "183", "185", "190", "540", "730")
AGREEMENTS = ("falck-hovedstaden", "falck-randers", "brfkredit", "danfoss")
# Indexes of this stop, dropped in a rolled-back transaction for the "before" figures.
NEW_INDEXES = ("ix_submissions_unfinished",)
# (what, user, query string): the lists the API's callers poll or page through.
LISTS = (
    ("unfinished, lead job centre", "lead-159", "final=false"),
    ("unfinished, own municipality", "staff-159", "final=false"),
    ("newest first, lead job centre", "lead-159", ""),
    ("newest first, own municipality", "staff-159", ""),
    ("by municipality", "lead-159", "municipality_code=159"),
    ("by agreement", "lead-159", "agreement_id=falck-hovedstaden"),
)

# Every submission has its own document (the same bytes twice are one submission). Statuses by share of
# the final rows: accepted most, some partial and rejected, a few failed; senders: every 7th an agreement's
# company form, the others a municipality's. `created_at` spreads the final rows over the past year.
_DOCUMENTS = (
    "INSERT INTO documents (sha256, size, media_type, format, filename, received_at) "
    "SELECT lpad(to_hex(n), 64, '0'), 1000 + n % 5000, 'application/pdf', 'pdf', 'form-' || n || '.pdf', "
    "now() - make_interval(secs => (:count - n) * 31536000.0 / :count) "
    "FROM generate_series(1, :count) AS n"
)
_SUBMISSIONS = (
    "INSERT INTO submissions (id, document_sha256, municipality_code, agreement_id, channel, submitted_by, "
    "filename, status, created_at, updated_at) "
    "SELECT n, lpad(to_hex(n), 64, '0'), "
    "CASE WHEN n % 7 = 0 THEN NULL ELSE (CAST(:codes AS text[]))[1 + n % :ncodes] END, "
    "CASE WHEN n % 7 = 0 THEN (CAST(:agreements AS text[]))[1 + (n / 7) % :nagreements] END, "
    "CASE WHEN n % 7 = 0 THEN 'company' ELSE 'api' END, 'bench', 'form-' || n || '.pdf', "
    "CASE WHEN n % 100 < 85 THEN 'accepted' WHEN n % 100 < 90 THEN 'partial' "
    "WHEN n % 100 < 99 THEN 'rejected' ELSE 'failed' END, "
    "now() - make_interval(secs => (:count - n) * 31536000.0 / :count), "
    "now() - make_interval(secs => (:count - n) * 31536000.0 / :count) "
    "FROM generate_series(1, :count) AS n"
)
# The unfinished: the newest `recent` rows still received, queued or processing (sent within the hour),
# and a fifth of them spread over the year, queued and waiting since they came in.
_UNFINISHED = (
    "UPDATE submissions SET status = (ARRAY['received', 'queued', 'processing'])[1 + id % 3] "
    "WHERE id > :count - :recent",
    "UPDATE submissions SET status = 'queued', waiting_since = created_at "
    "WHERE id % (:count / :waiting) = 0 AND id <= :count - :recent",
)


def fill(count: int, unfinished: int) -> None:
    """`count` submissions with their documents, `unfinished` of them not final; ANALYZE after."""
    values = {
        "count": count,
        "codes": list(CODES),
        "ncodes": len(CODES),
        "agreements": list(AGREEMENTS),
        "nagreements": len(AGREEMENTS),
        "recent": unfinished - unfinished // 5,
        "waiting": max(unfinished // 5, 1),
    }
    for statement in (_DOCUMENTS, _SUBMISSIONS, *_UNFINISHED):
        db.session.execute(text(statement), values)
    db.session.execute(text("SELECT setval('submissions_id_seq', :count)"), values)
    db.session.commit()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE documents"))
        conn.execute(text("VACUUM ANALYZE submissions"))


def tokens() -> dict[str, str]:
    """The callers' bearer headers: a lead job centre's (Gladsaxe's) and a municipality's staff."""
    agreements.load_files(db.session, agreements.agreement_files(CONFIG / "agreements"), "bench")
    found = {}
    for name, role, party in (
        ("lead-159", "lead", Party("159")),
        ("staff-159", "municipality", Party("159")),
    ):
        user = users.create_user(db.session, name, role, party, "bench")
        found[name] = api_tokens.issue_token(db.session, user, "bench", "bench")[1]
    db.session.commit()
    return found


@contextmanager
def captured() -> Iterator[list[tuple[str, Any]]]:
    """The statements on `submissions` the app sends meanwhile, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if re.search(r"\bFROM submissions\b", statement) and "WHERE submissions.id =" not in statement:
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)


def explain(conn: Connection, statement: str, parameters: Any) -> tuple[float, str, int]:
    """Median execution ms over `ROUNDS` (the plan's own timing), the plan's node types, and the rows
    its top node returned, for one statement as the driver sends it."""
    times, nodes, rows = [], "", 0
    for _ in range(ROUNDS):
        plan = conn.exec_driver_sql(f"EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) {statement}", parameters)
        result = plan.scalar_one()[0]
        times.append(result["Execution Time"])
        nodes, rows = " > ".join(_nodes(result["Plan"])), result["Plan"]["Actual Rows"]
    return statistics.median(times), nodes, rows


def _nodes(plan: dict[str, Any]) -> list[str]:
    """The node types of a plan, depth first, an index scan with its index's name."""
    name = plan["Node Type"] + (f" ({plan['Index Name']})" if "Index Name" in plan else "")
    return [name] + [n for child in plan.get("Plans", []) for n in _nodes(child)]


def measure(app: Flask, bearer: dict[str, str]) -> None:
    """Each list's statements, explained with this stop's indexes and without."""
    client = app.test_client()
    for what, user, query in LISTS:
        with captured() as seen:
            response = client.get(
                f"/api/submissions?{query}", headers={"Authorization": f"Bearer {bearer[user]}"}
            )
        assert response.status_code == 200, response.get_data(as_text=True)
        # The request ran in this app context: end its transaction, whose lock would hold up DROP INDEX.
        db.session.close()
        print(f"\n{what}: GET /api/submissions?{query} as {user}, total {response.get_json()['total']}")
        with db.engine.connect() as conn:
            for statement, parameters in seen:
                # The count, the newest number the pages are pinned to (`until_id`), the page.
                kind = "count" if "count(*)" in statement else "newest" if "max(" in statement else "page"
                after = explain(conn, statement, parameters)
                for index in NEW_INDEXES:
                    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index}")
                before = explain(conn, statement, parameters)
                conn.rollback()
                print(f"  {kind} before: {before[0]:8.2f} ms  {before[2]:>7} rows  {before[1]}")
                print(f"  {kind} after:  {after[0]:8.2f} ms  {after[2]:>7} rows  {after[1]}")
        if os.environ.get("BENCH_LISTING_SQL"):
            for statement, parameters in seen:
                print(f"  SQL: {' '.join(statement.split())}  {parameters}")


def main() -> int:
    """Fill, then measure; needs HUB_TEST_DATABASE_URL."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=COUNT)
    parser.add_argument("--unfinished", type=int, default=UNFINISHED)
    args = parser.parse_args()
    url = os.environ.get("HUB_TEST_DATABASE_URL", "")
    if not url.startswith("postgresql"):
        print("bench_listing: set HUB_TEST_DATABASE_URL to a PostgreSQL server", file=sys.stderr)
        return 2
    with bench_database(url) as (database_url, note), tempfile.TemporaryDirectory() as tmp:
        print(f"bench_listing: {note}, {args.count:,} submissions, {args.unfinished} not final")
        reset_schema(database_url)
        app = create_app(settings(Path(tmp), DATABASE_URL=database_url))
        with app.app_context():
            bearer = tokens()
            fill(args.count, args.unfinished)
            measure(app, bearer)
            db.session.close()
            db.engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
