"""In Chromium, what page-93 left on Herlev's upload page: Herlev's own placement form with its title line
reworded (a new version of the form, say) matched none of Herlev's forms, and was told "the hub does not
read this municipality's forms (yet)", as if Herlev had no set-up. The hub tells the two apart by what it
knows without reading the text: the sender's own config reads CSV, and the file is CSV (Skive's XML, in
`test_page93_read_nowhere.py`, is no format of Herlev's). The row now suggests that the file looks like
Herlev's form but not one the hub knows, naming the file, and still offers a fixed file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import FIXED, send_and_see_refused

HERLEV = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
NAME = "praktikaftale-ny.csv"
# The reworded title, which names Herlev (stop 67: what the hub read that says whose form it is).
TITLE = "Aftale om virksomhedspraktik - Herlev"
# Written from hub/services/look_alike.py's words and the page's "Suggestion: {text}" (Danish "Forslag").
LOOKS_OWN = {
    "da": f'Forslag: filen {NAME} ligner en blanket fra Herlev Kommune ("{TITLE}", række 1, kolonne 1 '
    "(A1)), men ikke en, hubben kender: tjek, at det er den gældende udgave, eller bed tovholderen om at "
    "tilføje den",
    "en": f'Suggestion: the file {NAME} looks like Herlev Kommune\'s form ("{TITLE}", row 1, column 1 '
    "(A1)) but not one the hub knows: check that it is the current version, or ask the lead job centre to "
    "add it",
}
NOT_HERLEVS = {"da": "ikke en blanket fra Herlev Kommune", "en": "not a form Herlev Kommune sends"}
ONE_PROBLEM = {"da": "1 fejl", "en": "1 problem"}


def reworded(tmp_path: Path) -> Path:
    """Herlev's golden placement with its title line reworded, as a new version of the form might be."""
    data = HERLEV.read_bytes()
    title = "Praktikaftale - Jobcenter Herlev".encode("cp1252")
    assert data.startswith(title)
    path = tmp_path / NAME
    path.write_bytes(TITLE.encode("cp1252") + data[len(title) :])
    return path


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_senders_own_form_changed_is_told_apart_from_an_unread_municipalitys(
    app: Flask,
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    tmp_path: Path,
    lang: str,
) -> None:
    load_agreements(app)
    page = signed_in_page("kommune-herlev", lang=lang)
    page.goto("/upload")
    send_and_see_refused(app, page, reworded(tmp_path))
    result = page.locator("#upload-results tbody tr .result")
    expect(result.locator("ul.problems li")).to_have_count(1)
    expect(result.locator("ul.problems")).to_contain_text(NOT_HERLEVS[lang])
    expect(result.locator("p.hint.suggestion")).to_have_text(LOOKS_OWN[lang])
    # Not the unread municipality's words: Herlev's set-up is there, the form is what changed.
    expect(result.locator("p.hint.read-nowhere")).to_have_count(0)
    # A current version of the form is a fixed file the caseworker can send from the row.
    expect(result.locator("label.button")).to_have_text(FIXED[lang])
    expect(page.locator("#upload-announce")).to_contain_text(LOOKS_OWN[lang])
    axe_check(page)
    page.reload()
    sent = page.locator("details.sent-problems").first
    expect(sent.locator("summary")).to_have_text(ONE_PROBLEM[lang])
    sent.locator("summary").click()
    # The list after a reload says the suggestion as a sentence: capitalised, with its full stop.
    prefix, said = LOOKS_OWN[lang].split(": ", 1)
    expect(sent.locator("p.hint.suggestion")).to_have_text(f"{prefix}: {said[0].upper()}{said[1:]}.")
    expect(sent.locator("p.hint.read-nowhere")).to_have_count(0)
