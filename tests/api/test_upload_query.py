"""An upload takes its choices as form fields, never from the URL: a lead's case system that put
`municipality=163` in the query (as it does for the lists) had it dropped in silence, and its partner's
file was sent as the lead's own municipality. Any query argument is a 422 naming it, nothing stored."""

from __future__ import annotations

import io

from accounts import add_user, bearer
from flask import Flask
from page_support import load_agreements
from sqlalchemy import func, select

from hub.extensions import db
from hub.models import Submission


def test_a_query_argument_on_an_upload_is_refused_naming_it(app: Flask) -> None:
    add_user(app, "lead-gladsaxe")
    answer = app.test_client().post(
        "/api/submissions?municipality=163",
        headers=bearer(app, "lead-gladsaxe"),
        data={"files": [(io.BytesIO(b"Navn;Timer\nA;1\n"), "timer.csv")]},
        content_type="multipart/form-data",
    )
    assert answer.status_code == 422, answer.get_data(as_text=True)
    body = answer.get_json()
    assert body["code"] == "unprocessable_entity"
    assert [(p["locator"], p["field"]) for p in body["problems"]] == [("query", "municipality")]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 0


def test_the_same_upload_with_the_choice_as_a_form_field_is_taken(app: Flask) -> None:
    load_agreements(app)
    add_user(app, "lead-gladsaxe")
    answer = app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "lead-gladsaxe"),
        data={"files": [(io.BytesIO(b"Navn;Timer\nA;1\n"), "timer.csv")], "municipality": "163"},
        content_type="multipart/form-data",
    )
    assert answer.status_code == 202, answer.get_data(as_text=True)
    [file] = answer.get_json()["files"]
    with app.app_context():
        assert db.session.get(Submission, file["submission_id"]).municipality_code == "163"
