"""The lists of submissions (the API's, the upload page's, the company's) come newest first by
`created_at` (`submission_status.page_of`): an index on it lets a page read its ten rows rather than
sort every submission the caller may see (migration 0017; on PostgreSQL, a million submissions: the
first page of everything from 414 ms to 0.01 ms, decision 0042 "Stop 48")."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import event, inspect, true

from hub.extensions import db
from hub.services.submission_status import page_of


def test_the_newest_first_list_reads_its_page_through_an_index(app: Flask) -> None:
    with app.app_context():
        indexes = {i["name"] for i in inspect(db.engine).get_indexes("submissions")}
        assert "ix_submissions_created_at" in indexes
        statements: list[str] = []

        def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if "ORDER BY" in statement:
                statements.append(statement)

        event.listen(db.engine, "before_cursor_execute", note)
        try:
            page_of(db.session, true(), 1, 10)
        finally:
            event.remove(db.engine, "before_cursor_execute", note)
        [listed] = statements
        explained = db.session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + listed, (10, 0))
        plan = " ".join(row[-1] for row in explained)
        # Not "USE TEMP B-TREE FOR ORDER BY": the whole table sorted for one page.
        assert "USING INDEX ix_submissions_created_at" in plan, plan
