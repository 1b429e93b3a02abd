"""A query argument given twice is refused, by name, where an unknown one is (decision 0016, "Stop 46
(arguments)"): the API and the pages read the first value and dropped the other without a word, so
`?period=2026-08&period=2026-09` answered August as if that were all that was asked."""

from __future__ import annotations

import pytest
from accounts import add_user, sign_in
from flask import Flask
from flask.testing import FlaskClient
from marshmallow import ValidationError

from hub.web.query_once import once_each

PAYMENTS = "/api/agreements/falck-hovedstaden/payments"


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    add_user(app, "lead-gladsaxe")
    signed_in = app.test_client()
    sign_in(signed_in, "lead-gladsaxe")
    return signed_in


def test_the_api_refuses_a_repeated_argument_naming_it(client: FlaskClient) -> None:
    answer = client.get(f"{PAYMENTS}?period=2026-08&period=2026-09")
    assert answer.status_code == 422
    body = answer.get_json()
    assert body["code"] == "unprocessable_entity"  # the code an unknown argument gets
    assert [(p["locator"], p["field"], p["reason_en"], p["reason_da"]) for p in body["problems"]] == [
        ("query", "period", "Given 2 times; send it once.", "Angivet 2 gange; send den én gang.")
    ]
    assert body["message"].startswith("Query parameter 'period' (the period, e.g. 2026-10")
    assert body["message"].endswith("): given 2 times; send it once.")
    assert body["message_da"].startswith("Parameteren 'period' (perioden, fx 2026-10")
    assert body["message_da"].endswith("): angivet 2 gange; send den én gang.")


def test_the_api_still_takes_an_argument_given_once(client: FlaskClient) -> None:
    # The same operation with one period gets past its arguments (to the agreement it cannot find).
    answer = client.get(f"{PAYMENTS}?period=2026-08")
    assert answer.status_code == 404


def test_a_page_refuses_a_repeated_argument_as_it_refuses_a_bad_one(client: FlaskClient) -> None:
    answer = client.get("/dashboard?period=2026-08&period=2026-09")
    assert answer.status_code == 400  # as `?period=Q3` is
    page = answer.get_data(as_text=True)
    assert "Adressen angiver &#39;period&#39; 2 gange; angiv den kun én gang." in page
    asked = client.get("/dashboard?period=2026-08&period=2026-09", headers={"Accept": "application/json"})
    assert asked.get_json()["code"] == "repeated_argument"


def test_an_argument_that_is_a_list_by_design_may_be_repeated(app: Flask) -> None:
    with app.test_request_context("/api/x?kind=a&kind=b&page=1&page=2"):
        with pytest.raises(ValidationError) as refused:
            once_each({"kind": ["a", "b"], "page": 1})
        assert list(refused.value.messages) == ["page"]  # type: ignore[arg-type]
    with app.test_request_context("/api/x?kind=a&kind=b&page=1"):
        once_each({"kind": ["a", "b"], "page": 1})  # nothing to refuse
