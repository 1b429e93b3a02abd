"""Missing evidence over a municipality's claim period, and summaries that follow a change of terms or
audit rules by themselves.

Ballerup (151) claims by quarter and wants a progress report every 6 weeks. D (store.py) starts there on
Monday 7 September 2026 with no report: the first fell due 6 weeks later, on 19 October, the next on 30
November. Asked about December, Ballerup's auditor checks the fourth quarter (October–December), in
which both fell due, while December alone holds neither.
"""

from __future__ import annotations

import re
from pathlib import Path

from accounts import add_user, sign_in
from conftest import make_app
from sqlalchemy import update
from store import AS_OF, FALCK, build, signed_in

from hub.access import Principal
from hub.extensions import db
from hub.models import SummaryState
from hub.periods import parse_period
from hub.queue import queue
from hub.services import dashboard

LEAD = Principal(1, "lead-gladsaxe", "lead", municipality="159")


def test_a_quarterly_municipality_s_missing_evidence_is_its_quarter_s(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    build(app)
    with app.app_context():
        board = dashboard.build(db.session, LEAD, FALCK, parse_period("2026-12"), AS_OF)
    missing = {person.name: problems for person, problems in board.missing.rows}
    assert [(rule, status) for rule, status, _, _ in missing["Dorte Dahl"]] == [
        ("progress_report_every_weeks", "missing")
    ]
    # Both reports due in the quarter, not only the first: 7 September + 6 weeks, and 6 weeks on.
    assert "due by 2026-10-19, 2026-11-30" in missing["Dorte Dahl"][0][2]
    # Furesø (190) claims by half-year; the others of Falck's agreement by month.
    assert [(code, period.label) for code, period in board.claim_periods] == [
        ("151", "2026-Q4"),
        ("190", "2026-H2"),
    ]


def test_the_page_names_the_claim_period_it_checked(tmp_path: Path) -> None:
    [client] = signed_in(tmp_path, "lead-gladsaxe")
    page = client.get("/dashboard?month=2026-12").get_data(as_text=True)
    assert 'id="claim-periods"' in page and "Ballerup" in page and "4. kvartal 2026" in page


def _claim_note(page: str) -> str | None:
    """The text of the page's claim-period note, or None when it has none."""
    found = re.search(r'<p id="claim-periods"[^>]*>(.*?)</p>', page, re.S)
    return None if found is None else found.group(1)


def test_a_partner_is_told_its_own_claim_period_only(tmp_path: Path) -> None:
    ballerup, herlev = signed_in(tmp_path, "kommune-ballerup", "kommune-herlev")
    note = _claim_note(ballerup.get("/municipality?month=2026-12").get_data(as_text=True))
    # Ballerup's own quarter is named; Furesø's half-year is not Ballerup's business.
    assert note is not None and "Ballerup: 4. kvartal 2026" in note
    assert "Furesø" not in note and "halvår" not in note
    # Herlev claims by month: no note at all, though Ballerup and Furesø claim otherwise.
    assert _claim_note(herlev.get("/municipality?month=2026-12").get_data(as_text=True)) is None


def test_summaries_computed_with_other_rules_are_rebuilt_by_the_page_itself(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    build(app)
    add_user(app, "lead-gladsaxe")
    with app.app_context():
        # As after a change of a municipality's audit rules: the stored fingerprint is not today's.
        db.session.execute(update(SummaryState).values(fingerprint="computed with yesterday's rules"))
        db.session.commit()
    client = app.test_client()
    sign_in(client, "lead-gladsaxe")
    page = client.get("/dashboard?month=2026-09").get_data(as_text=True)
    assert 'id="stale"' in page
    client.get("/dashboard?month=2026-09")  # asked twice, queued once
    with app.app_context():
        assert queue.state(app).queue.count == 1
    queue.run_burst(app)
    page = client.get("/dashboard?month=2026-09").get_data(as_text=True)
    assert 'id="stale"' not in page
