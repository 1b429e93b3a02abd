"""One amount, one name across the pages: the dashboard's table of municipalities said "Refusion i alt
(kr.)" where the payments page said "Beløb (kr.)" for the same month's amount of the same municipality
(the walk of stop 45). Both say "Refusion (kr.)": it is the refund claimed (decision 0062, "Stop 45")."""

from __future__ import annotations

from pathlib import Path

import lxml.html
from store import signed_in

HERLEV = "163"  # store.py: Herlev's September 2026 claim is 2,356.75 (test_partner_total.py)


def _heading_and_cell(page: str, table: str) -> tuple[str, str]:
    """The heading of `table`'s last amount column (the refund) and Herlev's cell under it."""
    found = lxml.html.fromstring(page).xpath(f'//table[@id="{table}"]')[0]
    heads = [" ".join(th.text_content().split()) for th in found.xpath("./thead//th")]
    column = next(i for i, head in enumerate(heads) if head.endswith("(kr.)"))
    (row,) = found.xpath(f'./tbody/tr[@data-municipality="{HERLEV}"]')
    return heads[column], " ".join(row.xpath("./th|./td")[column].text_content().split())


def test_the_dashboard_and_the_payments_page_name_the_refund_alike(tmp_path: Path) -> None:
    [lead] = signed_in(tmp_path, "lead-gladsaxe")
    dashboard = _heading_and_cell(
        lead.get("/dashboard?month=2026-09").get_data(as_text=True), "municipalities"
    )
    payments = _heading_and_cell(
        lead.get("/payments?agreement=falck-hovedstaden&period=2026-09").get_data(as_text=True), "totals"
    )
    assert dashboard == payments == ("Refusion (kr.)", "2.356,75")
