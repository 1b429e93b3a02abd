"""Summaries kept in step at the commit: a stored record marks its placement, the commit recomputes every
marked placement in one pass (decision 0033). What a mark gives must equal a rebuild from scratch, a
savepoint or transaction that rolls back takes its marks with it, and a placement whose summary cannot be
computed leaves the documents stored with it alone and has its agreement rebuilt."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from sqlalchemy import event, select
from store import FALCK, build
from test_totals import _empty, snapshot

from hub.extensions import db
from hub.models import Agreement, PlacementSummary
from hub.services import dashboard_refresh, dashboard_summary


def summarised() -> set[int]:
    """The placements that have a summary row."""
    return set(db.session.scalars(select(PlacementSummary.placement_id)))


def test_marks_refreshed_at_the_commit_equal_a_rebuild(backend_app: Flask) -> None:
    ids = build(backend_app)
    with backend_app.app_context():
        rebuilt = snapshot()
        _empty(FALCK)
        for letter in "DBCA":
            dashboard_refresh.mark(db.session, ids[letter])
        dashboard_refresh.mark(db.session, ids["A"])  # twice: refreshed once, counted once
        assert summarised().isdisjoint({ids[c] for c in "ABCD"})  # nothing before the commit
        db.session.commit()
        assert snapshot() == rebuilt
        assert dashboard_refresh.MARKED not in db.session.info


def test_a_savepoint_or_transaction_rolled_back_takes_its_marks_with_it(backend_app: Flask) -> None:
    ids = build(backend_app)
    with backend_app.app_context():
        _empty(FALCK)
        dashboard_refresh.mark(db.session, ids["A"])
        with db.session.begin_nested() as savepoint:
            dashboard_refresh.mark(db.session, ids["B"])
            savepoint.rollback()
        with db.session.begin_nested():
            dashboard_refresh.mark(db.session, ids["C"])  # released: kept for the commit
        db.session.commit()
        assert summarised() & {ids[c] for c in "ABCD"} == {ids["A"], ids["C"]}
        dashboard_refresh.mark(db.session, ids["D"])
        db.session.rollback()
        db.session.commit()
        assert ids["D"] not in summarised()


def test_one_pass_whatever_the_number_of_placements(backend_app: Flask) -> None:
    ids = build(backend_app)
    with backend_app.app_context():
        counts = []
        for letters in ("A", "ABCD"):
            statements: list[str] = []

            def count(*args: Any, into: list[str] = statements) -> None:
                into.append(args[2])

            engine = db.engine
            event.listen(engine, "before_cursor_execute", count)
            try:
                dashboard_refresh.refresh(db.session, [ids[c] for c in letters])
            finally:
                event.remove(engine, "before_cursor_execute", count)
            db.session.commit()
            counts.append(len(statements))
        assert counts[0] == counts[1] > 0


def test_one_pass_asks_for_an_agreements_terms_once_a_municipality(
    backend_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = build(backend_app)
    asked: list[tuple[str, str]] = []
    real = dashboard_summary.terms

    def terms(agreement: Agreement, code: str) -> Any:
        asked.append((agreement.id, code))
        return real(agreement, code)

    monkeypatch.setattr(dashboard_summary, "terms", terms)
    with backend_app.app_context():
        rebuilt = snapshot()
        _empty(FALCK)
        # A and C are in municipality 159, B in 163, D in 151 (store.py): three pairs, one agreement.
        dashboard_refresh.refresh(db.session, [ids[c] for c in "ABCD"])
        db.session.commit()
        assert sorted(asked) == [(FALCK, "151"), (FALCK, "159"), (FALCK, "163")]
        assert snapshot() == rebuilt


def test_a_placement_that_cannot_be_computed_leaves_the_others_and_asks_for_a_rebuild(
    backend_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = build(backend_app)
    real = dashboard_summary.rows_of

    def rows_of(facts: Any, agreement: Any, contents: Any, *known: Any) -> Any:
        if facts.placement_id == ids["B"]:
            raise ZeroDivisionError("a bug in the sums")
        return real(facts, agreement, contents, *known)

    monkeypatch.setattr(dashboard_summary, "rows_of", rows_of)
    with backend_app.app_context():
        _empty(FALCK)
        for letter in "AB":
            dashboard_refresh.mark(db.session, ids[letter])
        with pytest.raises(ZeroDivisionError):  # outside a batch's outcome: the caller sees it
            dashboard_refresh.refresh_marked(db.session)
        db.session.rollback()
        for letter in "AB":
            dashboard_refresh.mark(db.session, ids[letter])
        dashboard_refresh.refresh_marked(db.session, tolerant=True)
        db.session.commit()
        assert summarised() & {ids["A"], ids["B"]} == {ids["A"]}
        agreement = db.session.get_one(Agreement, FALCK)
        assert dashboard_summary.stale(db.session, agreement)
