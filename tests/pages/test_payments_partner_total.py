"""A partner's payments page summed the refund column's "I alt" as its own amount only, under the other
municipalities' "–": 236,50 kr. where the lead's page says 1.182,50 for the same agreement and month,
and the partner's own page says "–" in its "Alle kommuner" row (stop 50's walk). The refund's sum is now
left out as the hours' sums are when a municipality's figure is not the partner's to see: "–", as its
dashboard's foot says (stop 60; an empty cell read as nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import lxml.html
import pytest
from flask import Flask
from page_support import client_of, everyone_on_a_copy

URL = "/payments?agreement=falck-hovedstaden&period=2026-09"


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("partner-total")) as app:
        yield app


def _totals(app: Flask, username: str) -> tuple[list[str], str]:
    page = lxml.html.fromstring(client_of(app, username).get(URL).get_data(as_text=True))
    rows = page.xpath('//table[@id="totals"]/tbody/tr/td[5]')
    total = page.get_element_by_id("total-amount").text_content().strip()
    return [" ".join(cell.text_content().split()) for cell in rows], total


def _kroner(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def test_a_partner_is_given_no_total_refund_of_its_own_amount_alone(demo: Flask) -> None:
    amounts, total = _totals(demo, "kommune-herlev")
    assert "–" in amounts and any(a != "–" for a in amounts)  # its own amount, the others' hidden
    assert total == "–"


def test_the_lead_still_gets_the_total_of_every_municipalitys_refund(demo: Flask) -> None:
    amounts, total = _totals(demo, "lead-gladsaxe")
    assert "–" not in amounts
    assert _kroner(total) == sum(_kroner(a) for a in amounts) > 0
