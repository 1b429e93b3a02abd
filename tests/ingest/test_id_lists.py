"""A batch's id lists (`id_lists.among`): one array parameter on PostgreSQL, whatever the batch's size,
so that psycopg keeps the statement's parse and PostgreSQL its plan (decision 0030, stop 41); the same
rows as an `IN` list on both databases."""

from __future__ import annotations

from itertools import islice

from conftest import ROOT
from flask import Flask
from sqlalchemy import create_engine, select
from sqlalchemy.dialects import postgresql, sqlite

from hub.extensions import db
from hub.models import Submission
from hub.services import agreements, demo
from hub.services.id_lists import among


def _compiled(dialect_name: str, count: int) -> tuple[str, dict[str, object]]:
    """A SELECT of `count` ids, compiled for a dialect without a server: its text and params."""
    engine = create_engine("postgresql+psycopg://" if dialect_name == "postgresql" else "sqlite://")
    statement = select(Submission.id).where(among(engine, Submission.id, range(1, count + 1)))
    compiled = statement.compile(dialect=engine.dialect)
    return str(compiled), dict(compiled.params)


def test_postgresql_binds_one_array_whatever_the_count() -> None:
    for count in (1, 51, 100):
        text, params = _compiled("postgresql", count)
        assert "= ANY (" in text and " IN " not in text
        # One parameter, the array of the ids, for 1 id as for 100.
        assert list(params.values()) == [list(range(1, count + 1))]
    # The text is the same for every batch size: psycopg's cache and PostgreSQL's plan hold.
    assert _compiled("postgresql", 7)[0] == _compiled("postgresql", 100)[0]


def test_sqlite_keeps_the_in_list() -> None:
    engine = create_engine("sqlite://")
    statement = select(Submission.id).where(among(engine, Submission.id, [3, 4]))
    assert " IN (" in str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    assert isinstance(engine.dialect, sqlite.dialect) and not isinstance(engine.dialect, postgresql.dialect)


def test_the_same_rows_as_an_in_list(backend_app: Flask) -> None:
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        forms = list(islice(demo.demo_forms(db.session, ("placement",)), 6))
        submitted = demo.submit_all(db.session, forms)
        ids = sorted(s.submission_id for s in submitted)
        wanted = [ids[0], ids[2], ids[5], 10**6]  # one id that names no submission
        rows = db.session.scalars(select(Submission.id).where(among(db.session, Submission.id, wanted)))
        assert sorted(rows) == [ids[0], ids[2], ids[5]]
        assert (
            list(db.session.scalars(select(Submission.id).where(among(db.session, Submission.id, [])))) == []
        )
