"""Migration 0018: the partial index of the submissions not final, and the unfinished list reading it
(decision 0030, "Stop 49: the unfinished list at a million rows")."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from accounts import bearer
from flask import Flask
from test_terms_migration import to_revision

from hub.extensions import db
from hub.services import users
from hub.services.user_parties import Party

INDEX = "ix_submissions_unfinished"


def _index_sql(app: Flask) -> str | None:
    """The index's definition as the database keeps it, or None when there is none."""
    with app.app_context(), db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            query = "SELECT indexdef FROM pg_indexes WHERE indexname = :name"
        else:
            query = "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name"
        return conn.execute(sa.text(query), {"name": INDEX}).scalar()


def test_the_migration_makes_the_partial_index_on_both_databases(backend_app: Flask) -> None:
    to_revision(backend_app, "0017", down=True)
    assert _index_sql(backend_app) is None
    to_revision(backend_app, "0018")
    found = " ".join((_index_sql(backend_app) or "").split())
    # The lists' order, and only the rows whose status is none of the four final ones.
    assert "(created_at, id)" in found.replace('"', "")
    assert "WHERE" in found.upper()
    for state in ("accepted", "partial", "rejected", "failed"):
        assert f"'{state}'" in found


def _plans(app: Flask, headers: dict[str, str]) -> list[str]:
    """The plans of the statements `GET /api/submissions?final=false` sends, as the driver sends them."""
    seen: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if "status NOT IN" in statement:
            seen.append((statement, parameters))

    with app.app_context():
        sa.event.listen(db.engine, "before_cursor_execute", keep)
        try:
            response = app.test_client().get("/api/submissions?final=false", headers=headers)
        finally:
            sa.event.remove(db.engine, "before_cursor_execute", keep)
        assert response.status_code == 200 and response.get_json()["total"] == 6
        with db.engine.connect() as conn:
            return [conn.exec_driver_sql(f"EXPLAIN {s}", p).scalars().all() for s, p in seen]


def test_the_unfinished_list_reads_the_index_on_postgresql(postgres_app: Flask) -> None:
    """20,000 final submissions and 6 not, ANALYZEd: without the index the planner reads the whole table
    for the count (a sequential scan) and sorts; with it, both statements read the index. The planner is
    left free (no `enable_seqscan = off`): the point is that it chooses the index at this size."""
    with postgres_app.app_context():
        users.create_user(db.session, "staff-gladsaxe", "municipality", Party("159"), "test")
        db.session.commit()
        for statement in (
            "INSERT INTO documents (sha256, size, media_type, filename, received_at) SELECT "
            "lpad(to_hex(n), 64, '0'), 1, 'application/pdf', 'f.pdf', now() FROM generate_series(1, 20006) n",
            "INSERT INTO submissions (document_sha256, municipality_code, channel, submitted_by, filename, "
            "status, created_at, updated_at) SELECT lpad(to_hex(n), 64, '0'), '159', 'api', 't', 'f.pdf', "
            "CASE WHEN n > 20000 THEN 'queued' ELSE 'accepted' END, "
            "now() - make_interval(secs => 20006 - n), now() FROM generate_series(1, 20006) n",
        ):
            db.session.execute(sa.text(statement))
        db.session.commit()
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text("ANALYZE submissions"))
    plans = _plans(postgres_app, bearer(postgres_app, "staff-gladsaxe"))
    assert len(plans) == 3  # the newest number the pages are pinned to (`until_id`), the count, the page
    for plan in plans:
        assert INDEX in "\n".join(plan), plan
