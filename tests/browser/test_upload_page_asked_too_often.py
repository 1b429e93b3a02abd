"""The upload page follows each file it sent by asking the API for its status; an answer of "too many
calls" (429: `HUB_API_LIMIT` counts the page's questions too) or "not now" (503) is no failure of the
file: the page asks again when the answer says, and the file's status stays as it was."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from conftest import ROOT
from playwright.sync_api import Page, Route
from upload_support import pick_and_send

PLACEMENT = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
STATUS = re.compile(r"/api/submissions/\d+")


@pytest.mark.parametrize("refusal", [429, 503])
def test_a_status_asked_too_often_is_asked_again_not_failed(
    signed_in_page: Callable[..., Page], refusal: int
) -> None:
    page = signed_in_page("kommune-herlev")
    page.goto("/upload")
    asked: list[int] = []

    def first_refused(route: Route) -> None:
        asked.append(len(asked))
        if len(asked) == 1:
            route.fulfill(
                status=refusal,
                headers={"Retry-After": "1", "Content-Type": "application/problem+json"},
                body=json.dumps({"title": "Too Many Requests", "status": refusal}),
            )
        else:
            route.continue_()

    page.route(STATUS, first_refused)
    row = pick_and_send(page, PLACEMENT)
    # No worker runs here: the file waits in line, and the page asks again after the refusal, a second
    # later (its Retry-After), then as before. Each wait ends at the page's next question (the route
    # counts it), not after a time a busy machine may not keep.
    while len(asked) < 3:
        with page.expect_request(STATUS, timeout=30_000):
            pass
    assert row.get_attribute("data-status") == "queued"
