"""In Chromium, the upload page's offer for a file with nothing in it at fault (walk-82's leftovers, stop 63,
fixes-84): a form whose hub config is unfinished is the hub's administrator's to complete, and a file the
upload's own answer refuses for a reason outside it goes again as it is. Both offered "Send en rettet
fil" / "Send a fixed file", which sent the caseworker looking for a fault the file does not have."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import ROOT, make_app
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import pick_and_send, send_and_see_refused

from hub.errors import FieldProblem, Rejection
from hub.extensions import db

PLACEMENT = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
AGAIN = {"da": "Send filen igen", "en": "Send the file again"}
# Written from the page's words (hub/web/upload.py, `config_unfinished`, and its Danish).
ADMINISTRATOR = {
    "da": "Der er ikke noget galt i selve filen: hubbens opsætning af blanketten er ikke gjort færdig. "
    "Hubbens administrator skal gøre den færdig, og send så den samme fil igen.",
    "en": "Nothing is wrong in the file itself: the hub's set-up for this form is not finished. The hub's "
    "administrator must complete it, then send the same file again.",
}
HOLDS = {
    "da": "Der er ikke noget galt i selve filen: den passer ikke til det, hubben har (oftest er borgerens "
    "praktikaftale ikke sendt endnu). Ret det, og send så den samme fil igen.",
    "en": "Nothing is wrong in the file itself: it does not fit what the hub holds (most often the citizen's "
    "placement agreement is not sent yet). Put that right, then send the same file again.",
}


@pytest.fixture
def unfinished_app(tmp_path: Path) -> Iterator[Flask]:
    """Herlev's config with its benefit "Kontanthjælp" mapped to the draft's TODO, as `hub adapters
    suggest` leaves a word it could not map (its placement.csv says "Ydelse;Kontanthjælp")."""
    configs = tmp_path / "municipalities"
    shutil.copytree(ROOT / "config" / "municipalities", configs)
    herlev = configs / "herlev.toml"
    text = herlev.read_text(encoding="utf-8")
    assert text.count('"Kontanthjælp" = "kontanthjaelp"') == 1
    herlev.write_text(text.replace('"Kontanthjælp" = "kontanthjaelp"', '"Kontanthjælp" = "TODO"'), "utf-8")
    app = load_agreements(make_app(tmp_path, MUNICIPALITIES_DIR=str(configs)))
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_form_whose_config_is_unfinished_is_sent_again_once_the_administrator_completes_it(
    unfinished_app: Flask, signed_in_page: Callable[..., Page], axe_check: Callable[[Page], None], lang: str
) -> None:
    page = signed_in_page("kommune-herlev", app=unfinished_app, lang=lang)
    page.goto("/upload")
    send_and_see_refused(unfinished_app, page, PLACEMENT)
    result = page.locator("#upload-results tbody tr .result")
    expect(result.locator("label.button")).to_have_text(AGAIN[lang])
    expect(result.locator("p.hint")).to_have_text([ADMINISTRATOR[lang]])
    expect(page.locator("#upload-announce")).to_contain_text(ADMINISTRATOR[lang])
    # After a reload the list of what was sent says the same of it.
    page.reload()
    page.locator("details.sent-problems summary").first.click()
    expect(page.locator("details.sent-problems p.hint").first).to_have_text(ADMINISTRATOR[lang])
    axe_check(page)


def _held_elsewhere(data: bytes, filename: str) -> None:
    """The upload's own answer refusing the file for a reason outside it, as it does for bytes another
    sender sent first and were rejected for what the hub did not hold (`same_bytes`: their problems)."""
    raise Rejection(
        [
            FieldProblem(
                "no placement agreement for site 1900000101 yet",
                "ingen praktikaftale for arbejdsstedet 1900000101 endnu",
                file=filename,
                outside_document=True,
            )
        ]
    )


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_file_refused_at_once_for_a_reason_outside_it_is_offered_again_as_it_is(
    app: Flask,
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    load_agreements(app)
    monkeypatch.setattr("hub.services.uploads.sniff_format", _held_elsewhere)
    page = signed_in_page("kommune-herlev", lang=lang)
    page.goto("/upload")
    pick_and_send(page, PLACEMENT)
    result = page.locator("#upload-results tbody tr .result")
    expect(result.locator("label.button")).to_have_text(AGAIN[lang])
    expect(result.locator("p.hint")).to_have_text([HOLDS[lang]])
    axe_check(page)
