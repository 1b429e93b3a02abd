"""What an error echoes of the request: `instance` is the path asked for, never its query string, and
no text of a problem details body carries a CPR number the caller typed into the path or a value. The
body goes where a URL should not (a case system's error log, a support ticket), as DESIGN.md says of
URLs the hub gives."""

from __future__ import annotations

from typing import Any

import pytest
from accounts import add_user, bearer
from flask import Flask

from hub.pseudonyms import holds_cpr_like

CPR = "0101901234"  # 1 January 1990: a date, so shaped as a CPR number


@pytest.mark.parametrize(
    ("username", "url", "status", "instance"),
    [
        # No such route: the router's 404 names the path.
        ("lead-gladsaxe", f"/api/citizens/{CPR}", 404, "/api/citizens/XXXXXX-XXXX"),
        # A path parameter that is text: the agreement's 404 quotes it.
        ("kommune-herlev", "/api/agreements/010190-1234", 404, "/api/agreements/XXXXXX-XXXX"),
        # A company asking for a record by a number: the record's 404.
        ("falck", f"/api/records/{CPR}", 404, "/api/records/XXXXXX-XXXX"),
        # A value the operation refuses: the period's 400 quotes it in `detail`, `message`s and `problems`.
        ("lead-gladsaxe", f"/api/municipalities/159/completeness?period={CPR}", 400, None),
        # An id in the path that is not a number: its 404 quotes it (stop 60, api-71).
        ("lead-gladsaxe", "/api/submissions/010190-1234", 404, "/api/submissions/XXXXXX-XXXX"),
        # A company form's kind: its 404 names the kinds there are beside the one asked for.
        ("falck", f"/api/agreements/a/forms/{CPR}?format=pdf", 404, "/api/agreements/a/forms/XXXXXX-XXXX"),
    ],
)
def test_a_problem_echoes_no_cpr_number_and_no_query(
    app: Flask, username: str, url: str, status: int, instance: str | None
) -> None:
    add_user(app, username)
    response = app.test_client().get(url, headers=bearer(app, username))
    assert response.status_code == status
    body: dict[str, Any] = response.get_json()
    text = response.get_data(as_text=True)
    assert not holds_cpr_like(text), text
    assert body["instance"] == (instance or url.split("?")[0])
    assert body["detail"] == body["message"]  # masked alike
