"""An id in an API address that is not a number (`/api/submissions/abc`) is named: which id, what was
sent and that an id is a number, in the one problem-details shape (a 404 `not_found`, as an id past the
database's integers is), with the id in `problems` at the locator `path`. Pages keep "Siden findes ikke"
(decision 0016, "Stop 60: api-71")."""

from __future__ import annotations

import pytest
from accounts import add_user, bearer, sign_in
from flask import Flask

from hub.web.error_words import PAGES

# Every `<int:…>` of the API's routes (hub/api/submissions.py, placements.py, audit.py), by hand.
ADDRESSES = [
    ("/api/submissions/abc", "submission_id", "abc"),
    ("/api/placements/1e3", "placement_id", "1e3"),
    ("/api/placements/x/records", "placement_id", "x"),
    ("/api/records/-1", "record_id", "-1"),
    ("/api/audit/entries/first/proof", "event_id", "first"),
]


@pytest.mark.parametrize(("path", "name", "sent"), ADDRESSES)
def test_an_id_that_is_not_a_number_is_named(app: Flask, path: str, name: str, sent: str) -> None:
    add_user(app, "lead-gladsaxe")
    answer = app.test_client().get(path, headers=bearer(app, "lead-gladsaxe"))
    assert answer.status_code == 404 and answer.mimetype == "application/problem+json"
    body = answer.get_json()
    assert body["code"] == "not_found" and body["instance"] == path
    assert body["message"] == (
        f"The address's {name}, '{sent}', is not a number: an id is written in digits alone, e.g. 42."
    )
    assert (
        body["message_da"]
        == f"Adressens {name}, '{sent}', er ikke et tal: et id skrives kun med cifre, fx 42."
    )
    [problem] = body["problems"]
    assert (problem["locator"], problem["locator_da"], problem["field"]) == ("path", "adressen", name)
    assert problem["reason_en"] == "Not a number: an id is written in digits alone, e.g. 42."
    assert problem["reason_da"] == "Ikke et tal: et id skrives kun med cifre, fx 42."


def test_an_id_past_the_largest_says_the_largest(app: Flask) -> None:
    add_user(app, "lead-gladsaxe")
    answer = app.test_client().get(f"/api/submissions/{2**64}", headers=bearer(app, "lead-gladsaxe"))
    assert answer.status_code == 404
    [problem] = answer.get_json()["problems"]
    assert problem["field"] == "submission_id"
    assert problem["reason_en"] == "Larger than any id (at most 9223372036854775807)."


def test_an_unknown_address_and_a_page_say_only_no_such_page(app: Flask) -> None:
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    other = client.get("/api/submission/abc", headers=bearer(app, "lead-gladsaxe")).get_json()
    assert other["message"] == "There is no such page." and other["problems"] == []
    # A method the route does not take is no id's fault.
    assert client.post("/api/records/abc", headers=bearer(app, "lead-gladsaxe")).get_json()["problems"] == []
    sign_in(client, "lead-gladsaxe")
    page = client.get("/records/abc")
    assert page.status_code == 404 and f"<h1>{PAGES[404].heading_da}</h1>" in page.get_data(as_text=True)
    assert "record_id" not in page.get_data(as_text=True)
