"""A problem that names a form carries the form's title too (`form_title`), for the upload page's live
list (upload.js): `form` stays the config's id, the contract a client may already read."""

from __future__ import annotations

import tomllib
from typing import Any

from accounts import add_user, bearer
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from sqlalchemy import update

from hub.errors import FieldProblem
from hub.extensions import db
from hub.models import Submission, SubmissionItem
from hub.services import ingest

HERLEV = tomllib.loads((ROOT / "config" / "municipalities" / "herlev.toml").read_text(encoding="utf-8"))


def _rejected(app: Flask, problems: list[dict[str, Any]]) -> int:
    """A stored submission marked rejected with these problems, and one item with them too."""
    with app.app_context():
        sent = ingest.submit(db.session, b"x;y\n", "p.csv", "163", "web", "user:kommune-herlev")
        db.session.execute(
            update(Submission)
            .where(Submission.id == sent.submission_id)
            .values(status="rejected", problems=problems)
        )
        db.session.add(
            SubmissionItem(
                submission_id=sent.submission_id,
                position=1,
                label="row 2",
                label_da="række 2",
                status="rejected",
                problems=problems,
            )
        )
        db.session.commit()
        return int(sent.submission_id)


def test_a_problem_names_its_form_by_id_and_by_title(app: Flask) -> None:
    load_agreements(app)
    add_user(app, "kommune-herlev")
    form = next(f for f in HERLEV["forms"] if f["id"] == "mentorbevilling")  # its title is not its id
    problems = [
        FieldProblem("missing", "mangler", file="p.csv", form=form["id"], locator="row 2").to_dict(),
        FieldProblem("gone", "væk", file="p.csv", form="a-form-no-longer-configured").to_dict(),
        FieldProblem("not a form", "ikke en blanket", file="p.csv").to_dict(),
    ]
    submission_id = _rejected(app, problems)
    body = app.test_client().get(f"/api/submissions/{submission_id}", headers=bearer(app, "kommune-herlev"))
    named, gone, none = body.get_json()["problems"]
    assert (named["form"], named["form_title"]) == (form["id"], form["title"])
    assert (gone["form"], gone["form_title"]) == ("a-form-no-longer-configured",) * 2  # no title: the id
    assert "form_title" not in none  # the problem names no form
    [item] = body.get_json()["items"]
    assert item["problems"][0]["form_title"] == form["title"]


def test_the_spec_documents_form_title(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    title = spec["components"]["schemas"]["Problem"]["properties"]["form_title"]
    assert title["type"] == "string" and "title" in title["description"]
