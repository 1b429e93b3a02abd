"""A list's `Link` header carries the request's other arguments to every page; a free-text filter sent
a CPR number by mistake (`?agreement_id=`, answered 200 with an empty list) was echoed there as sent,
where every error body masks it (`XXXXXX-XXXX`). Markup and line breaks are percent-encoded."""

from __future__ import annotations

from pathlib import Path

from accounts import add_user, bearer
from conftest import make_app


def test_the_link_header_masks_a_cpr_number_and_encodes_markup(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    add_user(app, "kommune-herlev")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    answer = client.get("/api/placements?agreement_id=010190-1234", headers=herlev)
    assert answer.status_code == 200
    links = answer.headers["Link"]
    assert "1234" not in links and "010190" not in links
    assert "agreement_id=XXXXXX-XXXX&page=1" in links
    answer = client.get("/api/placements?agreement_id=%3Cb%3E%0d%0aX:1", headers=herlev)
    assert "agreement_id=%3Cb%3E%0D%0AX%3A1&page=1" in answer.headers["Link"]
