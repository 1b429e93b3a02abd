"""Without a period, the company's export and form are of the last whole month in the API, on the command
line and on the pages alike: one default, `hub.periods.default_period` (decision 0016, "Stop 41")."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from api_support import Caller
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import client_of, demo_copy_fixture

from hub.cli import cli
from hub.periods import default_period

app = demo_copy_fixture("api-default-period")
# `demo_today` is 1 December 2026: its last whole month is November.
LAST_WHOLE = "2026-11"


@pytest.mark.parametrize(
    ("today", "label"),
    [
        (date(2026, 12, 1), "2026-11"),  # the first of a month: the month before
        (date(2026, 12, 31), "2026-11"),  # its last day: still the month before
        (date(2027, 1, 15), "2026-12"),  # across the new year
        (date(2028, 3, 1), "2028-02"),  # a leap year's February, 1-29
    ],
)
def test_the_default_is_the_month_before_todays(today: date, label: str) -> None:
    period = default_period(today)
    assert (period.label, period.kind) == (label, "month")
    assert period.end < today  # whole: every day of it is over


@pytest.mark.usefixtures("demo_today")
def test_the_api_makes_the_export_and_form_of_the_last_whole_month(app: Flask) -> None:
    falck = Caller(app, "falck")
    export = falck.get("/api/agreements/falck-hovedstaden/export?format=json")
    assert export.status_code == 200, export.get_data(as_text=True)
    assert f'filename="export-falck-hovedstaden-{LAST_WHOLE}.json"' in export.headers["Content-Disposition"]
    assert json.loads(export.get_data())["period"]["label"] == LAST_WHOLE
    form = falck.get("/api/agreements/falck-hovedstaden/forms/mentor_hours?format=pdf")
    assert form.status_code == 200
    assert f"mentor_hours-falck-hovedstaden-{LAST_WHOLE}.pdf" in form.headers["Content-Disposition"]


@pytest.mark.usefixtures("demo_today")
def test_the_command_line_makes_the_export_of_the_last_whole_month(app: Flask, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    args = ["export", "company", "falck-hovedstaden", "--format", "json", "--out", str(out)]
    result = FlaskCliRunner(app).invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["period"]["label"] == LAST_WHOLE


@pytest.mark.usefixtures("demo_today")
def test_the_company_page_offers_the_same_month(app: Flask) -> None:
    html = client_of(app, "falck").get("/company?agreement=falck-hovedstaden").get_data(as_text=True)
    assert f'<option value="{LAST_WHOLE}" selected>' in html
