"""In Chromium, the admin's list of users on a phone (page-99): as six columns its state and button lay off a
320 px screen, scrolled to in `main`. Its rows now stack, each value after its column's name, as the
agreements' do (`stacked-rows`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from accounts import add_user
from flask import Flask
from page_checks import PHONE
from playwright.sync_api import Page

# Falck's user (tests/accounts.py: a company user, CVR 22222228, with a password), each labelled cell as read:
# its column's name (the headings' msgids, Danish from messages.po) before it, then its text.
ROW = {
    "da": [
        "Brugerens rolle: virksomhed",
        "Knyttet til: CVR 22222228",
        "Log ind med: med adgangskode",
        "Brugerens status: kan logge ind",
    ],
    "en": [
        "User role: company",
        "Bound to: CVR 22222228",
        "Sign-in: by password",
        "User status: can sign in",
    ],
}
_READ = """() => [...document.querySelectorAll('#users tr[data-user="falck"] td[data-label]')]
  .map((c) => (getComputedStyle(c, "::before").content === "none" ? "" : c.dataset.label + ": ")
    + c.textContent.trim())"""
# How far the row's cells reach past the screen's right edge (0 when none does).
_PAST = """() => Math.max(0, ...[...document.querySelectorAll('#users tr[data-user="falck"] > *')]
  .map((c) => Math.round(c.getBoundingClientRect().right - window.innerWidth)))"""


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_users_read_on_a_phone_without_scrolling_sideways(
    app: Flask, signed_in_page: Callable[..., Page], lang: str
) -> None:
    add_user(app, "falck")
    page = signed_in_page("admin", lang=lang)
    page.set_viewport_size(PHONE)
    page.goto("/admin/users")
    assert page.evaluate(_READ) == ROW[lang]
    assert page.evaluate(_PAST) == 0
