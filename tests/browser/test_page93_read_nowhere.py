"""In Chromium, what stop 64's walk (walk-88) left on Herlev's upload page and page-90 did not reach:
Skive's `praktikaftaler.xml`, the form of a municipality the hub has no config for, sent by Herlev's
caseworker, was refused as "ikke en blanket fra Herlev Kommune" and its row offered "Send en rettet fil".
No form of any municipality the hub reads fits it, so nothing in it is Herlev's to fix: the row now says
that the hub does not read this municipality's forms (yet) and what to do, and offers no fixed file."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import NOT_HERLEVS, READ_NOWHERE, assert_nothing_to_send, send_and_see_refused

# Skive (779) has no config in config/municipalities; its form is the onboarding trials' golden file.
SKIVE = ROOT / "tests" / "onboarding" / "golden" / "skive" / "praktikaftaler.xml"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_form_no_municipality_the_hub_reads_sends_is_not_offered_a_fixed_file(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], lang: str
) -> None:
    load_agreements(app)
    page = signed_in_page("kommune-herlev", lang=lang)
    page.goto("/upload")
    send_and_see_refused(app, page, SKIVE)
    result = page.locator("#upload-results tbody tr .result")
    expect(result.locator("ul.problems")).to_contain_text(NOT_HERLEVS[lang])
    # No suggestion of whose form it is: the hub cannot tell.
    expect(result.locator("p.suggestion")).to_have_count(0)
    assert_nothing_to_send(page, "read-nowhere", READ_NOWHERE[lang], lang, axe_check)
