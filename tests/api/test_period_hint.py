"""A `period` left out is asked for as the operation takes it: of a municipality's completeness, bundle
or claim, one of its claim periods (Ballerup claims per quarter, Herlev per month: their configs'
`claim_period`), in English in the API's `message` and in Danish in its `message_da` (no page takes a
`period` it can miss: each page has a default, and so have the payments and the company's export and
form: the last whole month). A municipality's operation asked by another's user: any period.
"""

from __future__ import annotations

import pytest
from accounts import add_user, bearer
from flask import Flask

MISSING = "Query parameter 'period' ({}) is missing."
MANGLER = "Parameteren 'period' ({}) mangler."


def _refused(app: Flask, user: str, path: str) -> tuple[str, str]:
    answer = app.test_client().get(path, headers=bearer(app, user))
    # The period alone refused: its own 400 `bad_period`, as one not begun (stop 60, api-71).
    assert answer.status_code == 400 and answer.get_json()["code"] == "bad_period", answer.text
    body = answer.get_json()
    return body["message"], body["message_da"]


@pytest.mark.parametrize(
    ("user", "path", "en", "da"),
    [
        (
            "revisor-ballerup",
            "/api/municipalities/151/bundle",
            "the period, a quarter, e.g. 2026-Q4",
            "perioden, et kvartal, fx 2026-Q4",
        ),
        (
            "revisor-ballerup",
            "/api/municipalities/151/completeness",
            "the period, a quarter, e.g. 2026-Q4",
            "perioden, et kvartal, fx 2026-Q4",
        ),
        (
            "kommune-herlev",
            "/api/municipalities/163/claim?agreement=falck-hovedstaden",
            "the period, a month, e.g. 2026-10",
            "perioden, en måned, fx 2026-10",
        ),
        # Another municipality's operation: refused anyway once asked right, so no hint of its kind.
        (
            "kommune-herlev",
            "/api/municipalities/151/completeness",
            "the period, e.g. 2026-10, 2026-Q4 or 2026-H2",
            "perioden, fx 2026-10, 2026-Q4 eller 2026-H2",
        ),
    ],
)
def test_the_missing_period_is_asked_for_as_the_municipality_claims(
    app: Flask, user: str, path: str, en: str, da: str
) -> None:
    add_user(app, user)
    assert _refused(app, user, path) == (MISSING.format(en), MANGLER.format(da))
