"""A submission's `channel` in the spec is the hub's one list of channels, and covers every channel the
hub writes (the lived demo's forms came in by `hub demo`, as channel `demo`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from api_support import Caller
from flask import Flask
from page_support import everyone_on_a_copy
from sqlalchemy import select

from hub.extensions import db
from hub.models import CHANNELS, Submission


@pytest.fixture(scope="module")
def app(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """A copy of the lived demo with a user of every role."""
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("api-channels")) as app:
        yield app


def test_the_spec_lists_every_channel_a_submission_can_have(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    channel = spec["components"]["schemas"]["SubmissionOut"]["properties"]["channel"]
    assert channel["enum"] == list(CHANNELS)
    with app.app_context():
        written = set(db.session.scalars(select(Submission.channel).distinct()))
    assert "demo" in written and written <= set(channel["enum"]), written


def test_a_demo_submission_is_answered_with_its_channel(app: Flask) -> None:
    """What the API answers for one of the demo's forms is a value its spec allows."""
    with app.app_context():
        first = db.session.scalar(
            select(Submission.id).where(Submission.municipality_code == "163").order_by(Submission.id)
        )
    body = Caller(app, "kommune-herlev").json(f"/api/submissions/{first}")
    assert body["channel"] == "demo"
