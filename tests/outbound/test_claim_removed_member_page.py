"""The payments page of a municipality taken out of an agreement (decision 0010, "Stop 42"): it offers the
claim of each period it was a member on some day of, and serves it as the API does.

BRFkredit pays Lyngby-Taarbæk (173) per allotted place: 3 places, 6.25 hours a week at 275 kr. Loaded
without it on 16 May 2026, it was a member up to 15 May. The page's today is 1 December 2026: a staff user
picks among the quarters that ended in the last year (1 December 2025 on): 2026-Q1, Q2 and Q3. It was a
member on days of Q1 (all of it) and Q2 (1 April–15 May); Q3 is wholly after and not offered.
"""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest
from accounts import add_user
from flask import Flask
from page_support import FrozenDate, client_of
from test_claim_removed_member import AGREEMENTS, _taken_out

from hub.extensions import db
from hub.services import agreements, audit_page
from hub.services.user_parties import Party


@pytest.fixture
def lyngby(app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Flask:
    """Lyngby-Taarbæk taken out of BRFkredit on 16 May 2026, and one of its staff."""
    monkeypatch.setattr(audit_page, "local_today", FrozenDate.today)
    _taken_out(app, tmp_path, today=date(2026, 5, 16))
    add_user(app, "kommune-lyngby", "municipality", Party(municipality="173"))
    return app


def test_the_page_offers_the_periods_it_was_a_member_some_of(lyngby: Flask) -> None:
    got = client_of(lyngby, "kommune-lyngby").get("/payments")
    assert got.status_code == 200, got.get_data(as_text=True)
    page = got.get_data(as_text=True)
    form = _form(page)
    assert '<input type="hidden" name="agreement" value="brfkredit">' in form
    # Newest first, as the page's own claim periods; Q3 (from 1 July) is wholly after 15 May.
    assert re.findall(r'<option value="([^"]+)"', form) == ["2026-Q2", "2026-Q1"]


def test_the_download_serves_its_days_as_a_member(lyngby: Flask) -> None:
    client = client_of(lyngby, "kommune-lyngby")
    got = client.get("/payments/claim?agreement=brfkredit&period=2026-Q2")
    assert got.status_code == 200, got.get_data(as_text=True)
    assert got.headers["Content-Disposition"].endswith('krav-173-brfkredit-2026-Q2.xml"')
    # 1 April–15 May, 45 days: each place 6.25 × 45/7 = 40.1786 → 40.18 hours × 275 = 11049.50 kr,
    # written with a decimal comma by Lyngby-Taarbæk's XML.
    assert got.get_data(as_text=True).count("11049,50") == 3
    # A period wholly after is refused by the claim itself, not hidden as another's agreement.
    after = client.get("/payments/claim?agreement=brfkredit&period=2026-Q3")
    assert after.status_code not in (200, 404)
    # An agreement it never was in stays not found.
    assert client.get("/payments/claim?agreement=danfoss&period=2026-Q2").status_code == 404


def _form(page: str) -> str:
    return page.split('data-agreement="brfkredit"', 1)[1].split("</form>", 1)[0]


def test_a_member_of_another_agreement_gets_them_below_its_payments(lyngby: Flask, tmp_path: Path) -> None:
    # Lyngby-Taarbæk made a partner of Danfoss (which pays nothing): its page is Danfoss's payments.
    data = tomllib.loads((AGREEMENTS / "danfoss.toml").read_text(encoding="utf-8"))
    data["partner_municipalities"] = ["173"]
    path = tmp_path / "danfoss.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with lyngby.app_context():
        agreements.load_files(db.session, [path], "test", today=date(2026, 5, 16))
    page = client_of(lyngby, "kommune-lyngby").get("/payments").get_data(as_text=True)
    assert 'id="totals"' in page and '<option value="danfoss" selected>' in page
    assert re.findall(r'<option value="([^"]+)"', _form(page)) == ["2026-Q2", "2026-Q1"]
