"""In Chromium, what stop 64's walk (walk-88) left on /agreements on a phone: the agreements table, five
columns, scrolled sideways inside its region on a 390 px screen, the payment out of sight. Its rows now
stack there, each value after its column's name, as the payments' and the tokens' tables do; at a desk it
is the table it was. Page-98: the payment terms' history below it, likewise."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT
from flask import Flask
from layout_support import boxes
from page_support import load_agreements
from playwright.sync_api import Page

from hub.extensions import db
from hub.services import agreements

PHONE = {"width": 390, "height": 844}
DESK = {"width": 1280, "height": 900}
# Falck Hovedstaden's row, from config/agreements/falck-hovedstaden.toml, each after its column's name as
# the page's Danish and English say them: company and CVR, places 3 + 3 + 2 + 2.
LABELS = {
    "da": ("Virksomhed: Falck Danmark (CVR 22222228)", "Pladser: 10", "Betaling: "),
    "en": ("Company: Falck Danmark (CVR 22222228)", "Places: 10", "Payment: "),
}
# A cell as read: its column's name when the stylesheet writes it before it (hub.css, `[data-label]::before`),
# then its text. Falck Hovedstaden's row's cells so read, and the terms' history's rows' (page-98).
_CELL = """(c) => (getComputedStyle(c, "::before").content === "none" ? "" : c.dataset.label + ": ")
    + c.textContent.trim()"""
_READ = f"""() => [...document.querySelectorAll('#agreements tr[data-agreement="falck-hovedstaden"] td')]
  .map({_CELL})"""
# The region's overflow past its own box, and each cell's right edge past the screen's.
_SIDEWAYS = """() => {
  const region = document.querySelector("#agreements").closest(".scroller");
  const cells = [...document.querySelectorAll("#agreements tbody th, #agreements tbody td")];
  return {
    overflow: region.scrollWidth - region.clientWidth,
    past: cells.filter((c) => c.getBoundingClientRect().right > window.innerWidth).length,
  };
}"""


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("who", ["lead-gladsaxe", "kommune-herlev"])
def test_the_agreements_read_on_a_phone_without_scrolling_sideways(
    app: Flask,
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    who: str,
    lang: str,
) -> None:
    load_agreements(app)
    page = signed_in_page(who, lang=lang)
    page.set_viewport_size(PHONE)
    page.goto("/agreements")
    assert page.evaluate(_SIDEWAYS) == {"overflow": 0, "past": 0}
    read = page.evaluate(_READ)
    company, places, payment = LABELS[lang]
    assert (read[0], read[2]) == (company, places)
    assert read[3].startswith(payment), read
    axe_check(page)


def test_at_a_desk_the_agreements_stay_a_table(app: Flask, signed_in_page: Callable[..., Page]) -> None:
    load_agreements(app)
    page = signed_in_page("lead-gladsaxe")
    page.set_viewport_size(DESK)
    page.goto("/agreements")
    row = page.locator('#agreements tr[data-agreement="falck-hovedstaden"]')
    cells = boxes(row.locator("th, td"))[:5]
    assert len(cells) == 5 and all(c is not None for c in cells), cells
    tops = {round(c["y"]) for c in cells if c is not None}
    assert len(tops) == 1, tops  # one line of five columns
    assert page.evaluate(_READ)[0] == "Falck Danmark (CVR 22222228)"  # no column's name before it


# Page-98. BRFkredit's terms (config/agreements/brfkredit.toml: fixed per place, 275.00 kr. an hour, 6.25
# hours a week) changed to 290.00 from 1 January 2027, as tests/outbound/test_agreement_terms.py changes
# them: two versions in the terms' history, the first from the agreement's start to 31 December 2026.
# Each version's cells as read on a phone, each after its column's name.
TERMS = {
    "da": [
        [
            "BRFkredit",
            "Fra: aftalens start",
            "Til: 31. dec. 2026",
            "Betaling: fast pr. plads",
            "Sats: 275,00 kr./time",
            "Timer om ugen: 6,25 timer om ugen",
        ],
        [
            "BRFkredit",
            "Fra: 1. jan. 2027",
            "Til: gælder stadig",
            "Betaling: fast pr. plads",
            "Sats: 290,00 kr./time",
            "Timer om ugen: 6,25 timer om ugen",
        ],
    ],
    "en": [
        [
            "BRFkredit",
            "From: the agreement's start",
            "To: 31 Dec 2026",
            "Payment: fixed per place",
            "Rate: 275.00 DKK/hour",
            "Hours a week: 6.25 hours a week",
        ],
        [
            "BRFkredit",
            "From: 1 Jan 2027",
            "To: still in effect",
            "Payment: fixed per place",
            "Rate: 290.00 DKK/hour",
            "Hours a week: 6.25 hours a week",
        ],
    ],
}
_READ_TERMS = f"""() => [...document.querySelectorAll('#terms-history tr[data-agreement="brfkredit"]')]
  .map((tr) => [...tr.querySelectorAll("th, td")].map({_CELL}))"""


def brf_terms_changed(app: Flask, folder: Path) -> None:
    """The seeds' agreements, then BRFkredit's file again with 290.00 kr. an hour from 1 January 2027."""
    load_agreements(app)
    data = tomllib.loads((ROOT / "config" / "agreements" / "brfkredit.toml").read_text(encoding="utf-8"))
    data["payment"].update(hourly_rate_dkk="290.00", effective_from="2027-01-01")
    changed = folder / "brfkredit.json"
    changed.write_text(json.dumps(data), encoding="utf-8")
    with app.app_context():
        agreements.load_files(db.session, [changed], "test", today=date(2026, 12, 3))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_payment_terms_history_reads_on_a_phone_without_scrolling_sideways(
    app: Flask,
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    tmp_path: Path,
    lang: str,
) -> None:
    brf_terms_changed(app, tmp_path)
    page = signed_in_page("lead-gentofte", lang=lang)
    page.set_viewport_size(PHONE)
    page.goto("/agreements")
    region = page.evaluate(_SIDEWAYS.replace("#agreements", "#terms-history"))
    assert region == {"overflow": 0, "past": 0}
    assert page.evaluate(_READ_TERMS) == TERMS[lang]
    # The rate right after its name, not off at the line's far end (hub.css, as the agreements' places).
    rates = page.locator('#terms-history tr[data-agreement="brfkredit"] td.num')
    aligned = rates.evaluate_all("(cells) => cells.map((c) => getComputedStyle(c).textAlign)")
    assert aligned == ["left", "left"]
    axe_check(page)


def test_at_a_desk_the_payment_terms_history_stays_a_table(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    brf_terms_changed(app, tmp_path)
    page = signed_in_page("lead-gentofte")
    page.set_viewport_size(DESK)
    page.goto("/agreements")
    rows = page.locator('#terms-history tr[data-agreement="brfkredit"]')
    for row in (rows.nth(0), rows.nth(1)):
        shown = boxes(row.locator("th, td"))[:6]
        assert len(shown) == 6, shown  # six cells, as the per-cell reads waited for
        tops = {round(box["y"]) for box in shown if box}
        assert len(tops) == 1, tops  # one line of six columns
    assert page.evaluate(_READ_TERMS)[1][1] == "1. jan. 2027"  # no column's name before it
