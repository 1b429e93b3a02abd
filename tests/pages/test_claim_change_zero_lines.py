"""A claim changed since its download by a line of DKK 0.00 alone asks for no correction (walk of stop 62).

Herlev's claim for November 2026 was downloaded with Julie's and Louise's lines (236,50 kr.); a placement
form for Ahmad came in after, with no grant yet, and the claim gained his line of 0,00 kr. The payments
page said "Sendt: 236,50 kr. på 2 linjer. Nu: 236,50 kr. på 3 linjer. Send en efterregulering af kravet."
A correction of nothing: the note now says that every amount is as sent. Amounts moved between two
participants (the total as sent) still ask for one, and so does a download whose lines were not kept."""

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
from hub.services.claim_compare import Change, LineChange

PAGE = "/payments?agreement=falck-hovedstaden&period=2026-11"
SENT = "Sendt: 236,50 kr. på 2 linjer. Nu: 236,50 kr. på 3 linjer."
NONE_NEEDED = (
    "Kun linjer på 0,00 kr. er kommet til eller faldet bort: alle beløb er som sendt, så der skal ikke "
    "sendes en efterregulering."
)
SEND = "Send en efterregulering af kravet."


def _said(app: Flask, monkeypatch: pytest.MonkeyPatch, lines: list[LineChange] | None) -> str:
    change = Change(
        parse_period("2026-11"), datetime(2026, 12, 6, 9, tzinfo=UTC), 2, D("236.50"), 3, D("236.50"), lines
    )
    monkeypatch.setattr(claim_changes, "changes", lambda *args: [change])
    html = client_of(app, "kommune-herlev").get(PAGE).get_data(as_text=True)
    [section] = lxml.html.fromstring(html).xpath('//section[@data-period="2026-11"]')
    return " ".join(section.xpath("./p[2]")[0].text_content().split())


def test_a_new_line_of_nothing_needs_no_correction(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    load_agreements(app)
    add_everyone(app)
    ahmad = LineChange("P-UHDTXSGBZFN", None, None, D("0.00"))  # not in the claim sent; 0,00 kr. now
    assert _said(app, monkeypatch, [ahmad]) == f"{SENT} {NONE_NEEDED}"
    # 118,25 kr. moved from Julie to Ahmad: the total is as sent, the lines are not.
    moved = [
        LineChange("P-UCTDMMC3H4S", None, D("118.25"), D("0.00")),
        LineChange("P-UHDTXSGBZFN", None, None, D("118.25")),
    ]
    assert _said(app, monkeypatch, moved) == f"{SENT} {SEND}"
    assert _said(app, monkeypatch, None) == f"{SENT} {SEND}"  # lines sent not kept: cannot tell
