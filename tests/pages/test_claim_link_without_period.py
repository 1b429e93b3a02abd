"""The claim download asked for without a period gives the newest claim period that has ended, as the
auditor's bundle link does, not "not a period: ''"."""

from __future__ import annotations

from html import unescape

import pytest
from accounts import add_user
from flask import Flask
from page_support import client_of, load_agreements


@pytest.mark.usefixtures("demo_today")
def test_no_period_means_the_newest_ended_one(app: Flask) -> None:
    load_agreements(app)
    add_user(app, "kommune-herlev")
    partner = client_of(app, "kommune-herlev")
    answer = partner.get("/payments/claim?agreement=falck-hovedstaden")
    # Herlev claims by month (config/municipalities/herlev.toml); on 1 December 2026 the newest that
    # has ended is November. Nothing is stored here, so the claim is said to be empty, on the page.
    assert answer.status_code == 302, answer.get_data(as_text=True)[:500]
    page = unescape(partner.get(answer.headers["Location"]).get_data(as_text=True))
    # The claim's own message, which names the period the claim was made for (its label).
    assert "Herlev Kommune har intet at søge refusion for under Falck Hovedstaden for 2026-11" in page
    assert "ikke en periode" not in page
