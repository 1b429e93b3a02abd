"""`/admin/jobs` lists every status a submission can have, in the order of its life, zero included.
Before, the monitor kept its own list of statuses, written before `partial` existed: a partly accepted
submission was left out of the table while there was none, and listed after `failed` when there was."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from accounts import signed_in_client
from flask import Flask

# A submission's life: received, queued, processing, then one of accepted, partial (some of a document's
# records accepted, some rejected), rejected, failed.
LIFE = ["received", "queued", "processing", "accepted", "partial", "rejected", "failed"]


@pytest.fixture
def admin(app: Flask) -> Any:
    return signed_in_client(app, "admin")


def test_the_submissions_table_lists_every_status_in_the_order_of_a_submissions_life(admin: Any) -> None:
    page = lxml.html.fromstring(admin.get("/admin/jobs").get_data(as_text=True))
    rows = page.xpath("//table[@id='submissions']/tbody/tr")
    assert [row.get("data-status") for row in rows] == LIFE
    assert [row.xpath("string(td)").strip() for row in rows] == ["0"] * len(LIFE)
    partial = page.xpath("string(//table[@id='submissions']//tr[@data-status='partial']/th)")
    assert partial == "delvist godkendt"
