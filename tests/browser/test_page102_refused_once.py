"""In Chromium, the upload page when the hub refuses the request itself (not the upload form's fields):
each refusal is said once on the file's row, in the page's language, and once aloud. A zip whose member
cannot be unpacked (422) showed the hub's message after "Upload mislykkedes" and then the same words again
as a list under it, and the live line said only "Ikke modtaget", never why (page-100 noticed)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import make_app
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, expect
from upload_support import FIXED, pick_and_send

# Written from hub/services/upload_zips.py's `_read_member` (a member that cannot be unpacked, named
# "zip: member") after the page's own "The upload failed" (hub/web/upload.py).
BROKEN = {
    "da": "Upload mislykkedes: brudt.zip: placering.csv: filen kan ikke pakkes ud (beskadiget, krypteret "
    "eller ukendt komprimering)",
    "en": "The upload failed: brudt.zip: placering.csv: the member cannot be unpacked (broken, encrypted or "
    "an unknown compression)",
}
# Written from hub/api/too_large.py's words and advice, as test_upload_page_too_large.py has them.
TOO_LARGE = {
    "da": "Upload mislykkedes: uploaden er større end grænsen på 2.048 byte; send færre filer i én upload, "
    "eller del et stort udtræk i flere mindre filer",
    "en": "The upload failed: the upload is larger than the limit of 2,048 bytes; send fewer files in one "
    "upload, or split a large export into several smaller files",
}
NOT_RECEIVED = {"da": "Ikke modtaget", "en": "Not received"}


def broken_zip(tmp_path: Path) -> Path:
    """A zip whose one member's stored bytes no longer match its CRC: opened as a zip, refused unpacked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("placering.csv", "Deltager-id;Startdato\nP-1;10-08-2026\n")
    data = buffer.getvalue().replace(b"10-08-2026", b"11-08-2026")
    path = tmp_path / "brudt.zip"
    path.write_bytes(data)
    return path


def assert_said_once(page: Page, line: str, name: str, lang: str, row_line: str | None = None) -> None:
    """The row says `row_line` (`line` where the hub's words name the file) once, as its one paragraph and
    no list; the live region says `line` once, in the one line that names the file and its status (stop
    67: a refusal's line read alone, or copied, did not say which file it was)."""
    row = page.locator("#upload-results tbody tr")
    expect(row.locator("td.status")).to_have_attribute("data-status", "refused")
    result = row.locator("td.result")
    expect(result.locator("p")).to_have_text([row_line or line])
    expect(result.locator("ul, li")).to_have_count(0)
    announce = page.locator("#upload-announce")
    expect(announce).to_contain_text(line)
    said = announce.inner_text()
    assert said.count(line) == 1, said
    assert said.startswith(f"{name}: {NOT_RECEIVED[lang]}. "), said
    # The reason's own words once, not also as a line of its own.
    reason = line.split(": ", 1)[1]
    assert said.count(reason) == 1, said
    assert result.inner_text().count(reason) == 1
    # Said in one line with the file's name: alone, it still says which file it was.
    lines = [text for text in announce.locator("span").all_inner_texts() if reason in text]
    assert len(lines) == 1 and lines[0].startswith(f"{name}: {NOT_RECEIVED[lang]}. {line}"), lines


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_zip_that_cannot_be_unpacked_is_said_once(
    app: Flask,
    signed_in_page: Callable[..., Page],
    axe_check: Callable[[Page], None],
    tmp_path: Path,
    lang: str,
) -> None:
    load_agreements(app)
    page = signed_in_page("kommune-herlev", lang=lang)
    page.goto("/upload")
    pick_and_send(page, broken_zip(tmp_path))
    assert_said_once(page, BROKEN[lang], "brudt.zip", lang)
    # Something in the file is wrong: a fixed one is what to send.
    expect(page.locator("#upload-results tbody tr td.result label.button")).to_have_text(FIXED[lang])
    axe_check(page)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_too_large_upload_is_said_aloud_once(
    tmp_path: Path, signed_in_page: Callable[..., Page], lang: str
) -> None:
    small = load_agreements(make_app(tmp_path, UPLOAD_MAX_BYTES=2048))
    big = tmp_path / "stor.csv"
    big.write_bytes(b"a;b\n" * 2000)  # 8,000 bytes, past the 2,048 the app takes
    page = signed_in_page("kommune-herlev", app=small, lang=lang)
    page.goto("/upload")
    pick_and_send(page, big)
    assert_said_once(page, TOO_LARGE[lang], "stor.csv", lang, f"stor.csv: {TOO_LARGE[lang]}")


# Written from hub/services/idempotency.py's `_in_use`, the key's name as the answer below gives it.
IN_USE = {
    "da": "indsendelsen, der først blev sendt med Idempotency-Key 'k', gemmes stadig: spørg igen med samme "
    "nøgle om 2 s (Retry-After)",
    "en": "the upload first sent with the Idempotency-Key 'k' is still being stored: ask again with the "
    "same key in 2 s (Retry-After)",
}
AGAIN = {"da": "Send filen igen", "en": "Send the file again"}
# The page's own words for it (hub/web/upload.py, `still_stored`, and its Danish): what to do, with the
# button's name, not the API's "ask again with the same key in 2 s (Retry-After)" (stop 67).
STILL_STORED = {
    "da": "Hubben gemmer stadig filen fra første afsendelse, så den er ikke gemt to gange. Vent et øjeblik, "
    'og tryk på "Send filen igen": siden viser så, hvad der blev af den første afsendelse.',
    "en": "The hub is still storing this file from its first sending, so it was not stored twice. Wait a "
    'moment and press "Send the file again": the page then shows what became of the first sending.',
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_409_without_its_wait_offers_the_same_file_again(
    app: Flask, signed_in_page: Callable[..., Page], lang: str
) -> None:
    """A 409 whose `Retry-After` a proxy dropped: the page cannot wait for the first sending, and nothing
    is wrong in the file, so the same file again is what to send (it offered a fixed one), said in the
    page's own words (it said the API's)."""
    load_agreements(app)
    page = signed_in_page("kommune-herlev", lang=lang)
    body = {
        "code": "idempotency_key_in_use",
        "message": IN_USE["en"],
        "message_da": IN_USE["da"],
        "problems": [],
    }
    page.route("**/api/submissions", lambda route: route.fulfill(status=409, json=body))
    page.goto("/upload")
    pick_and_send(page, Path(__file__).parents[1] / "golden" / "herlev" / "placement.csv")
    line = STILL_STORED[lang]
    assert_said_once(page, line, "placement.csv", lang, f"placement.csv: {line}")
    expect(page.locator("#upload-results tbody tr td.result")).not_to_contain_text("Retry-After")
    expect(page.locator("#upload-results tbody tr td.result label.button")).to_have_text(AGAIN[lang])
