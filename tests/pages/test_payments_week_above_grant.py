"""A week of mentor hours above the grant, as the lead reads it on the payments page and a client in the
API (decision 0066), on a copy of the lived demo: its planted `above_grant` placement logs 1.5 hours
more than the grant in its first August week, a full week of 3 granted hours (hub.demo.lifecycle)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import lxml.html
import pytest
from accounts import bearer
from flask import Flask
from page_support import client_of, everyone_on_a_copy

URL = "/payments?agreement=falck-hovedstaden&period=2026-08"
API = "/api/agreements/falck-hovedstaden/payments?period=2026-08"


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("week-above")) as app:
        yield app


def _api(app: Flask) -> Any:
    return app.test_client().get(API, headers=bearer(app, "lead-gladsaxe")).get_json()


def test_the_api_says_the_week_in_english_and_the_line_pays_no_more_than_granted(demo: Flask) -> None:
    found = _api(demo)
    weeks = [g for g in found["gaps"] if g["kind"] == "week_above_grant"]
    # 3 + 1.5 = 4.5 hours in a week of 3 granted: 1.5 above it.
    planted = [g for g in weeks if g["reason_en"].startswith("4.5 hours in 2026-W")]
    assert planted, weeks
    assert planted[0]["hours"] == "1.50"
    assert planted[0]["reason_en"].endswith("; the grant covers 3 hours a week: 1.5 hours above it")
    for line in found["lines"]:  # nothing is ever paid above the hours granted or delivered
        granted, delivered = Decimal(line["granted_hours"]), Decimal(line["delivered_hours"])
        assert Decimal(line["claimable_hours"]) <= min(granted, delivered)


def test_the_lead_reads_it_in_danish_among_why_hours_are_not_paid(demo: Flask) -> None:
    page = client_of(demo, "lead-gladsaxe").get(URL).get_data(as_text=True)
    said = [
        " ".join(li.text_content().split()) for li in lxml.html.fromstring(page).xpath('//ul[@id="gaps"]/li')
    ]
    planted = [g for g in _api(demo)["gaps"] if g["reason_en"].startswith("4.5 hours in 2026-W")]
    week = planted[0]["reason_en"].split(" in 2026-W", 1)[1].split(";", 1)[0].lstrip("0")
    expected = f"4,5 timer i uge {week} 2026; bevillingen dækker 3 timer om ugen: 1,5 timer over den"
    assert any(item.endswith(expected) for item in said), said
