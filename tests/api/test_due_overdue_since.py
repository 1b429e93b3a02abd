"""The company's JSON export says a due item is overdue, and since when, as its page does (api-110).

On a copy of the lived demo, Falck Hovedstaden has not sent November's form: each intern owes mentor
hours for weeks 45-48, due Monday 30 November (`company_due`). On that day the page says "30. nov. 2026"
and the export's item is not overdue; on Monday 7 December the page says "forfalden siden 30. nov. 2026"
(fixes-109), and the export's item says `overdue_since` 2026-11-30. Before, the JSON had `due_on` only: a
program had to guess the page's rule and clock.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import lxml.html
import pytest
from accounts import bearer
from flask import Flask
from openapi_schema_validator import OAS30Validator
from page_support import client_of, demo_copy_fixture
from spec_walk import closed

from hub.services import company_files, company_page

demo = demo_copy_fixture("api-due-overdue", name="demo")
EXPORT = "/api/agreements/falck-hovedstaden/export?format=json&period=2026-11"
PAGE = "/company?agreement=falck-hovedstaden&period=2026-11"


def _on(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    """The day the page is read and the export made on: 09:00 in Copenhagen (08:00 UTC in winter)."""
    monkeypatch.setattr(company_page, "local_today", lambda: day)
    made = datetime(day.year, day.month, day.day, 8, 0, tzinfo=UTC)
    monkeypatch.setattr(company_files, "utcnow", lambda: made)


def _hours(demo: Flask, token: dict[str, str]) -> list[dict[str, object]]:
    response = demo.test_client().get(EXPORT, headers=token)
    assert response.status_code == 200, response.get_data(as_text=True)
    return [item for item in response.get_json()["due"] if item["form_type"] == "mentor_hours"]


def _page_says(demo: Flask) -> set[str]:
    html = client_of(demo, "falck").get(PAGE).get_data(as_text=True)
    rows = lxml.html.fromstring(html).xpath('//table[@id="due"]/tbody/tr[@data-kind="mentor_hours"]')
    return {" ".join(row.xpath("./td[4]")[0].text_content().split()) for row in rows}


@pytest.mark.usefixtures("demo_today")
def test_the_exports_due_item_says_overdue_since_when_the_page_does(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = bearer(demo, "falck")
    _on(monkeypatch, date(2026, 11, 30))
    hours = _hours(demo, token)
    assert hours and {(i["due_on"], i["overdue_since"]) for i in hours} == {("2026-11-30", None)}
    assert _page_says(demo) == {"30. nov. 2026"}

    _on(monkeypatch, date(2026, 12, 7))
    hours = _hours(demo, token)
    assert hours and {(i["due_on"], i["overdue_since"]) for i in hours} == {("2026-11-30", "2026-11-30")}
    assert _page_says(demo) == {"forfalden siden 30. nov. 2026"}

    # The spec names the field (every object closed: a key it does not name fails), a date or null.
    spec = demo.test_client().get("/api/openapi.json").get_json()
    due = spec["components"]["schemas"]["DueOut"]
    validator = OAS30Validator({**closed(due), "components": closed(spec["components"])})
    for item in hours + [{**hours[0], "overdue_since": None}]:
        validator.validate(item)
    assert due["properties"]["overdue_since"]["example"] == "2026-11-30"
    assert "overdue_since" in due["required"]
