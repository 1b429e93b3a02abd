"""In Chromium, what stop 64's walk (walk-88) found on Herlev's upload page: another municipality's form,
one Herlev has no agreement to send, was refused as "ikke en blanket fra Herlev Kommune" and its row still
offered "Send en rettet fil", though nothing in the file is Herlev's to fix (page-90). The row now offers
no fixed file and says what to do: the form is that municipality's job centre's to send, or the file was
the wrong one. A lead sending a partner's form is still offered to send it as the partner (stop 48)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import assert_nothing_to_send, send_and_see_refused

# Randers' placement agreement: Randers is in none of Herlev's agreements (config/agreements: Herlev is a
# partner of Falck Hovedstaden, led by Gladsaxe; Randers leads Falck Randers alone).
RANDERS = ROOT / "tests" / "golden" / "randers" / "placement.pdf"
# Written from the page's words (hub/web/upload.py, `belongs_elsewhere`, and its Danish).
WHAT_TO_DO = {
    "da": "Der er intet at rette i filen: den er en anden kommunes blanket, og I har ingen aftale om at "
    "sende den. Giv den til den kommunes jobcenter, eller send den rigtige fil med feltet ovenfor, hvis I "
    "valgte den forkerte.",
    "en": "Nothing in the file is to fix: it is another municipality's form, which you have no agreement to "
    "send. Give it to that municipality's job centre or, if you chose the wrong file, send the right one "
    "with the field above.",
}
# Whose job centre sends it, as hub/services/look_alike.py words the suggestion.
WHOSE = {
    "da": "skal jobcentret i Randers Kommune sende den",
    "en": "it is for the job centre of Randers Kommune to send",
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_form_of_a_municipality_outside_the_senders_agreements_is_not_offered_a_fixed_file(
    app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], lang: str
) -> None:
    load_agreements(app)
    page = signed_in_page("kommune-herlev", lang=lang)
    page.goto("/upload")
    send_and_see_refused(app, page, RANDERS)
    result = page.locator("#upload-results tbody tr .result")
    expect(result.locator("p.hint.suggestion")).to_contain_text(WHOSE[lang])
    # Nothing to send from the row: no fixed file, and not "as Randers", which Herlev may not.
    assert_nothing_to_send(page, "belongs-elsewhere", WHAT_TO_DO[lang], lang, axe_check)
