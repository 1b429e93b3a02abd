"""In Chromium, the company's page on a 390 × 844 phone (page-136, stop 74): the form to fill in and the
field to send it back with were three screens down, below what is due (16 rows in November) and the
interns. Now the downloads and the send form come first, each field below its label, one column; at a
desktop's width every part of the page is still there and shown. One page load a width."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from playwright.sync_api import Page

demo = demo_copy_fixture("page136-company-phone", name="demo")

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
# The form to fill in (its kind, the form's first field), and the field that sends it back.
FIELDS = ("#form-kind", "#upload-files")
# Each field's and its label's box in the page (not the screen): top, bottom, left, and whether shown.
_BOXES = """(ids) => ids.map((id) => {
  const field = document.querySelector(id);
  const label = document.querySelector(`label[for="${id.slice(1)}"]`);
  const box = (e) => { const r = e.getBoundingClientRect();
    return {top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left,
            shown: e.getClientRects().length > 0}; };
  return {field: box(field), label: box(label)};
})"""
# Every part of the page, by its heading: the English words of company.html's headings.
HEADINGS = [
    "Download",
    "Send the filled-in forms",
    "Your contact",
    "What you are to send for November 2026",
    "Interns in November 2026",
    "Differences between granted and delivered mentor hours",
    "Forms you have sent",
]


@pytest.mark.usefixtures("demo_today")
def test_the_form_is_on_a_phones_first_screen(demo: Flask, signed_in_page: Callable[..., Page]) -> None:
    page = signed_in_page("falck", app=demo, lang="en")
    page.set_viewport_size(PHONE)
    page.goto("/company?agreement=falck-hovedstaden")
    kind, upload = page.evaluate(_BOXES, list(FIELDS))
    for name, found in zip(FIELDS, (kind, upload), strict=True):
        assert found["field"]["shown"] and found["label"]["shown"], name
        assert found["label"]["bottom"] <= found["field"]["top"], (name, found)  # the label above
        assert found["field"]["left"] <= found["label"]["left"] + 1, (name, found)  # one column
    assert kind["field"]["top"] < PHONE["height"], kind
    assert upload["field"]["top"] < PHONE["height"], upload


@pytest.mark.usefixtures("demo_today")
def test_at_a_desktops_width_nothing_is_lost(demo: Flask, signed_in_page: Callable[..., Page]) -> None:
    page = signed_in_page("falck", app=demo, lang="en")
    page.set_viewport_size(DESKTOP)
    page.goto("/company?agreement=falck-hovedstaden")
    assert [h.strip() for h in page.locator("main h2").all_inner_texts()] == HEADINGS
    for selector in (*FIELDS, "#due", "#interns", "#contact", "#export-format"):
        assert page.locator(selector).first.is_visible(), selector
