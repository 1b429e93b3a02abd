"""The dashboard's table of municipalities has a Places column only for an agreement that allots places to
its municipalities (BRFkredit: 3 each); Falck Hovedstaden allots its places to sites, and a column of "–"
on every row said nothing."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest
from flask import Flask
from page_support import client_of, everyone_on_a_copy


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("places")) as app:
        yield app  # everyone of tests/accounts.py, lead-gentofte (157) among them


def _table(app: Flask, user: str, url: str) -> tuple[list[str], dict[str, list[str]], list[str]]:
    page = lxml.html.fromstring(client_of(app, user).get(url).get_data(as_text=True))
    table = page.xpath('//table[@id="municipalities"]')[0]
    head = [" ".join(th.text_content().split()) for th in table.xpath("./thead//th")]
    rows = {
        tr.get("data-municipality"): [" ".join(c.text_content().split()) for c in tr.xpath("./th|./td")]
        for tr in table.xpath("./tbody/tr")
    }
    foot = table.xpath("./tfoot/tr")[0]
    width = sum(int(c.get("colspan", "1")) for c in foot.xpath("./th|./td"))
    return head, rows, [str(width)]


@pytest.mark.parametrize(
    ("user", "url", "places"),
    [
        # config/agreements/falck-hovedstaden.toml: places per site only.
        ("lead-gladsaxe", "/dashboard?agreement=falck-hovedstaden&month=2026-09", None),
        ("kommune-herlev", "/municipality?agreement=falck-hovedstaden&month=2026-09", None),
        # config/agreements/brfkredit.toml: [payment.places_per_municipality] 157 = 3, 173 = 3.
        ("lead-gentofte", "/dashboard?agreement=brfkredit&month=2026-09", {"157": "3", "173": "3"}),
    ],
)
def test_places_is_a_column_only_when_municipalities_are_allotted_places(
    demo: Flask, user: str, url: str, places: dict[str, str] | None
) -> None:
    head, rows, (width,) = _table(demo, user, url)
    assert rows
    assert ("Pladser" in head) == (places is not None)
    assert all(len(cells) == len(head) for cells in rows.values())
    assert int(width) == len(head)  # the total's row spans the table, no more
    if places is not None:
        column = head.index("Pladser")
        assert {code: cells[column] for code, cells in rows.items()} == places
