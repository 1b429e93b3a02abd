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
from upload_support import assert_nothing_to_send, send_and_see_refused

# Skive (779) has no config in config/municipalities; its form is the onboarding trials' golden file.
SKIVE = ROOT / "tests" / "onboarding" / "golden" / "skive" / "praktikaftaler.xml"
# Written from the page's words (hub/web/upload.py, `read_nowhere`, and its Danish).
WHAT_TO_DO = {
    "da": "Ingen af de blanketter, hubben læser, passer til filen: hubben læser (endnu) ikke denne kommunes "
    "blanketter, så der er intet i den, I kan rette. Spørg tovholderen, om hubben skal læse dem. Skal filen "
    "være en af jeres egne blanketter, så tjek, at det er den rigtige, og send den med feltet ovenfor.",
    "en": "None of the forms the hub reads fits the file: the hub does not read this municipality's forms "
    "(yet), so nothing in it is yours to fix. Ask the lead job centre whether the hub is to read them. If "
    "the file should be one of your own forms, check that it is the right one and send it with the field "
    "above.",
}
NOT_HERLEVS = {"da": "ikke en blanket fra Herlev Kommune", "en": "not a form Herlev Kommune sends"}


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
    assert_nothing_to_send(page, "read-nowhere", WHAT_TO_DO[lang], lang, axe_check)
