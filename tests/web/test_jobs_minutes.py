"""`/admin/jobs` says when its minutes are not a number it can use, keeps what was typed, and queues
nothing again for them; before, anything but 1–10080 silently became 30.
"""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from accounts import csrf_token, signed_in_client
from flask import Flask

DANISH = "Skriv minutterne som et helt tal fra 1 til 10080 (en uge); listen nedenfor bruger 30."
ENGLISH = "Give the minutes as a whole number from 1 to 10080 (a week); the list below uses 30."


@pytest.fixture
def admin(app: Flask) -> Any:
    return signed_in_client(app, "admin")


def _field(html: str) -> tuple[str, Any]:
    page = lxml.html.fromstring(html)
    error = page.xpath("string(//p[@id='minutes-error'])")
    return error, page.xpath("//input[@id='minutes']")[0]


@pytest.mark.parametrize("typed", ["abc", "0", "10081", "-5", "2.5", "٣"])
def test_minutes_that_cannot_be_used_are_said_at_the_field_and_kept(admin: Any, typed: str) -> None:
    answer = admin.get("/admin/jobs", query_string={"minutes": typed})
    assert answer.status_code == 400
    error, field = _field(answer.get_data(as_text=True))
    assert error == DANISH
    assert field.get("value") == typed and field.get("aria-invalid") == "true"
    assert field.get("aria-describedby") == "minutes-error"


def test_in_english_too(admin: Any) -> None:
    admin.post("/language", data={"lang": "en", "csrf_token": csrf_token(admin, "/admin/jobs")})
    error, _field_ = _field(admin.get("/admin/jobs?minutes=soon").get_data(as_text=True))
    assert error == ENGLISH


def test_queue_again_with_such_minutes_queues_nothing_and_says_why(admin: Any) -> None:
    token = csrf_token(admin, "/admin/jobs")
    answer = admin.post("/admin/jobs/requeue", data={"minutes": "ten", "csrf_token": token})
    assert answer.status_code == 400  # the page again, not a redirect after queueing
    error, field = _field(answer.get_data(as_text=True))
    assert error == DANISH and field.get("value") == "ten"


@pytest.mark.parametrize(("url", "shown"), [("/admin/jobs", "30"), ("/admin/jobs?minutes=45", "45")])
def test_no_minutes_or_good_ones_are_no_error(admin: Any, url: str, shown: str) -> None:
    answer = admin.get(url)
    assert answer.status_code == 200
    error, field = _field(answer.get_data(as_text=True))
    assert error == "" and field.get("value") == shown and field.get("aria-invalid") is None
