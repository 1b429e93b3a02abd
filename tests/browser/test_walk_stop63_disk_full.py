"""In Chromium, the upload page when the hub's disk is full (ops-78, the walk of stop 63, walk-82): the
file's row says so once, in the page's language, and offers to send the same file again. It offered "Send
a fixed file" ("Send en rettet fil") as for a file refused for its own fault, though nothing was wrong
in it: every answer but 202 was taken for the file's fault, the hub's own trouble (5xx) too."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import pick_and_send

PHONE = {"width": 375, "height": 740}
# Written from ops-78's message (hub/web/error_unavailable.py) after the page's own "The upload failed".
SAID = {
    "da": "Upload mislykkedes: Hubben kan ikke gemme dokumenter lige nu (disken er fuld); intet er gemt. "
    "Prøv igen senere, eller kontakt hubbens administrator.",
    "en": "The upload failed: The hub cannot store documents right now (No space left on device); nothing "
    "was saved. Try again later, or tell the hub's administrator.",
}
AGAIN = {"da": "Send filen igen", "en": "Send the file again"}
# The row's status: the file was not taken in, said alike in both languages (the English said "Not
# accepted", which reads as the hub's verdict on a file it read, where the Danish said "Ikke modtaget").
STATUS = {"da": "Ikke modtaget", "en": "Not received"}


def _no_room(dir: str, prefix: str) -> tuple[int, str]:
    """Each blob written where the kernel says "No space left on device", as a full disk does (the file
    named beside its target, as `BlobStore.put_many` names it, so that its clean-up runs as it would)."""
    return os.open("/dev/full", os.O_WRONLY), os.path.join(dir, f"{prefix}full")


@pytest.mark.parametrize("viewport", [None, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_upload_page_says_the_disk_is_full_and_offers_the_same_file_again(
    app: Flask,
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    viewport: dict[str, int] | None,
) -> None:
    load_agreements(app)
    monkeypatch.setattr("hub.storage.tempfile.mkstemp", _no_room)
    page = signed_in_page("kommune-herlev", lang=lang)
    if viewport:
        page.set_viewport_size(viewport)
    page.goto("/upload")
    pick_and_send(page, ROOT / "tests" / "golden" / "herlev" / "placement.csv")
    result = page.locator("#upload-results tbody tr .result")
    # Once, naming the file (stop 67), and nothing else said of it.
    expect(result.locator("p")).to_have_text([f"placement.csv: {SAID[lang]}"])
    expect(result.locator("label.button")).to_have_text(AGAIN[lang])
    expect(page.locator("#upload-results tbody tr .status")).to_have_text(STATUS[lang])
    axe_check(page)
