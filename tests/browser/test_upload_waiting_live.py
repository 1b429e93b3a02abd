"""In Chromium, a file held for its placement says so in its live row on the upload page, as the lists
below do: the API's `waiting_since` tells it apart from a file waiting its turn ("Venter i kø"), which
the row said for as long as the form waited (up to an hour)."""

from __future__ import annotations

from collections.abc import Callable

from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from sqlalchemy import select
from upload_support import pick_and_send

from hub.extensions import db
from hub.models import Submission
from hub.models.base import utcnow
from hub.services import awaiting

HERLEV = ROOT / "tests" / "golden" / "herlev"
STATUS = "document.querySelector('#upload-results td.status').dataset.status"


def test_a_form_held_for_its_placement_says_so_in_its_live_row(
    app: Flask, signed_in_page: Callable[..., Page]
) -> None:
    load_agreements(app)
    add_everyone(app)
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    pick_and_send(page, HERLEV / "mentor_hours.csv")
    page.wait_for_function(f"{STATUS} === 'queued'")
    assert page.locator("#upload-results td.status").inner_text() == "Venter i kø"
    with app.app_context():  # what a worker does with a follow-up whose placement is still to come
        awaiting.hold(db.session.scalars(select(Submission)).one(), utcnow())
        db.session.commit()
    page.wait_for_function(f"{STATUS} === 'waiting'", timeout=5000)
    assert page.locator("#upload-results td.status").inner_text() == (
        "Venter på en praktikaftale, der endnu ikke er læst"
    )
    said = page.locator("#upload-announce").inner_text()
    assert "mentor_hours.csv: Venter på en praktikaftale, der endnu ikke er læst." in said, said
