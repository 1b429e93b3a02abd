"""A partner's table of municipalities ends in a row it can read whole: the counts summed over every
municipality (each row shows them) and "–" where the rows hide the others' hours and claims. Its foot was
"I alt" with only its own claim total under rows of "–", which read as the partnership's total.

store.py's September 2026 (test_dashboard_numbers.py, by hand): Herlev's (163) claim is 2,356.75 of the
agreement's 5,893.25; with gaps 151 1, 163 1; with missing evidence 159 1. "Today" is the clock's, so the
day's counts are checked against the rows the page shows above the foot.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import lxml.html
from store import signed_in


def _cells(row: lxml.html.HtmlElement) -> list[str]:
    found: list[str] = []
    for cell in row.xpath("./th|./td"):
        found += [" ".join(cell.text_content().split())] * int(cell.get("colspan", "1"))
    return found


def _table(page: str) -> tuple[list[str], list[list[str]], list[str]]:
    """The table's column headings, its rows' cells and its foot's, a cell a column."""
    table = lxml.html.fromstring(page).xpath('//table[@id="municipalities"]')[0]
    head = [" ".join(th.text_content().split()) for th in table.xpath("./thead//th")]
    (foot,) = table.xpath("./tfoot/tr")
    return head, [_cells(tr) for tr in table.xpath("./tbody/tr")], _cells(foot)


def test_a_partner_s_total_sums_what_it_sees_and_hides_what_it_does_not(tmp_path: Path) -> None:
    lead, partner = signed_in(tmp_path, "lead-gladsaxe", "kommune-herlev")
    head, rows, foot = _table(partner.get("/municipality?month=2026-09").get_data(as_text=True))
    assert len(rows) == 5  # Falck Hovedstaden's five municipalities

    def summed(column: str) -> str:
        return str(sum(int(cells[head.index(column)]) for cells in rows))

    assert dict(zip(head, foot, strict=True)) == {
        "Kommune": "Alle kommuner",
        "Besat i dag": summed("Besat i dag"),
        "Slutter inden for 14 dage": summed("Slutter inden for 14 dage"),
        "Bevilgede timer": "–",
        "Leverede timer": "–",
        "Forløb med afvigelser": "2",
        "Manglende dokumentation": "1",
        "Refusion (kr.)": "–",
    }
    # Its own claim is in its own row, never in a row that could be read as everyone's.
    own = next(cells for cells in rows if cells[0].startswith("Herlev"))
    assert own[head.index("Refusion (kr.)")] == "2.356,75"
    assert "2.356,75" not in foot
    # The lead's total is the agreement's claim, as before.
    _, _, foot = _table(lead.get("/dashboard?month=2026-09").get_data(as_text=True))
    assert (foot[0], foot[-1]) == ("I alt", "5.893,25")


def _kroner(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def test_the_lead_s_total_sums_every_column_above_it(tmp_path: Path) -> None:
    # The walk of stop 45: the lead's "I alt" left its counts and hours empty beside the agreement's claim.
    [lead] = signed_in(tmp_path, "lead-gladsaxe")
    head, rows, foot = _table(lead.get("/dashboard?month=2026-09").get_data(as_text=True))
    assert len(rows) == 5
    total = dict(zip(head, foot, strict=True))

    def summed(column: str) -> int:
        return sum(int(cells[head.index(column)]) for cells in rows)

    assert (total["Kommune"], total["Refusion (kr.)"]) == ("I alt", "5.893,25")
    assert (total["Forløb med afvigelser"], total["Manglende dokumentation"]) == ("2", "1")  # as above
    for column in ("Besat i dag", "Slutter inden for 14 dage"):
        assert total[column] == str(summed(column)), column
    for column in ("Bevilgede timer", "Leverede timer"):
        hours = sum(_kroner(cells[head.index(column)]) for cells in rows)
        assert total[column] and _kroner(total[column]) == hours, column
