"""A page number too large for the database (stop 51's walk): `/upload?page=99999999999999999999999` was
"Der opstod en fejl i hubben (Fejl 500)", its OFFSET more than SQLite's integers hold. A number past the
end is the last page, as `hub.web.paging` says of every list: so is this one."""

from __future__ import annotations

import lxml.html
import pytest
from accounts import add_everyone, sign_in
from flask import Flask
from page_support import load_agreements

HUGE = "99999999999999999999999"  # more than 2**63, SQLite's largest integer


@pytest.mark.parametrize(
    ("who", "url"),
    [
        ("lead-gladsaxe", f"/upload?page={HUGE}"),
        ("falck", f"/company?agreement=falck-hovedstaden&page={HUGE}"),
        ("lead-gladsaxe", f"/audit?period=2026-10&page={HUGE}"),
        ("lead-gladsaxe", f"/dashboard?ending_page={HUGE}&missing_page={HUGE}&gaps_page={HUGE}"),
    ],
)
@pytest.mark.usefixtures("demo_today")
def test_a_page_number_past_any_list_is_no_error(app: Flask, who: str, url: str) -> None:
    load_agreements(app)
    add_everyone(app)
    client = app.test_client()
    sign_in(client, who)
    answer = client.get(url)
    assert answer.status_code == 200, url
    page = lxml.html.fromstring(answer.get_data(as_text=True))
    assert page.xpath("//h1") and "Fejl" not in page.xpath("//title")[0].text_content()


def test_the_requested_page_is_bounded(app: Flask) -> None:
    from hub.web.paging import MOST_PAGES, requested_page  # here: the pages' test above runs without it

    with app.test_request_context(f"/upload?page={HUGE}"):
        assert requested_page() == MOST_PAGES
    with app.test_request_context("/upload?page=7"):
        assert requested_page() == 7
