"""The dashboards name their month `?period=`, as payments and the company's page do (the walk of stop 45:
the dashboards alone said `?month=`). A bookmarked `?month=` still shows its month; the API, which never
took `month`, still says it takes no such parameter."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from accounts import bearer
from store import signed_in

SEPTEMBER, OCTOBER = "Kommuner: september 2026", "Kommuner: oktober 2026"


def _shown(page: str) -> tuple[str, list[str]]:
    """The month the table of municipalities is for, and the names the page's month picker sends."""
    html = lxml.html.fromstring(page)
    heading = " ".join(html.xpath('string(//h2[@id="municipalities-heading"])').split())
    return heading, html.xpath('//form[contains(@class, "picker")]//select[@id="month"]/@name')


@pytest.mark.parametrize(
    ("user", "path"), [("lead-gladsaxe", "/dashboard"), ("kommune-herlev", "/municipality")]
)
def test_the_month_is_asked_as_the_period_and_an_old_bookmark_still_works(
    tmp_path: Path, user: str, path: str
) -> None:
    [client] = signed_in(tmp_path, user)
    assert _shown(client.get(f"{path}?period=2026-09").text) == (SEPTEMBER, ["period"])
    assert _shown(client.get(f"{path}?month=2026-09").text) == (SEPTEMBER, ["period"])  # bookmarked
    # Both in one URL (a kept link, then the picker): the picker's `period` is the choice.
    assert _shown(client.get(f"{path}?month=2026-09&period=2026-10").text)[0] == OCTOBER


def test_the_api_still_takes_no_month(tmp_path: Path) -> None:
    [client] = signed_in(tmp_path, "lead-gladsaxe")
    app = client.application
    answer = client.get(
        "/api/agreements/falck-hovedstaden/payments?month=2026-09", headers=bearer(app, "lead-gladsaxe")
    )
    assert answer.status_code == 422
    said = answer.get_json()["message_da"]
    # Not taken (`hub.web.argument_words`); the API's own `period` may be left out since stop 49 (the last
    # whole month), so the month typed is refused rather than read as that month.
    assert said.startswith("Parameteren 'month' findes ikke her."), said
    assert "period" not in said
