"""Every refusal of the API's `period` is one family: code `bad_period`, status 400, `problems` naming
`period` at the query, `message` naming the parameter, whether the period was left out, written wrong,
not begun or of another kind (an integrator had `unprocessable_entity` for "2026-13" and `bad_period`
for next month). The tree sizes likewise answer `bad_tree_size` (422). Several arguments wrong at once
stay the 422 `unprocessable_entity` naming each (decision 0016, "Stop 60: api-71")."""

from __future__ import annotations

import pytest
from accounts import add_user, bearer
from flask import Flask

PAYMENTS = "/api/agreements/falck-hovedstaden/payments"
COMPLETENESS = "/api/municipalities/159/completeness"  # Gladsaxe claims per month


@pytest.mark.parametrize(
    "url",
    [
        f"{PAYMENTS}?period=2026-13",  # written wrong
        f"{PAYMENTS}?period=",  # empty
        f"{PAYMENTS}?period=2099-01",  # not begun
        COMPLETENESS,  # left out
        f"{COMPLETENESS}?period=2026-Q3",  # another kind than Gladsaxe claims per
    ],
)
def test_every_period_refusal_is_bad_period_naming_period(app: Flask, url: str) -> None:
    add_user(app, "lead-gladsaxe")
    answer = app.test_client().get(url, headers=bearer(app, "lead-gladsaxe"))
    body = answer.get_json()
    assert (answer.status_code, body["code"], body["title"]) == (
        400,
        "bad_period",
        "Period cannot be asked for",
    )
    [problem] = body["problems"]
    assert (problem["locator"], problem["field"], problem["field_en"]) == ("query", "period", "period")
    assert body["message"].startswith("Query parameter 'period' (the period")
    assert body["message_da"].startswith("Parameteren 'period' (perioden")


def test_a_period_beside_another_bad_argument_is_the_422_naming_each(app: Flask) -> None:
    add_user(app, "lead-gladsaxe")
    answer = app.test_client().get(f"{PAYMENTS}?period=2026-13&page=0", headers=bearer(app, "lead-gladsaxe"))
    body = answer.get_json()
    assert (answer.status_code, body["code"]) == (422, "unprocessable_entity")
    assert sorted(p["field"] for p in body["problems"]) == ["page", "period"]


@pytest.mark.parametrize("query", ["from_size=x", "from_size=0", "from_size=1&to_size=x"])
def test_a_tree_size_written_wrong_is_bad_tree_size(app: Flask, query: str) -> None:
    add_user(app, "revisor-ballerup")
    answer = app.test_client().get(f"/api/audit/consistency?{query}", headers=bearer(app, "revisor-ballerup"))
    body = answer.get_json()
    assert (answer.status_code, body["code"]) == (422, "bad_tree_size")
    assert [p["locator"] for p in body["problems"]] == ["query"]
