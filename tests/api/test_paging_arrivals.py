"""A case system that pages through its submissions while new ones come in: the list is newest first, so
each arrival pushes the rest a place down, and following the `Link` header's next page must neither
repeat what the first page gave nor skip any (decision 0062, "Stop 49: api-51")."""

from __future__ import annotations

import io
import re

import pytest
from api_support import Caller
from flask import Flask
from page_support import demo_copy_fixture

from hub.api import submissions

app = demo_copy_fixture("api-paging-arrivals")

LIST = "/api/submissions"


def _link(response: object, rel: str) -> str:
    """The URL the `Link` header gives for `rel`."""
    header = response.headers["Link"]  # type: ignore[attr-defined]
    found = re.search(rf'<([^>]+)>; rel="{rel}"', header)
    assert found, header
    return found.group(1)


def _send(caller: Caller, name: str) -> int:
    """Upload one new document (bytes of its own, so no duplicate); its submission's number."""
    data = {"files": (io.BytesIO(f"arrived,{name}\n".encode()), name)}
    response = caller.client.post(LIST, data=data, headers=caller.headers)
    assert response.status_code == 202, response.get_data(as_text=True)
    [sent] = response.get_json()["files"]
    return int(sent["submission_id"])


def test_the_next_page_neither_repeats_nor_skips_when_submissions_arrive(app: Flask) -> None:
    herlev = Caller(app, "kommune-herlev")
    as_it_was = [s["id"] for s in herlev.json(f"{LIST}?per_page=4")["submissions"]]
    assert len(as_it_was) == 4
    first = herlev.get(f"{LIST}?per_page=2")
    assert [s["id"] for s in first.get_json()["submissions"]] == as_it_was[:2]

    arrived = [_send(herlev, "arrived-1.csv"), _send(herlev, "arrived-2.csv")]

    second = herlev.get(_link(first, "next"))
    assert second.status_code == 200
    assert [s["id"] for s in second.get_json()["submissions"]] == as_it_was[2:4]
    # The total is the pinned list's, so that `last` and the page count stay true while it is followed.
    assert second.get_json()["total"] == first.get_json()["total"]
    assert _link(second, "last") == _link(first, "last")
    # Read afresh, without the pin, the list starts with what came in.
    fresh = herlev.json(f"{LIST}?per_page=2")["submissions"]
    assert [s["id"] for s in fresh] == sorted(arrived, reverse=True)


def test_the_pin_is_a_documented_argument_checked_as_one(app: Flask) -> None:
    herlev = Caller(app, "kommune-herlev")
    spec = herlev.client.get("/api/openapi.json").get_json()
    names = [p["name"] for p in spec["paths"][LIST]["get"]["parameters"]]
    assert "until_id" in names
    response = herlev.get(f"{LIST}?until_id=0")
    assert response.status_code == 422
    assert [p["field"] for p in response.get_json()["problems"]] == ["until_id"]


def test_one_arriving_between_the_pin_and_the_page_is_left_for_the_next_fresh_read(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pin and the page are two reads: a submission stored between them (read as the pin being one
    # lower than the newest) must not be on the page, or the pinned next page skips the one it pushed off.
    herlev = Caller(app, "kommune-herlev")
    as_it_was = [s["id"] for s in herlev.json(f"{LIST}?per_page=4")["submissions"]]
    arrived = _send(herlev, "arrived-between.csv")
    assert arrived > max(as_it_was)
    monkeypatch.setattr(submissions, "newest_id", lambda session, clause: arrived - 1)
    first = herlev.get(f"{LIST}?per_page=2")
    assert [s["id"] for s in first.get_json()["submissions"]] == as_it_was[:2]
    second = herlev.get(_link(first, "next"))
    assert [s["id"] for s in second.get_json()["submissions"]] == as_it_was[2:4]
