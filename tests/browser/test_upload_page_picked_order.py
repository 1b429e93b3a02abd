"""A refused file and its fix picked together on the upload page: the hub numbers submissions in the
order it receives them, and that order says which form came later (the record's current version, the
refused line's "Rettet ved indsendelse N"). The page sent every picked file at once, so the numbers
followed whichever request arrived first, not the order the caseworker picked them in: a fix whose
request overtook the refused file's was "earlier", and the refused line named no correction. The page
now sends the files one after another, in the order picked (decision 0062, "Stop 61: fixes-72")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page, Route
from upload_support import STATUSES, number_of, pick_and_send

from hub.queue import queue

GOLDEN = ROOT / "tests" / "golden" / "herlev" / "placement.csv"  # Ahmad's, "CPR-nr.;221100-4237"


def test_a_refused_file_and_its_fix_picked_together_are_numbered_in_the_order_picked(
    app: Flask, signed_in_page: Callable[..., Page], tmp_path: Path
) -> None:
    load_agreements(app)
    add_everyone(app)
    good = GOLDEN.read_bytes()
    (tmp_path / "praktik.csv").write_bytes(good.replace(b"Startdato;10-08-2026", b"Startdato;32-08-2026"))
    (tmp_path / "praktik-rettet.csv").write_bytes(good)
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    # The first file's request is held a while, as a slow line holds a larger file: a second request
    # sent meanwhile would reach the hub first.
    held: list[Route] = []
    reached: list[str] = []

    def hold_the_first(route: Route) -> None:
        body = route.request.post_data_buffer or b""
        reached.append("praktik-rettet.csv" if b'filename="praktik-rettet.csv"' in body else "praktik.csv")
        if not held:
            held.append(route)
        else:
            route.continue_()

    page.route("**/api/submissions", hold_the_first)
    pick_and_send(page, tmp_path / "praktik.csv", tmp_path / "praktik-rettet.csv")
    page.wait_for_function(f"{STATUSES}.length === 2")
    while not held:
        page.wait_for_timeout(50)
    page.wait_for_timeout(1500)  # time for a second request, were it sent beside the first
    assert reached == ["praktik.csv"]  # the fix waits for the first file's answer
    held[0].continue_()
    page.wait_for_function(f"{STATUSES}.every(s => ['queued', 'received'].includes(s))")
    assert reached == ["praktik.csv", "praktik-rettet.csv"]
    _settled(app, page)
    refused, fixed = number_of(app, "praktik.csv"), number_of(app, "praktik-rettet.csv")
    assert refused < fixed  # numbered in the order picked
    first = page.locator("#upload-results tbody tr").first  # the refused file's row, picked first
    first.get_by_text(f"Rettet ved indsendelse {fixed}").wait_for(timeout=30_000)
    hub = "{0.scheme}://{0.netloc}".format(urlsplit(page.url))  # status URLs are whole (stop 65: api-93)
    assert page.request.get(f"/api/submissions/{refused}").json()["corrected_by"] == {
        "id": fixed,
        "status_url": f"{hub}/api/submissions/{fixed}",
    }


def _settled(app: Any, page: Page) -> None:
    queue.run_burst(app)
    page.wait_for_function(f"{STATUSES}.every(s => ['rejected', 'accepted'].includes(s))")
