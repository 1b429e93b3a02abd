"""`corrects` on an upload (page-93): the one rejected submission of the sender's that the file is the
fixed version of. Without it the API keeps today's rule (form, CPR and P-number); with it, what it names
must be the sender's own rejected submission and the upload one file, or the upload is refused whole,
naming the field, and nothing is stored."""

from __future__ import annotations

import io
from typing import Any

import pytest
from accounts import add_user, bearer
from flask import Flask
from sqlalchemy import func, select, update

from hub.extensions import db
from hub.models import Submission

DATA = b"Navn;Timer\nA;1\n"


def _send(app: Flask, user: str, *names: str, corrects: int | None = None) -> Any:
    data: dict[str, Any] = {"files": [(io.BytesIO(DATA + name.encode()), name) for name in names]}
    if corrects is not None:
        data["corrects"] = str(corrects)
    return app.test_client().post(
        "/api/submissions", headers=bearer(app, user), data=data, content_type="multipart/form-data"
    )


def _rejected(app: Flask, user: str) -> int:
    """A submission of `user`'s, marked rejected (its reading is not what is tested)."""
    sid = int(_send(app, user, "afvist.csv").get_json()["files"][0]["submission_id"])
    with app.app_context():
        db.session.execute(update(Submission).where(Submission.id == sid).values(status="rejected"))
        db.session.commit()
    return sid


def test_a_fixed_file_keeps_the_rejected_submission_it_names(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    refused = _rejected(app, "kommune-herlev")
    answer = _send(app, "kommune-herlev", "rettet.csv", corrects=refused)
    assert answer.status_code == 202
    with app.app_context():
        kept = db.session.get_one(Submission, answer.get_json()["files"][0]["submission_id"])
        assert kept.corrects_id == refused


@pytest.mark.parametrize("whose", ["another", "not_rejected", "two_files"])
def test_corrects_is_refused_unless_one_file_fixes_the_senders_own_rejected_one(
    app: Flask, whose: str
) -> None:
    add_user(app, "kommune-herlev")
    add_user(app, "kommune-ballerup")
    if whose == "another":
        named, names = _rejected(app, "kommune-ballerup"), ("rettet.csv",)
    elif whose == "not_rejected":
        named = int(_send(app, "kommune-herlev", "modtaget.csv").get_json()["files"][0]["submission_id"])
        names = ("rettet.csv",)
    else:
        named, names = _rejected(app, "kommune-herlev"), ("rettet.csv", "rettet-2.csv")
    with app.app_context():
        before = db.session.scalar(select(func.count()).select_from(Submission))
    answer = _send(app, "kommune-herlev", *names, corrects=named)
    assert answer.status_code == 422
    assert [p["field"] for p in answer.get_json()["problems"]] == ["corrects"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Submission)) == before
