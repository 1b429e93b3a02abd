"""A municipality's claims' list paged while claims are downloaded: it is newest period first, so a new
period's first download pushes every period a place down, and following the `Link` header's next page
must neither repeat what the first page gave nor skip a period, as the submissions' list does not
(`until_id`, decision 0062, "Stop 49: api-51")."""

from __future__ import annotations

import re
from typing import Any

import pytest
from api_support import Caller
from flask import Flask
from page_support import demo_copy_fixture

from hub.services import claim_changes

app = demo_copy_fixture("api-claims-paging-arrivals")

pytestmark = pytest.mark.usefixtures("demo_today")

PATH = "/api/municipalities/163/claims"
LIST = PATH + "?agreement=falck-hovedstaden"


def _link(response: Any, rel: str) -> str:
    """The URL the `Link` header gives for `rel`."""
    found = re.search(rf'<([^>]+)>; rel="{rel}"', response.headers["Link"])
    assert found, response.headers["Link"]
    return found.group(1)


def _download(caller: Caller, month: str) -> None:
    """Download Herlev's claim of `month` (Herlev claims per month): the list's row of that period."""
    response = caller.get(f"/api/municipalities/163/claim?agreement=falck-hovedstaden&period={month}")
    assert response.status_code == 200, response.get_data(as_text=True)


def _periods(body: dict[str, Any]) -> list[str]:
    return [c["period"]["label"] for c in body["claims"]]


def test_the_next_page_neither_repeats_nor_skips_when_a_new_period_is_downloaded(app: Flask) -> None:
    herlev = Caller(app, "kommune-herlev")
    for month in ("2026-08", "2026-09"):
        _download(herlev, month)
    first = herlev.get(f"{LIST}&per_page=1")
    assert first.status_code == 200
    assert _periods(first.get_json()) == ["2026-09"]
    was = first.get_json()["claims"][0]["downloaded_at"]

    # A newer period downloaded, and September again, between the two pages.
    _download(herlev, "2026-10")
    _download(herlev, "2026-09")

    second = herlev.get(_link(first, "next"))
    assert second.status_code == 200
    assert _periods(second.get_json()) == ["2026-08"]
    # The total is the pinned list's, so that `last` and the page count stay true while it is followed.
    assert second.get_json()["total"] == first.get_json()["total"] == 2
    assert _link(second, "last") == _link(first, "last")
    # Page 1 read again by its link is the list as the first read held it: September's download then.
    again = herlev.get(_link(second, "prev")).get_json()
    assert _periods(again) == ["2026-09"] and again["claims"][0]["downloaded_at"] == was
    # Read afresh, without the pin, the list starts with what came since.
    fresh = herlev.json(f"{LIST}&per_page=1")
    assert _periods(fresh) == ["2026-10"] and fresh["total"] == 3


def test_the_pin_is_a_documented_argument_checked_as_one(app: Flask) -> None:
    herlev = Caller(app, "kommune-herlev")
    spec = herlev.client.get("/api/openapi.json").get_json()
    operation = spec["paths"]["/api/municipalities/{municipality}/claims"]["get"]
    assert "until_id" in [p["name"] for p in operation["parameters"]]
    assert "the claims by period) are held still" in spec["info"]["description"]
    response = herlev.get(f"{LIST}&until_id=0")
    assert response.status_code == 422
    (problem,) = response.get_json()["problems"]
    assert problem["field"] == "until_id"
    # One argument for both lists: its words name no submission, which a claims list does not hold.
    assert "submission" not in problem["field_en"] and "indsendelse" not in problem["field_da"]


def test_one_downloaded_between_the_pin_and_the_page_is_left_for_the_next_fresh_read(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pin and the page are two reads: a period first downloaded between them (read as the pin
    # being the download before it) must not be on the page, or the pinned next page skips the one it
    # pushed off.
    herlev = Caller(app, "kommune-herlev")
    before = _periods(herlev.json(LIST))
    newest = herlev.get(f"{LIST}&per_page=1")
    pin = re.search(r"until_id=(\d+)", newest.headers["Link"])
    assert pin
    _download(herlev, "2026-11")
    monkeypatch.setattr(claim_changes, "newest_download", lambda session, code, agreement: int(pin[1]))
    first = herlev.get(f"{LIST}&per_page=2")
    assert _periods(first.get_json()) == before[:2]
    second = herlev.get(_link(first, "next"))
    assert _periods(second.get_json()) == before[2:4]
