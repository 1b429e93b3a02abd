"""The notice of claims changed since they were downloaded, for an agreement the municipality was taken
out of (decision 0010, "Payments and dashboards"): shown below that agreement's claims left, as for one
it is part of.

BRFkredit pays Lyngby-Taarbæk (173) per allotted place: 3 places, 6.25 hours a week at 275 kr. Taken out
on 16 May 2026, its second-quarter claim (downloaded after) is of 1 April–15 May, 45 days, 40.18 hours ×
275 = 11049.50 a place, 33148.50 in all. A load may not reprice a period downloaded
(`agreement_checks.terms`), and it has no placements to change, so the test moves the end of the version
that lists it to 30 April as a correction of the stored terms by other means would (an operator's, a
migration's): the claim is now of 1–30 April, 30 days, 6.25 × 30/7 = 26.7857 → 26.79 hours × 275 =
7367.25 a place, 22101.75 in all: 11046.75 less than sent.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from accounts import add_user
from flask import Flask
from lxml import html
from page_support import FrozenDate, client_of
from test_claim_removed_member import _taken_out

from hub.extensions import db
from hub.models import Agreement
from hub.services import audit_page
from hub.services.user_parties import Party


@pytest.fixture
def downloaded_then_taken_out(app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Flask:
    monkeypatch.setattr(audit_page, "local_today", FrozenDate.today)  # the page's today: 1 December 2026
    add_user(app, "kommune-lyngby", "municipality", Party(municipality="173"))
    _taken_out(app, tmp_path, today=date(2026, 5, 16))
    got = client_of(app, "kommune-lyngby").get("/payments/claim?agreement=brfkredit&period=2026-Q2")
    assert got.status_code == 200 and got.get_data(as_text=True).count("11049,50") == 3
    with app.app_context():
        row = db.session.get(Agreement, "brfkredit")
        assert row is not None and row.terms_history[0].valid_to == date(2026, 5, 15)
        row.terms_history[0].valid_to = date(2026, 4, 30)
        row.terms_history[1].valid_from = date(2026, 5, 1)
        db.session.commit()
    return app


def test_the_page_says_its_claim_changed_since_it_was_downloaded(downloaded_then_taken_out: Flask) -> None:
    page = client_of(downloaded_then_taken_out, "kommune-lyngby").get("/payments")
    assert page.status_code == 200
    tree = html.fromstring(page.get_data(as_text=True))
    [block] = tree.xpath('//section[@id="claims-left"]//div[@data-agreement="brfkredit"]')
    [section] = block.xpath('./section[@data-period="2026-Q2"]')
    summary = " ".join(section.xpath('./p[@class="claim-change-summary"]')[0].text_content().split())
    assert "-11.046,75" in summary
    said = " ".join(section.text_content().split())
    assert "33.148,50" in said and "22.101,75" in said  # sent, and now
    heading = block.getprevious().text_content()
    assert heading.endswith("krav ændret, siden de blev hentet")
