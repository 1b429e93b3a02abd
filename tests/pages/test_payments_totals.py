"""The payments page's "I alt" sums every column of the municipalities above it, as the dashboard's does
(decision 0062, "Stop 45 (pages)"): it had the refund alone, beside empty cells under lines, hours and gaps.
A partner, who sees the other municipalities' counts but not their hours ("–"), gets the counts summed and
no sum of hours it could only see a part of."""

from __future__ import annotations

from decimal import Decimal

import lxml.html
import pytest
from flask import Flask
from page_support import client_of, demo_copy_fixture

demo = demo_copy_fixture("payments-totals", name="demo")
COLUMNS = ("lines", "granted", "delivered", "claimable", "amount", "gaps")


def _number(text: str) -> Decimal | None:
    """A Danish number as the page writes it ("5.541,25", "2"); None for "–" or nothing."""
    text = text.strip()
    return None if text in ("", "–") else Decimal(text.replace(".", "").replace(",", "."))


def _table(html: str) -> tuple[list[list[Decimal | None]], list[Decimal | None]]:
    """The totals table's rows of numbers (without the municipality) and its "I alt" row."""
    table = lxml.html.fromstring(html).get_element_by_id("totals")
    rows = [[_number(td.text_content()) for td in tr.xpath("td")] for tr in table.xpath("tbody/tr")]
    foot = {td.get("id"): _number(td.text_content()) for td in table.xpath("tfoot/tr/td")}
    return rows, [foot[f"total-{column}"] for column in COLUMNS]


@pytest.mark.usefixtures("demo_today")
def test_the_leads_in_all_sums_every_column(demo: Flask) -> None:
    rows, totals = _table(client_of(demo, "lead-gladsaxe").get("/payments?period=2026-09").text)
    assert len(rows) == 5, "the agreement's five municipalities"
    for n, total in enumerate(totals):
        column = [row[n] for row in rows]
        assert None not in column and total == sum(column), (COLUMNS[n], column, total)  # type: ignore[arg-type]
    assert totals[0] and totals[1], "September has lines and granted hours"


@pytest.mark.usefixtures("demo_today")
def test_a_partners_in_all_sums_the_counts_it_sees(demo: Flask) -> None:
    rows, totals = _table(client_of(demo, "kommune-herlev").get("/payments?period=2026-09").text)
    by_column = dict(zip(COLUMNS, totals, strict=True))
    assert by_column["lines"] == sum(row[0] for row in rows)  # type: ignore[misc]
    assert by_column["gaps"] == sum(row[5] for row in rows)  # type: ignore[misc]
    # Others' hours are "–" to it: no sum of a part is given as "I alt".
    assert any(row[1] is None for row in rows)
    assert by_column["granted"] is None and by_column["delivered"] is None and by_column["claimable"] is None
