"""Every error answer has the one shape the README promises, `problems` included (empty when no field is
to blame), and a problem's locator is said in Danish too."""

from __future__ import annotations

from accounts import add_user, bearer
from flask import Flask

from hub.web.errors import argument_problems


def test_401_403_and_404_carry_an_empty_list_of_problems(app: Flask) -> None:
    add_user(app, "falck")
    client, company = app.test_client(), bearer(app, "falck")
    answers = [
        (401, client.get("/api/agreements")),
        (403, client.get("/api/municipalities/163/claim?period=2026-09", headers=company)),
        (404, client.get("/api/placements/999", headers=company)),
        (404, client.get("/api/no-such-thing", headers=company)),  # an unknown URL: Werkzeug's 404
    ]
    for status, answer in answers:
        assert answer.status_code == status, answer.request.path
        assert answer.get_json()["problems"] == [], answer.request.path


def test_a_bad_query_argument_is_located_in_danish_too(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    answer = app.test_client().get("/api/placements?per_page=0", headers=bearer(app, "kommune-herlev"))
    assert answer.status_code == 422
    [problem] = answer.get_json()["problems"]
    assert (problem["locator"], problem["locator_da"]) == ("query", "forespørgslen")


def test_every_place_an_argument_comes_from_has_a_danish_word() -> None:
    problems = argument_problems(
        {
            "form": {"municipality": ["Not a valid string."]},
            "files": {"files": ["Missing data for required field."]},
        }
    )
    assert [(p["locator"], p["locator_da"]) for p in problems] == [
        ("form", "formularen"),
        ("files", "filerne"),
    ]
    assert all(p["reason_da"] and p["reason_da"] != p["reason_en"] for p in problems)
