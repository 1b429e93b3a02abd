"""In Chromium, what stop 58's walk left noticed on the upload page: a refused placement stayed "Afvist" in
"Senest sendt" after its corrected file was accepted, and nothing linked the two. The refused line now
says which submission corrected it (a link to that line), and the accepted one which it corrected; the
API's submission says the same. "The same form" is the same sender's same form of the same citizen at
the same site, never the file's name: another citizen's refused placement stays unlinked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from upload_support import number_of, send_until

GOLDEN = ROOT / "tests" / "golden" / "herlev" / "placement.csv"  # Ahmad's, "CPR-nr.;221100-4237"
WORDS = {
    "da": ("Rettet ved indsendelse {}", "Retter indsendelse {}"),
    "en": ("Corrected by submission {}", "Corrects submission {}"),
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_refused_placement_names_its_accepted_correction(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path, lang: str
) -> None:
    load_agreements(app)
    add_everyone(app)
    good = GOLDEN.read_bytes()
    typo = good.replace(b"Startdato;10-08-2026", b"Startdato;32-08-2026")  # refused at B9
    (tmp_path / "praktik.csv").write_bytes(typo)
    # Another citizen's placement, refused the same way and named alike: not the one corrected.
    (tmp_path / "praktik-2.csv").write_bytes(typo.replace(b"221100-4237", b"050505-1234"))
    (tmp_path / "praktik-rettet.csv").write_bytes(good)
    page = signed_in_page("kommune-herlev", lang=lang)
    send_until(app, page, [tmp_path / "praktik-2.csv", tmp_path / "praktik.csv"], "rejected")
    send_until(app, page, [tmp_path / "praktik-rettet.csv"], "accepted")
    other, refused, fixed = (
        number_of(app, n) for n in ("praktik-2.csv", "praktik.csv", "praktik-rettet.csv")
    )

    page.goto("/upload")
    by, corrects = WORDS[lang]
    refused_row, fixed_row = page.locator(f"#submission-{refused}"), page.locator(f"#submission-{fixed}")
    link = refused_row.locator("td.status a", has_text=by.format(fixed))
    assert link.count() == 1
    assert link.get_attribute("href") == f"/upload/sent/{fixed}"
    back = fixed_row.locator("td.status a", has_text=corrects.format(refused))
    assert back.get_attribute("href") == f"/upload/sent/{refused}"
    assert fixed_row.locator("td.status a").count() == 1  # not the other citizen's
    assert page.locator(f"#submission-{other} td.status a").count() == 0
    # Followed by the keyboard, it leads to the accepted line.
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/upload#submission-{fixed}")

    # The API says the same, for the same sender's session.
    answer = page.request.get(f"/api/submissions/{refused}").json()
    assert answer["status"] == "rejected"
    hub = "{0.scheme}://{0.netloc}".format(urlsplit(page.url))  # status URLs are whole (stop 65: api-93)
    assert answer["corrected_by"] == {"id": fixed, "status_url": f"{hub}/api/submissions/{fixed}"}
    assert page.request.get(f"/api/submissions/{fixed}").json()["corrects"] == [
        {"id": refused, "status_url": f"{hub}/api/submissions/{refused}"}
    ]
    assert page.request.get(f"/api/submissions/{other}").json()["corrected_by"] is None
