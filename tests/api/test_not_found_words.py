"""A 404 of an object that does not exist or is another party's says both in English too, as the Danish
always did (decision 0016, "Stop 63: api-84"): "no placement 1, or you have no access to it", not "no
placement 1 for you", whose reader could not tell whether the id was wrong or the object someone else's."""

from __future__ import annotations

import pytest
from accounts import add_user, bearer
from flask import Flask

from hub.errors import missing_or_not_yours


@pytest.mark.parametrize(
    ("path", "english", "danish"),
    [
        (
            "/api/placements/1",
            "no placement 1, or you have no access to it",
            "Forløbet 1 findes ikke, eller du har ikke adgang",
        ),
        (
            "/api/records/7",
            "no record 7, or you have no access to it",
            "Posten 7 findes ikke, eller du har ikke adgang",
        ),
        (
            "/api/submissions/3",
            "no submission 3, or you have no access to it",
            "Indsendelsen 3 findes ikke, eller du har ikke adgang",
        ),
        (
            "/api/agreements/falck-nowhere",
            "no agreement falck-nowhere, or you have no access to it",
            "Aftalen falck-nowhere findes ikke, eller du har ikke adgang",
        ),
    ],
)
def test_a_404_says_missing_or_not_yours_in_both_languages(
    app: Flask, path: str, english: str, danish: str
) -> None:
    add_user(app, "kommune-herlev")
    answer = app.test_client().get(path, headers=bearer(app, "kommune-herlev"))
    assert answer.status_code == 404
    body = answer.get_json()
    assert (body["code"], body["message"], body["message_da"]) == ("not_found", english, danish)


def test_without_an_id_it_says_no_such_one() -> None:
    """The original document of a record, asked for without its own id (`hub.services.record_view`)."""
    refused = missing_or_not_yours("document", "Dokumentet")
    assert (refused.message, refused.message_da) == (
        "no such document, or you have no access to it",
        "Dokumentet findes ikke, eller du har ikke adgang",
    )
