"""The lead's dashboard says what the company is owed, month by month and municipality by municipality
(page-119's finding 3: the lead's pages said what each citizen lacked, never what Falck is paid). Each
amount is checked against the payment run `hub payments` makes for the month, which prices the month's
lines itself and reads no dashboard total. A partner sees no such table: the others' amounts are not its."""

from __future__ import annotations

from decimal import Decimal

import lxml.html
import pytest
from flask import Flask
from page_support import client_of, demo_copy_fixture

from hub.extensions import db
from hub.periods import parse_period
from hub.services import payments

demo = demo_copy_fixture("company-owed", name="demo")
AGREEMENT = "falck-hovedstaden"
# The agreement's five municipalities, the lead first, then by name, as the table above it orders them.
CODES = ["159", "151", "190", "163", "169"]


def _kroner(text: str) -> Decimal:
    return Decimal(text.strip().replace(".", "").replace(",", "."))


def _owed(html: str) -> dict[str, dict[str, Decimal]]:
    """The table's amounts: month label -> municipality code -> kroner (and "total")."""
    table = lxml.html.fromstring(html).get_element_by_id("owed")
    heads = [td.get("data-municipality") for td in table.xpath("tbody/tr[1]/td")]
    assert heads[:-1] == CODES, heads
    found = {}
    for row in table.xpath("tbody/tr"):
        cells = row.xpath("td")
        amounts = {cell.get("data-municipality") or "total": _kroner(cell.text_content()) for cell in cells}
        found[row.get("data-month")] = amounts
    return found


@pytest.mark.usefixtures("demo_today")
def test_the_lead_reads_each_months_payment_to_the_company_per_municipality(demo: Flask) -> None:
    html = client_of(demo, "lead-gladsaxe").get(f"/dashboard?agreement={AGREEMENT}").text
    owed = _owed(html)
    # Today is 7 December 2026: the months newest first, down to the first with a payment (no row of zeros
    # for the months before the demo's hours), the demo's August–November among them.
    assert list(owed)[:5] == ["2026-12", "2026-11", "2026-10", "2026-09", "2026-08"]
    assert owed[list(owed)[-1]]["total"] > 0 and 5 <= len(owed) <= 12
    with demo.app_context():
        agreement = payments.agreement(db.session, AGREEMENT)
        for label in ("2026-08", "2026-09", "2026-10", "2026-11"):
            run = payments.PaymentRun(db.session, agreement, parse_period(label))
            for _item in run.items():
                pass
            expected = {code: totals.amount_dkk for code, totals in run.totals.items()}
            assert {code: owed[label][code] for code in CODES} == expected, label
            assert owed[label]["total"] == run.amount_dkk, label
    assert owed["2026-09"]["total"] > 0 and owed["2026-09"]["151"] > 0  # the demo's hours are paid
    page = lxml.html.fromstring(html)
    link = page.xpath('//table[@id="owed"]//tr[@data-month="2026-09"]/th/a')[0]
    assert link.get("href") == f"/payments?agreement={AGREEMENT}&period=2026-09"
    assert "(indtil nu)" in page.xpath('//table[@id="owed"]//tr[@data-month="2026-12"]/th')[0].text_content()
    assert "Det skal Falck Danmark have" in page.get_element_by_id("owed-heading").text_content()


@pytest.mark.usefixtures("demo_today")
def test_a_partner_and_the_company_read_no_table_of_it(demo: Flask) -> None:
    partner = client_of(demo, "kommune-herlev").get(f"/municipality?agreement={AGREEMENT}").text
    company = client_of(demo, "falck").get(f"/company?agreement={AGREEMENT}").text
    assert 'id="owed"' not in partner and 'id="owed"' not in company
