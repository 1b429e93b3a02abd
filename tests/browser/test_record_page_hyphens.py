"""In Chromium at 375 px, the record page's long Danish words (walk-82, stop 63; fixes-84): Randers'
placement form names its visitation field "Visitationskategori", and on a phone the record page broke it
in the middle with no hyphen ("Visitationska" above "tegori"), as `overflow-wrap: anywhere` breaks a word
wider than its line. The page hyphenates by its language (`hyphens: auto` under `lang`): the word breaks
with a hyphen, or not at all."""

from __future__ import annotations

from collections.abc import Callable

from accounts import add_user
from conftest import ROOT
from flask import Flask
from page_support import accepted, load_agreements
from playwright.sync_api import Page

from hub.services.user_parties import Party

PHONE = {"width": 375, "height": 740}
WORD = "Visitationskategori"

# Where Danish hyphenates the word (Vi-si-ta-tions-ka-te-go-ri): the index of the first letter after each
# break it may take.
SYLLABLES = (2, 4, 6, 11, 13, 15, 17)

# The line each letter of the field's name is drawn on (its box's top), and the hyphenation its cell uses.
LINES = """th => {
  const node = th.firstChild, tops = [];
  for (let i = 0; i < node.data.length; i++) {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    tops.push(Math.round(range.getBoundingClientRect().top));
  }
  return {text: node.data, tops, hyphens: getComputedStyle(th).hyphens,
          inside: th.getBoundingClientRect().right <= window.innerWidth};
}"""


def test_a_long_word_on_the_phone_breaks_with_a_hyphen_or_not_at_all(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None]
) -> None:
    load_agreements(app)
    accepted(
        app,
        (ROOT / "tests" / "golden" / "randers" / "placement.pdf").read_bytes(),
        "placement.pdf",
        "randers",
    )
    add_user(app, "kommune-randers", "municipality", Party(municipality="730"))
    page = signed_in_page("kommune-randers", lang="da")
    page.set_viewport_size(PHONE)
    page.goto("/records/1")
    laid = page.locator('#values tr[data-path="visitation"] th').evaluate(LINES)
    assert laid["text"] == WORD and laid["hyphens"] == "auto" and laid["inside"], laid
    breaks = [i for i in range(1, len(WORD)) if laid["tops"][i] != laid["tops"][i - 1]]
    # Whole on its line, or broken where Danish hyphenates it (the browser draws the hyphen there).
    assert breaks == [] or set(breaks) <= set(SYLLABLES), laid
    axe_check(page)
