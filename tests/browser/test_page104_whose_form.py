"""In Chromium, what page-100 left on Herlev's upload page: a form of a municipality the partnership does
not have, in CSV as Herlev's own forms are (Lemvig's mentor hours), was told it "looks like Herlev
Kommune's form but not one the hub knows", and offered a fixed file. The hub now reads whose form the
file says it is ("Jobcenter Lemvig", its title): the row says that it is a form from Lemvig, a
municipality not in the partnership, where it read so, and offers no fixed file (page-93's words, as for
Skive's XML). A file naming no municipality is told that it fits none of Herlev's forms, with its title;
it is not said to be Herlev's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import FIXED, NOT_HERLEVS, READ_NOWHERE, assert_nothing_to_send, send_and_see_refused

# Lemvig (665) has no config in config/municipalities; its mentor hours are an onboarding trial's file.
LEMVIG = ROOT / "tests" / "onboarding" / "golden" / "lemvig" / "mentor_hours.csv"
# Written from hub/services/look_alike.py's words, the file's first line ("Jobcenter Lemvig", cell A1) and
# the page's "Suggestion: {text}" (Danish "Forslag").
FROM_LEMVIG = {
    "da": 'Forslag: filen mentor_hours.csv er en blanket fra Lemvig ("Jobcenter Lemvig", række 1, kolonne 1 '
    "(A1)), en kommune, der ikke er med i partnerskabet",
    "en": 'Suggestion: the file mentor_hours.csv is a form from Lemvig ("Jobcenter Lemvig", row 1, column 1 '
    "(A1)), a municipality not in the partnership",
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_form_of_a_municipality_not_in_the_partnership_is_told_so(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], lang: str
) -> None:
    load_agreements(app)
    page = signed_in_page("kommune-herlev", lang=lang)
    page.goto("/upload")
    send_and_see_refused(app, page, LEMVIG)
    result = page.locator("#upload-results tbody tr .result")
    expect(result.locator("ul.problems")).to_contain_text(NOT_HERLEVS[lang])
    expect(result.locator("p.hint.suggestion")).to_have_text(FROM_LEMVIG[lang])
    expect(result).not_to_contain_text("Herlev Kommune's form" if lang == "en" else "ligner en blanket fra")
    expect(page.locator("#upload-announce")).to_contain_text(FROM_LEMVIG[lang])
    assert_nothing_to_send(page, "read-nowhere", READ_NOWHERE[lang], lang, axe_check)


HERLEV = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
NAME = "praktikaftale-ny.csv"
FITS_NONE = (
    "Forslag: filen praktikaftale-ny.csv passer ikke til nogen af de blanketter fra Herlev Kommune, hubben "
    'kender, og nævner ingen kommune (de første ord: "Aftale om virksomhedspraktik", række 1, kolonne 1 '
    "(A1)): "
    "tjek, at det er den rigtige fil og den gældende udgave, eller bed tovholderen om at tilføje blanketten"
)


def test_a_form_naming_no_municipality_is_not_said_to_be_the_senders(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    data = HERLEV.read_bytes()
    title = "Praktikaftale - Jobcenter Herlev".encode("cp1252")
    assert data.startswith(title)
    sent = tmp_path / NAME
    sent.write_bytes(b"Aftale om virksomhedspraktik" + data[len(title) :])
    load_agreements(app)
    page = signed_in_page("kommune-herlev", lang="da")
    page.goto("/upload")
    send_and_see_refused(app, page, sent)
    result = page.locator("#upload-results tbody tr .result")
    expect(result.locator("p.hint.suggestion")).to_have_text(FITS_NONE)
    # Something the sender can fix (the right file, the current version): a fixed file is offered.
    expect(result.locator("label.button")).to_have_text(FIXED["da"])
    expect(result.locator("p.hint.read-nowhere")).to_have_count(0)
