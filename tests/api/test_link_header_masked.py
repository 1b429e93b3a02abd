"""A list's `Link` header carries the request's other arguments to every page; a free-text argument sent a
CPR number by mistake is carried masked (`XXXXXX-XXXX`), as every error body masks it, and markup and
line breaks percent-encoded. Since a filter naming no agreement of the caller's is a 404 (decision 0016,
"Stop 64: api-85"), `?agreement_id=` sent a CPR number gets no `Link` at all: its 404 masks it."""

from __future__ import annotations

from pathlib import Path

from accounts import add_user, bearer
from conftest import make_app

from hub.api.common import page_links


def test_an_agreement_id_that_is_a_cpr_number_is_a_404_that_masks_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    add_user(app, "kommune-herlev")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    answer = client.get("/api/placements?agreement_id=010190-1234", headers=herlev)
    assert answer.status_code == 404 and "Link" not in answer.headers
    text = answer.get_data(as_text=True)
    assert "1234" not in text and "010190" not in text
    assert answer.get_json()["message"] == "no agreement XXXXXX-XXXX, or you have no access to it"


def test_the_link_header_masks_a_cpr_number_and_encodes_markup(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    with app.test_request_context("/api/placements?note=010190-1234&page=1"):
        links = page_links(1, 25, 30)
    assert "1234" not in links and "010190" not in links
    assert "note=XXXXXX-XXXX&page=1" in links
    with app.test_request_context("/api/placements?note=%3Cb%3E%0d%0aX:1"):
        assert "note=%3Cb%3E%0D%0AX%3A1&page=1" in page_links(1, 25, 30)
