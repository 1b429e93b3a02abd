"""`hub dashboard rebuild`: summaries deleted (as after the migration to 0006) come back; an unknown
agreement is exit code 2 in both languages."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import delete, func, select
from store import FALCK, build

from hub.extensions import db
from hub.models import PlacementMonth, PlacementSummary


def _counts(app: Flask) -> tuple[int, int]:
    with app.app_context():
        summaries = db.session.scalar(select(func.count()).select_from(PlacementSummary)) or 0
        months = db.session.scalar(select(func.count()).select_from(PlacementMonth)) or 0
    return summaries, months


def test_rebuild_restores_the_summaries(app: Flask, runner: object) -> None:
    build(app)
    before = _counts(app)
    assert before[0] == 5  # the store's five placements (four in Falck Hovedstaden, one in BRFkredit)
    with app.app_context():
        db.session.execute(delete(PlacementMonth))
        db.session.execute(delete(PlacementSummary))
        db.session.commit()
    result = runner.invoke(args=["dashboard", "rebuild"])  # type: ignore[attr-defined]
    assert result.exit_code == 0, result.output
    assert f"{FALCK}: 4 placements summarised" in result.output
    assert _counts(app) == before


def test_rebuild_of_an_unknown_agreement_is_bad_input(app: Flask, runner: object) -> None:
    build(app)
    result = runner.invoke(args=["dashboard", "rebuild", "nope"])  # type: ignore[attr-defined]
    assert result.exit_code == 2
    assert "no agreement 'nope'" in result.output and "ingen aftale 'nope'" in result.output
