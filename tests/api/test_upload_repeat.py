"""An upload is safe to repeat, and the spec says so: a case system whose answer was lost (a timeout, a
dropped connection) sends the file again rather than looking for it first. The same bytes, under any
name, any number of times, are the one submission: 202, `duplicate`, the first sending's id and the same
`Location`, and no second row."""

from __future__ import annotations

import io

from accounts import add_user, bearer
from flask import Flask
from sqlalchemy import func, select

from hub.extensions import db
from hub.models import Submission

DATA = b"Navn;Timer\nA;1\n"


def test_the_same_bytes_sent_again_and_again_are_one_submission(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    answers = [
        app.test_client().post(
            "/api/submissions",
            headers=bearer(app, "kommune-herlev"),
            data={"files": [(io.BytesIO(DATA), name)]},
            content_type="multipart/form-data",
        )
        for name in ("timer.csv", "timer.csv", "timer (1).csv")
    ]
    assert [a.status_code for a in answers] == [202, 202, 202]
    files = [a.get_json()["files"][0] for a in answers]
    assert [f["outcome"] for f in files] == ["received", "duplicate", "duplicate"]
    assert len({f["submission_id"] for f in files}) == 1
    assert len({a.headers["Location"] for a in answers}) == 1
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 1


def test_the_spec_tells_an_integrator_to_send_again(app: Flask) -> None:
    intro = app.test_client().get("/api/openapi.json").get_json()["info"]["description"]
    assert "**Uploads are safe to repeat.**" in intro and "`duplicate`" in intro
    assert "send roligt igen" in intro  # and in Danish
