"""In Chromium, what stop 64's walk (walk-88) left on /agreements on a phone: the agreements table, five
columns, scrolled sideways inside its region on a 390 px screen, the payment out of sight. Its rows now
stack there, each value after its column's name, as the payments' and the tokens' tables do; at a desk it
is the table it was."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page

PHONE = {"width": 390, "height": 844}
DESK = {"width": 1280, "height": 900}
# Falck Hovedstaden's row, from config/agreements/falck-hovedstaden.toml, each after its column's name as
# the page's Danish and English say them: company and CVR, places 3 + 3 + 2 + 2.
LABELS = {
    "da": ("Virksomhed: Falck Danmark (CVR 22222228)", "Pladser: 10", "Betaling: "),
    "en": ("Company: Falck Danmark (CVR 22222228)", "Places: 10", "Payment: "),
}
# Each cell of Falck Hovedstaden's row as read: its column's name when the stylesheet writes it before it
# (hub.css, `[data-label]::before`), then its text.
_READ = """() => [...document.querySelectorAll('#agreements tr[data-agreement="falck-hovedstaden"] td')]
  .map((td) => (getComputedStyle(td, "::before").content === "none" ? "" : td.dataset.label + ": ")
    + td.textContent.trim())"""
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
    cells = [row.locator("th, td").nth(n).bounding_box() for n in range(5)]
    assert all(c is not None for c in cells)
    tops = {round(c["y"]) for c in cells if c is not None}
    assert len(tops) == 1, tops  # one line of five columns
    assert page.evaluate(_READ)[0] == "Falck Danmark (CVR 22222228)"  # no column's name before it
