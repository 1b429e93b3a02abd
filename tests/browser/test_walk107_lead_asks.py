"""In Chromium, walk-107's lead: Gladsaxe's caseworker sent a month's forms at once, among them two of
Skive's (a municipality the hub has no config for). Skive's PDF, a format Gladsaxe's forms come in, was told
to look like Gladsaxe's form "men ikke en, hubben kender: … eller bed tovholderen om at tilføje den", and
Skive's XML that the hub does not read the municipality's forms: "Spørg tovholderen, om hubben skal læse
dem". Gladsaxe is the lead job centre: both sent it to ask itself. The lead is told to ask the hub's
administrator, who sets up the forms the hub reads; a partner still asks its lead
(`test_page93_read_nowhere.py`, `test_page100_own_form_changed.py`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import pick_and_send

from hub.queue import queue

SKIVE = ROOT / "tests" / "onboarding" / "golden" / "skive"
# Written from hub/services/look_alike.py's `unknown_form` and the page's "Suggestion: {text}": Skive's PDF
# names no municipality in its values, and its first field (a CPR number) is never quoted.
LOOKS_OWN = {
    "da": "Forslag: filen mentorstoette.pdf passer ikke til nogen af de blanketter fra Gladsaxe Kommune, "
    "hubben kender, og nævner ingen kommune: tjek, at det er den rigtige fil og den gældende udgave, eller "
    "bed hubbens administrator om at tilføje blanketten",
    "en": "Suggestion: the file mentorstoette.pdf fits none of Gladsaxe Kommune's forms the hub knows, and "
    "names no municipality: check that it is the right file and the current version, or ask the hub's "
    "administrator to add the form",
}
# Written from the page's words for a lead (hub/web/upload.py, `read_nowhere`, and its Danish).
READ_NOWHERE = {
    "da": "Ingen af de blanketter, hubben læser, passer til filen: hubben læser (endnu) ikke denne kommunes "
    "blanketter, så der er intet i den, I kan rette. Hubbens administrator sætter de blanketter op, hubben "
    "læser: spørg administratoren, hvis hubben skal læse disse. Skal filen være en af jeres egne blanketter, "
    "så tjek, at det er den rigtige, og send den med feltet ovenfor.",
    "en": "None of the forms the hub reads fits the file: the hub does not read this municipality's forms "
    "(yet), so nothing in it is yours to fix. The hub's administrator sets up the forms the hub reads: ask "
    "them if it is to read these. If the file should be one of your own forms, check that it is the right "
    "one and send it with the field above.",
}
STATUSES = "[...document.querySelectorAll('#upload-results td.status')].map(td => td.dataset.status)"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_lead_is_not_sent_to_ask_the_lead(
    app: Flask, signed_in_page: Callable[..., Page], lang: str
) -> None:
    load_agreements(app)
    page = signed_in_page("lead", lang=lang)
    page.goto("/upload")
    pick_and_send(page, SKIVE / "mentorstoette.pdf", SKIVE / "praktikaftaler.xml")
    page.wait_for_function(f"{STATUSES}.length === 2")
    page.wait_for_function(f"{STATUSES}.every(s => ['queued', 'received', 'rejected'].includes(s))")
    queue.run_burst(app)
    page.wait_for_function(f"{STATUSES}.every(s => s === 'rejected')")
    rows = page.locator("#upload-results tbody tr")
    pdf, xml = rows.filter(has_text="mentorstoette.pdf"), rows.filter(has_text="praktikaftaler.xml")
    expect(pdf.locator("p.hint.suggestion")).to_have_text(LOOKS_OWN[lang])
    expect(xml.locator("p.hint.read-nowhere")).to_have_text(READ_NOWHERE[lang])
    expect(page.locator("#upload-announce")).to_contain_text(READ_NOWHERE[lang])
