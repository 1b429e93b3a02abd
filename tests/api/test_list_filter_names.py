"""A list's filter that names an agreement or a municipality the caller cannot see is the 404 of a path
naming it, not a 200 with an empty list (decision 0016, "Stop 64: api-85"): a case system that mistyped
an agreement's id, or was given another party's, was told "nothing yet" and waited."""

from __future__ import annotations

from typing import Any

import pytest
from api_support import Caller
from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import select

from hub.extensions import db
from hub.models import Submission

app = demo_copy_fixture("api-list-filter-names")

LISTS = ("/api/submissions", "/api/placements")


def _refused(caller: Caller, url: str) -> dict[str, Any]:
    """The body of a 404 `not_found` that names no field (as another party's placement by its path)."""
    response = caller.get(url)
    assert response.status_code == 404, (url, response.get_data(as_text=True))
    body = response.get_json()
    assert body["code"] == "not_found" and body["problems"] == []
    return body


def test_the_lists_that_take_a_filter_naming_a_thing_are_these_two_and_say_404(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    found = {
        path
        for path, operations in spec["paths"].items()
        for operation in operations.values()
        if isinstance(operation, dict)
        and {"agreement_id", "municipality_code"}
        & {p.get("name") for p in operation.get("parameters", []) if p.get("in") == "query"}
    }
    assert found == set(LISTS)
    for path in LISTS:
        assert "404" in spec["paths"][path]["get"]["responses"], path


@pytest.mark.parametrize("path", LISTS)
def test_an_agreement_not_there_and_another_partys_are_one_404(app: Flask, path: str) -> None:
    lead = Caller(app, "lead-gladsaxe")
    nope = _refused(lead, f"{path}?agreement_id=nope")
    assert nope["message"] == "no agreement nope, or you have no access to it"
    assert nope["message_da"] == "Aftalen nope findes ikke, eller du har ikke adgang"
    # Gentofte's agreement, which exists: answered as the one that does not.
    other = _refused(lead, f"{path}?agreement_id=brfkredit")
    assert other["message"] == "no agreement brfkredit, or you have no access to it"
    assert lead.json(f"{path}?agreement_id=falck-hovedstaden")["total"] > 0


@pytest.mark.parametrize("path", LISTS)
def test_a_municipality_of_none_of_the_callers_agreements_is_404(app: Flask, path: str) -> None:
    # Gentofte (157) and København (101) are in no agreement Falck or Herlev is part of.
    for who in ("falck", "kommune-herlev"):
        body = _refused(Caller(app, who), f"{path}?municipality_code=0157")
        assert body["message"] == "no municipality 157, or you have no access to it"
        assert body["message_da"] == "Kommunen 157 findes ikke, eller du har ikke adgang"
        _refused(Caller(app, who), f"{path}?municipality_code=101")
    # Gladsaxe is Herlev's partner in Falck Hovedstaden: named in the agreement Herlev reads, so an
    # empty list is the truth (Herlev sees only its own citizens), not a refusal.
    assert Caller(app, "kommune-herlev").json(f"{path}?municipality_code=159")["total"] == 0


def test_a_value_the_callers_own_rows_carry_is_never_refused(app: Flask) -> None:
    """Herlev's submission of an agreement Herlev is not (or no longer) part of: the list shows it, so
    the filter naming that agreement finds it rather than 404."""
    herlev = Caller(app, "kommune-herlev")
    _refused(herlev, "/api/submissions?agreement_id=brfkredit")
    with app.app_context():
        row = db.session.scalars(select(Submission).where(Submission.municipality_code == "163")).first()
        assert row is not None
        kept, row.agreement_id = row.agreement_id, "brfkredit"
        db.session.commit()
        row_id = row.id
    try:
        body = herlev.json("/api/submissions?agreement_id=brfkredit")
        assert [s["id"] for s in body["submissions"]] == [row_id]
    finally:
        with app.app_context():
            db.session.get(Submission, row_id).agreement_id = kept  # type: ignore[union-attr]
            db.session.commit()
