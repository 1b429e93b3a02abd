"""The payments page's note on a claim changed since its download, and the next step it asks for.

The note counts its lines in the singular or the plural, each count by itself: a claim sent with one
line and now of two says "1 linje" and "2 linjer" (it said "1 linjer"). The change is given to the page
as `claim_changes.changes` would give it; the change itself is worked out and tested in
tests/outbound/test_claim_changes_since_download.py. The note says "send a correction": the claim to
download beside it is the page month's claim period, not always the newest."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal as D

import lxml.html
import pytest
from accounts import add_everyone
from flask import Flask
from page_support import client_of, load_agreements

from hub.periods import parse_period
from hub.services import claim_changes
from hub.services.claim_changes import Change

PAGE = "/payments?agreement=falck-hovedstaden&period=2026-09"


def _said(app: Flask, monkeypatch: pytest.MonkeyPatch, lines_before: int, lines_now: int) -> str:
    change = Change(
        parse_period("2026-09"),
        datetime(2026, 10, 5, 9, tzinfo=UTC),
        lines_before,
        D("1234.50"),
        lines_now,
        D("1509.50"),
        None,
    )
    monkeypatch.setattr(claim_changes, "changes", lambda *args: [change])
    html = client_of(app, "kommune-herlev").get(PAGE).get_data(as_text=True)
    [section] = lxml.html.fromstring(html).xpath('//section[@data-period="2026-09"]')
    return " ".join(section.xpath("./p[2]")[0].text_content().split())


def test_one_line_is_a_linje_and_two_are_linjer(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    load_agreements(app)
    add_everyone(app)
    assert _said(app, monkeypatch, 1, 2) == (
        "Sendt: 1.234,50 kr. på 1 linje. Nu: 1.509,50 kr. på 2 linjer. Send en efterregulering af kravet."
    )
    assert _said(app, monkeypatch, 2, 1) == (
        "Sendt: 1.234,50 kr. på 2 linjer. Nu: 1.509,50 kr. på 1 linje. Send en efterregulering af kravet."
    )


@pytest.mark.usefixtures("demo_today")  # 1 December 2026: every month and quarter below has ended
@pytest.mark.parametrize(
    ("username", "month", "chosen"),
    [
        ("lead-gladsaxe", "2026-09", "2026-09"),  # Gladsaxe claims per month: the month itself
        ("kommune-ballerup", "2026-08", "2026-Q3"),  # Ballerup per quarter: the quarter of August
        ("kommune-herlev", "2026-12", None),  # December has not ended: no period chosen, the newest shown
    ],
)
def test_the_claim_to_download_is_the_pages_month(
    app: Flask, username: str, month: str, chosen: str | None
) -> None:
    # The note on a changed claim says "send a correction": the download beside it is that claim's period.
    load_agreements(app)
    add_everyone(app)
    page = client_of(app, username).get(f"/payments?agreement=falck-hovedstaden&period={month}")
    assert page.status_code == 200
    options = lxml.html.fromstring(page.get_data(as_text=True)).xpath('//select[@id="claim-period"]/option')
    assert [o.get("value") for o in options if o.get("selected") is not None] == ([chosen] if chosen else [])
