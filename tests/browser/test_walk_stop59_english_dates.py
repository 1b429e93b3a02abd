"""In Chromium, what stop 58's walk left noticed on the English pages: the lines of missing evidence and of
gaps wrote dates and weeks as ISO ("due by 2026-11-26", "2026-W44"), the API's text, beside the page's own
"1 Nov 2026". Each page now writes every date of its own words one way; a value quoted from a document
(`code`, `translate="no"`) is left as it was."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from playwright.sync_api import Page

demo = demo_copy_fixture("walk-stop59-dates", name="demo")
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{4}-W\d{2}\b")
ENGLISH_DAY = re.compile(r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}\b")
# The page's text as a person reads it, without what it quotes (a form's raw value, a file's name).
READ = """e => {
  const copy = e.cloneNode(true);
  copy.querySelectorAll('code, [translate="no"], script').forEach(q => q.remove());
  return copy.innerText;
}"""
PAGES = [
    ("lead-gladsaxe", "/dashboard?agreement=falck-hovedstaden&period=2026-11", "#missing"),
    ("lead-gladsaxe", "/payments?agreement=falck-hovedstaden&period=2026-11", "#gaps"),
    ("falck", "/company?agreement=falck-hovedstaden&period=2026-11", "#gaps"),
]


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize(("who", "url", "lines"), PAGES)
def test_an_english_page_writes_its_messages_dates_as_its_own(
    demo: Flask, signed_in_page: Callable[..., Page], who: str, url: str, lines: str
) -> None:
    page = signed_in_page(who, app=demo, lang="en")
    page.goto(url)
    said = page.locator(lines).evaluate(READ)
    # The lines that built their words in a service say a date (a due day, an end, a month's first day).
    assert ENGLISH_DAY.search(said), said
    text = page.locator("main").evaluate(READ)
    assert ISO.findall(text) == [], text
