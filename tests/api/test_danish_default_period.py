"""Without a period, the pages, the API and the command line take the last whole month of the Danish day,
not of the server's: at 23.30 UTC on 31 December 2026 it is 00.30 on 1 January 2027 in Denmark, so
December is over and is the default, where the server's UTC day would still give November.

The clock is pinned with a `ZoneInfo`, as in tests/exports/test_danish_today.py, so that time-machine also
sets the process's zone to UTC: the server's `date.today()` is then the UTC day, as on the hub's servers.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import time_machine
from api_support import Caller
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import client_of, demo_copy_fixture

from hub.cli import cli

app = demo_copy_fixture("api-danish-default-period")
# Thursday 31 December 2026 23:30 UTC is Friday 1 January 2027 00:30 in Denmark (CET, UTC+1).
NEW_YEAR_0030 = datetime(2026, 12, 31, 23, 30, tzinfo=ZoneInfo("UTC"))
DANISH_LAST_WHOLE = "2026-12"  # the month before the Danish 1 January 2027


def test_a_pages_default_period_is_the_danish_last_whole_month(app: Flask) -> None:
    with time_machine.travel(NEW_YEAR_0030, tick=False):
        page = client_of(app, "falck").get("/company?agreement=falck-hovedstaden")
    html = page.get_data(as_text=True)
    assert page.status_code == 200, html
    assert f'<option value="{DANISH_LAST_WHOLE}" selected>' in html
    # The month picker starts at the Danish month: January 2027 has begun.
    assert '<option value="2027-01"' in html


def test_the_apis_default_period_is_the_danish_last_whole_month(app: Flask) -> None:
    with time_machine.travel(NEW_YEAR_0030, tick=False):
        export = Caller(app, "falck").get("/api/agreements/falck-hovedstaden/export?format=json")
    assert export.status_code == 200, export.get_data(as_text=True)
    assert json.loads(export.get_data())["period"]["label"] == DANISH_LAST_WHOLE


def test_the_command_lines_default_period_is_the_danish_last_whole_month(app: Flask, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    args = ["export", "company", "falck-hovedstaden", "--format", "json", "--out", str(out)]
    with time_machine.travel(NEW_YEAR_0030, tick=False):
        result = FlaskCliRunner(app).invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["period"]["label"] == DANISH_LAST_WHOLE
