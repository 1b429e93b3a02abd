"""A site with more interns than its places: every intern is counted, and the lead sees it overbooked.

From the store of `store.py` on 16 September 2026: Søborg (3 places) has A and B running. Herlev then
sends two placements at Søborg running that day (its golden form, and the same form for another
citizen): four interns on three places. The company's export and the lead's dashboard both say 4, not 3
("full"), and the dashboard says one more than its places.
"""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, make_app
from flask import Flask, render_template_string, session
from store import AS_OF, FALCK, build

from hub.access import Principal
from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.models import Agreement
from hub.periods import parse_period
from hub.queue import queue
from hub.services import company, dashboard, ingest, records

SOEBORG = "1900000101"
LEAD = Principal(1, "lead-gladsaxe", "lead", municipality="159")


def _send(app: Flask, data: bytes, filename: str) -> None:
    with app.app_context():
        sent = ingest.submit(db.session, data, filename, "herlev", "test", "tester")
        enqueue_submission(sent.submission_id)
        queue.run_burst(app)
        db.session.expire_all()
        assert records.submission(db.session, sent.submission_id).status == "accepted"


@pytest.fixture(scope="module")
def overbooked(tmp_path_factory: pytest.TempPathFactory) -> Flask:
    app = make_app(tmp_path_factory.mktemp("overbooked"))
    build(app)
    form = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
    _send(app, form, "praktik.csv")
    other = form.replace(b"221100-4237", b"150599-1236").replace(b"Ahmad Rahimi", b"Sara Holm")
    _send(app, other, "praktik-2.csv")
    return app


def test_the_companys_export_counts_every_intern_on_the_site(overbooked: Flask) -> None:
    with overbooked.app_context():
        sites = company.occupancy(db.session, db.session.get_one(Agreement, FALCK), AS_OF)
    soeborg = next(s for s in sites if s.p_number == SOEBORG)
    assert (soeborg.places, soeborg.occupied) == (3, 4)


def test_the_dashboard_counts_them_and_says_the_site_is_overbooked(overbooked: Flask) -> None:
    with overbooked.app_context():
        board = dashboard.build(db.session, LEAD, FALCK, parse_period("2026-09"), AS_OF, None)
    soeborg = next(s for s in board.sites if s.p_number == SOEBORG)
    assert (soeborg.places, soeborg.occupied, soeborg.empty, soeborg.over) == (3, 4, 0, 1)
    others = [s.over for s in board.sites if s.p_number != SOEBORG]
    assert others == [0, 0, 0]


def test_the_lead_reads_how_many_more_than_its_places(overbooked: Flask) -> None:
    with overbooked.app_context():
        board = dashboard.build(db.session, LEAD, FALCK, parse_period("2026-09"), AS_OF, None)
    template = '{% import "_dashboard.html" as d %}{{ d.sites(board) }}'
    with overbooked.test_request_context("/"):  # Danish, the default
        danish = render_template_string(template, board=board)
    with overbooked.test_request_context("/"):
        session["lang"] = "en"  # the user's choice (`web.i18n.locale`)
        english = render_template_string(template, board=board)
    row = re.search(rf'<tr data-site="{SOEBORG}">.*?</tr>', danish, re.S)
    assert row is not None
    assert '4 <strong class="overbooked">(1 flere end pladserne)</strong>' in row.group(0)
    assert "(1 more than its places)" in english
    assert danish.count("overbooked") == 1
