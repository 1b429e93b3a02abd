"""Today, wherever a company or an auditor is shown what it decides, is the Danish day, as the company's
export's "Dannet" names it: on a server whose clock runs in UTC, 23.30 UTC on a winter evening is already
00.30 the next day in Denmark, and the page, the form, the auditor's periods and the bundle must not be a
day behind the export made in the same minute.

The clock is pinned with a `ZoneInfo` so that time-machine also sets the process's zone to UTC: the server's
`date.today()` is then the UTC day, as on the hub's servers, on whatever machine the test runs.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from flask import Flask
from test_company_as_of import C, _agreement, facts

from hub.access import Principal
from hub.exports.claims import NothingToClaim
from hub.exports.facts import PlacementFacts
from hub.extensions import db
from hub.periods import PeriodError, parse_period
from hub.services import (
    audit_page,
    bundle_claims,
    bundles,
    claims,
    company,
    company_due,
    company_files,
    company_page,
    scope,
)

UTC = ZoneInfo("UTC")
# Sunday 6 December 2026 23:30 UTC is Monday 7 December 00:30 in Denmark (CET, UTC+1).
MONDAY_0030 = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
# Thursday 31 December 2026 23:30 UTC is 1 January 2027 00:30 in Denmark: December and Q4 are over.
NEW_YEAR_0030 = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
DECEMBER = parse_period("2026-12")
# An intern whose end form says Monday 7 December: ended on the Danish Monday, still to end on Sunday.
E = facts("P-E", date(2026, 11, 2), date(2026, 12, 31), date(2026, 12, 7))


def _stored(*_: Any) -> Iterator[PlacementFacts]:
    return iter((C, E))


@pytest.fixture
def december(app: Flask, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Two hand-made placements of Falck Hovedstaden in December in place of the store's."""
    for module in (company, company_due, company_page):
        monkeypatch.setattr(module, "placement_facts", _stored)
    monkeypatch.setattr(company_page, "choose", lambda *_: ([_agreement()], _agreement()))
    monkeypatch.setattr(scope, "note_read", lambda *_: None)
    with app.app_context():
        yield


def test_the_company_page_shows_the_danish_day(december: None) -> None:
    who = Principal(1, "falck", "company", company_cvr="22222228")
    with time_machine.travel(MONDAY_0030, tick=False):
        view = company_page.company_view(db.session, who, None, DECEMBER)
    shown = {row.intern.participant_id: row.intern for row in view.interns}
    # Monday 7 December in Denmark: the end form's day has come, as the export made now says.
    assert (shown["P-E"].ended_on, shown["P-E"].ends_on) == (date(2026, 12, 7), None)


def test_the_form_asks_for_the_week_begun_on_the_danish_monday(december: None) -> None:
    with time_machine.travel(MONDAY_0030, tick=False):
        spec, _ = company_files.write_form(
            db.session, _agreement(), "mentor_hours", "xlsx", DECEMBER, io.BytesIO()
        )
    weeks = {intern.participant_id: intern.weeks for intern in spec.interns}
    # Week 50 begins on Monday 7 December: begun in Denmark, so asked for; week 51 is still to come.
    assert weeks["P-C"] == ("2026-W49", "2026-W50")
    assert spec.last_week == "2026-W50"


# Ballerup claims by quarter (config/municipalities/ballerup.toml).
AUDITOR = Principal(1, "rev", "auditor", "151", audit_start=date(2026, 1, 1), audit_end=date(2026, 12, 31))


def test_the_auditor_can_open_the_quarter_ended_at_danish_midnight(app: Flask) -> None:
    with app.app_context(), time_machine.travel(NEW_YEAR_0030, tick=False):
        labels = [p.label for p in audit_page.periods(AUDITOR)]
        later = audit_page.not_openable(AUDITOR)
        chosen = audit_page.audited_period(AUDITOR, "2026-Q4")
    assert labels == ["2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1"]
    assert later == []
    assert chosen.label == "2026-Q4"


class _Made(Exception):
    """Raised where the bundle would go on to be made: the period was let through."""


def test_the_bundle_of_december_can_be_made_from_danish_midnight(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    def made() -> None:
        raise _Made

    monkeypatch.setattr(bundles, "_integrate", made)
    with app.app_context(), time_machine.travel(NEW_YEAR_0030, tick=False):
        try:
            bundles.write_bundle(db.session, "gladsaxe", DECEMBER, io.BytesIO(), "test")
        except PeriodError as exc:
            pytest.fail(f"December refused at 00.30 on 1 January in Denmark: {exc}")
        except _Made:
            pass


class _Bundle:
    def __init__(self) -> None:
        self.names: list[str] = []

    def add_bytes(self, name: str, data: bytes) -> None:
        self.names.append(name)


def test_the_bundles_claim_is_made_on_the_danish_day(monkeypatch: pytest.MonkeyPatch) -> None:
    days: list[date] = []

    def build_claim(session: Any, code: str, agreement_id: str, period: Any, today: date, *rest: Any) -> Any:
        days.append(today)
        raise NothingToClaim("nothing", "intet")

    monkeypatch.setattr(claims, "build_claim", build_claim)
    with time_machine.travel(NEW_YEAR_0030, tick=False):
        bundle_claims._claim(None, _Bundle(), "159", "falck", DECEMBER, None, None)  # type: ignore[arg-type]
    assert days == [date(2027, 1, 1)]
