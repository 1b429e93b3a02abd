"""The auditor's page keeps the period's totals between views: a second view checks only its own page,
and a new record version of the municipality, or new terms, make the next view count again."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from flask import Flask
from page_support import add_version, current_version, everyone_on_a_copy
from sqlalchemy import select

from hub.access import Principal
from hub.extensions import db
from hub.models import Agreement, Placement, Record
from hub.periods import parse_period
from hub.services import audit_page, audit_tally, completeness

AUDITOR = Principal(
    1, "revisor-ballerup", "auditor", "151", audit_start=date(2026, 7, 1), audit_end=date(2026, 12, 31)
)
Q3 = parse_period("2026-Q3")


@pytest.fixture
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("audit-tally")) as app:
        yield app


def whole_pass(app: Flask) -> tuple[list[tuple[str, str, bool]], int]:
    """Every row of the period (agreement, participant, complete) and the complete ones, counted afresh."""
    with app.app_context():
        audit = completeness.scope(db.session, "151", Q3)
        rows = [(a.id, c.facts.participant_id, c.complete) for a, c in completeness.checks(db.session, audit)]
        db.session.rollback()
    return rows, sum(1 for row in rows if row[2])


def view(app: Flask, page: int, per_page: int = 2) -> tuple[list[tuple[str, str, bool]], int, int]:
    """One page view: its rows, and the totals it shows."""
    with app.app_context():
        found = audit_page.check(db.session, AUDITOR, Q3, page, per_page)
        db.session.commit()
    rows = [(a.id, c.facts.participant_id, c.complete) for a, c in found.rows]
    return rows, found.total, found.complete


def test_a_second_view_checks_only_its_page_and_shows_what_a_whole_pass_shows(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    everyone, complete = whole_pass(demo)
    assert len(everyone) >= 3  # two pages of two
    assert view(demo, 1) == (everyone[:2], len(everyone), complete)
    passes: list[int] = []
    counted = completeness.checks

    def counting(*args: object) -> object:
        passes.append(1)
        return counted(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(completeness, "checks", counting)
    assert view(demo, 2) == (everyone[2:4], len(everyone), complete)
    assert view(demo, 99) == (everyone[(len(everyone) - 1) // 2 * 2 :], len(everyone), complete)  # the last
    assert passes == []  # neither view ran the period's checks


def test_a_new_version_of_a_record_is_counted_at_the_next_view(demo: Flask) -> None:
    everyone, complete = whole_pass(demo)
    assert view(demo, 1)[1:] == (len(everyone), complete)
    with demo.app_context():
        # A correction of a timesheet of a complete placement: unsigned, for week 38 (Thursday 17
        # September). Ballerup's rule hours_signed_by_mentor then finds a sheet of the quarter unsigned,
        # so the placement is no longer complete.
        participant = next(pid for _a, pid, done in everyone if done)
        record = db.session.scalars(
            select(Record)
            .join(Placement, Placement.id == Record.placement_id)
            .where(Placement.participant_id == participant, Record.form_type == "mentor_hours")
            .order_by(Record.id)
        ).first()
        assert record is not None
        data = copy.deepcopy(current_version(record).data)
        data["entries"] = [{"week": "2026-W38", "hours": "3.0"}]
        data["total_hours"] = "3.0"
        data.pop("signed_by", None)
        data.pop("signed_on", None)
        add_version(record, data)
    after, complete_after = whole_pass(demo)
    assert complete_after == complete - 1  # the check now finds the sheet unsigned
    assert view(demo, 1) == (after[:2], len(after), complete_after)


def test_the_key_changes_with_the_agreements_terms(demo: Flask) -> None:
    with demo.app_context():
        audit = completeness.scope(db.session, "151", Q3)
        before = audit_tally.key(db.session, audit)
        agreement = db.session.get(Agreement, audit.agreements[0].id)
        assert agreement is not None
        # The terms in effect in the quarter: its version of the terms (decision 0063), not the row's.
        version = agreement.terms_history[-1]
        version.hours_per_week = (version.hours_per_week or Decimal(0)) + 1
        db.session.commit()
        after = audit_tally.key(db.session, completeness.scope(db.session, "151", Q3))
        db.session.rollback()
    assert before != after
