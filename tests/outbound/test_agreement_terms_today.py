"""The terms in effect today, not the newest loaded (decision 0063; decision 0010, "Stop 41").

A file may give terms that take effect only later (`payment.effective_from`): the agreement's row holds
them at once, but until that day the page, `payments.terms` without a day and the dashboards' fingerprint
give the version in effect today, and the page says from which day the waiting one applies. BRFkredit
pays 275 kr. an hour until the file below makes it 290 kr. from 1 January 2027.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import lxml.html
import pytest
from accounts import add_everyone, csrf_token
from flask import Flask
from page_support import client_of
from test_agreement_terms import brf_file, load, seeds

from hub.extensions import db
from hub.models import Agreement
from hub.services import agreement_terms, dashboard_summary, payments

NEW_YEAR = date(2027, 1, 1)


def _on(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setattr(agreement_terms, "local_today", lambda: day)


def _payment_cell(app: Flask, lang: str = "da") -> lxml.html.HtmlElement:
    client = client_of(app, "lead-gentofte")
    if lang == "en":
        client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/agreements")})
    page = lxml.html.fromstring(client.get("/agreements").text)
    [cell] = page.xpath("//table[@id='agreements']/tbody/tr[@data-agreement='brfkredit']/td[last()]")
    return cell


def test_the_page_shows_today_s_terms_and_the_day_the_waiting_ones_apply(
    app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds(app)
    add_everyone(app)
    load(app, brf_file(tmp_path, effective_from=NEW_YEAR.isoformat()), today=date(2026, 12, 3))
    _on(monkeypatch, date(2026, 12, 31))
    cell = _payment_cell(app)
    assert " ".join(cell.text.split()) == "fast pr. plads: 275,00 kr./time × 6,25 timer om ugen"
    [waiting] = cell.xpath("span[@class='waiting']")
    assert waiting.text_content() == "Nye vilkår fra 1. jan. 2027 (se nedenfor)"
    assert waiting.get("data-from") == "2027-01-01"
    [english] = _payment_cell(app, "en").xpath("span[@class='waiting']")
    assert english.text_content() == "New terms from 1 Jan 2027 (see below)"
    # From the day they apply, the new terms are the present ones and nothing waits.
    _on(monkeypatch, NEW_YEAR)
    cell = _payment_cell(app)
    assert " ".join(cell.text_content().split()) == "fast pr. plads: 290,00 kr./time × 6,25 timer om ugen"


def test_terms_without_a_day_and_the_fingerprint_follow_the_day(
    app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds(app)
    load(app, brf_file(tmp_path, effective_from=NEW_YEAR.isoformat()), today=date(2026, 12, 3))
    with app.app_context():
        row = db.session.get(Agreement, "brfkredit")
        assert row is not None and row.hourly_rate_dkk == D("290.00")  # the row holds the newest file's
        _on(monkeypatch, date(2026, 12, 31))
        assert payments.terms(row, "157").hourly_rate_dkk == D("275.00")
        before = dashboard_summary.fingerprint(row)
        _on(monkeypatch, NEW_YEAR)
        assert payments.terms(row, "157").hourly_rate_dkk == D("290.00")
        # The day the new terms apply, the summaries computed with the old are stale.
        assert dashboard_summary.fingerprint(row) != before
