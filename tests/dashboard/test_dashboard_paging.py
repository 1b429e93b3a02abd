"""Every row of a dashboard's list can be reached: each list is shown 20 rows at a time with links to the
pages beside (`?missing_page=2`), as the upload list is; and named citizens are listed by municipality in
the Danish order of the municipalities' names, not by code.

The last stop found the lists cut at 20 rows ("Showing the first 20 of 61") with no way to the rest.
The store is `store.py`'s, with 60 more placements like A (Gladsaxe, Søborg, a progress report missing in
September): Gladsaxe has 61 placements missing evidence in September, 61 running on 1 December 2026
(A and the 60; C ended in August).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest
import web_pages
from accounts import add_user, sign_in
from conftest import make_app
from flask import Flask
from store import build, more

from hub.extensions import db
from hub.schemas.municipalities import by_name, danish_sort_key

matrix_app = web_pages.matrix_app


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    app = make_app(tmp_path_factory.mktemp("paging"))
    build(app)
    more(app, 60)
    add_user(app, "lead-gladsaxe")
    yield app
    with app.app_context():
        db.engine.dispose()


def _walk(client: object, url: str, table: str) -> tuple[list[str], list[str]]:
    """The row names of `table` on every page, following its pager's "next" link; and the links."""
    names, links = [], []
    while url:
        answer = client.get(url)  # type: ignore[attr-defined]
        assert answer.status_code == 200, url
        page = lxml.html.fromstring(answer.text)
        rows = page.xpath(f"//table[@id='{table}']/tbody/tr/th//a")
        assert 0 < len(rows) <= 20, url
        names += [row.text_content() for row in rows]
        following = page.xpath(f"//nav[@class='pager'][@aria-describedby='{table}-heading']//a[@rel='next']")
        url = following[0].get("href") if following else ""
        links += [url] if url else []
    return names, links


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize(
    ("path", "table", "total"),
    [("/dashboard?month=2026-09", "missing", 61), ("/municipality?month=2026-09", "running", 61)],
)
def test_every_row_of_a_long_list_can_be_reached(large: Flask, path: str, table: str, total: int) -> None:
    client = large.test_client()
    sign_in(client, "lead-gladsaxe")
    names, links = _walk(client, path, table)
    assert len(names) == total and len(set(names)) == total  # 20 + 20 + 20 + 1, each once
    assert len(links) == 3
    for n, link in enumerate(links, start=2):
        asked = parse_qs(urlsplit(link).query)
        assert asked["month"] == ["2026-09"] and asked[f"{table}_page"] == [str(n)]
        assert urlsplit(link).fragment == f"{table}-heading"  # back at the list, not the page's top


@pytest.mark.usefixtures("demo_today")
def test_a_page_past_the_end_shows_the_last_and_other_lists_keep_their_page(large: Flask) -> None:
    client = large.test_client()
    sign_in(client, "lead-gladsaxe")
    page = lxml.html.fromstring(client.get("/dashboard?month=2026-09&missing_page=99").text)
    assert len(page.xpath("//table[@id='missing']/tbody/tr")) == 1  # 61 = 3 × 20 + 1
    assert "Viser 61–61 af 61." in page.xpath("string(//p[@id='missing-shown'])")
    earlier = page.xpath("//nav[@aria-describedby='missing-heading']//a[@rel='prev']")[0].get("href")
    assert parse_qs(urlsplit(earlier).query)["missing_page"] == ["3"]


def test_municipalities_in_danish_alphabetical_order() -> None:
    # Worked out by hand: æ, ø, å after z, and "aa" as å (Aalborg and Aarhus after Ærø).
    codes = ["851", "169", "751", "163", "492", "190", "159", "151"]
    assert by_name(codes) == ["151", "190", "159", "163", "169", "492", "851", "751"]
    assert sorted(["Århus", "Ølstykke", "Zealand", "Æble"], key=danish_sort_key) == [
        "Zealand",
        "Æble",
        "Ølstykke",
        "Århus",
    ]


@pytest.mark.usefixtures("demo_today")
def test_named_lists_go_by_municipality_name(matrix_app: Flask) -> None:
    """The lead's lists of named citizens in the lived demo's August: Furesø (190) before Gladsaxe (159),
    as their names sort and their codes do not."""
    client = matrix_app.test_client()
    sign_in(client, "lead-gladsaxe")
    page = lxml.html.fromstring(client.get("/dashboard?month=2026-08").text)
    for table in ("missing", "gaps"):
        shown = [cell.text_content() for cell in page.xpath(f"//table[@id='{table}']/tbody/tr/td[2]")]
        assert shown == sorted(shown, key=danish_sort_key), table
    missing = [cell.text_content() for cell in page.xpath("//table[@id='missing']/tbody/tr/td[2]")]
    assert missing.index("Furesø") < missing.index("Gladsaxe")
