"""An upload with a text that is no form beside a CSV form: the text is refused on its own, the form kept."""

from __future__ import annotations

from flask import Flask
from sqlalchemy import func, select
from test_uploads_service import HERLEV, LIMITS, golden, loaded  # noqa: F401 (loaded: a fixture)

from hub.extensions import db
from hub.models import Submission
from hub.services.ingest_types import Submitter
from hub.services.upload_zips import Incoming
from hub.services.uploads import upload


def test_a_text_without_columns_is_refused_alone_and_the_form_beside_it_kept(loaded: Flask) -> None:  # noqa: F811
    with loaded.app_context():
        files = [
            Incoming("noter.csv", b"Ring til mentoren\nhusk timesedlen\n"),  # saved as .csv, no table
            Incoming("p.csv", golden("herlev/placement.csv")),
        ]
        text, form = upload(db.session, HERLEV, Submitter(municipality_code="163"), files, LIMITS)
        assert (text.outcome, text.submission_id) == ("refused", None)
        (problem,) = text.problems
        assert problem.file == "noter.csv"
        assert "text without columns" in problem.reason_en and "tekst uden kolonner" in problem.reason_da
        assert (form.outcome, form.needs_queueing) == ("received", True)
        assert db.session.scalar(select(func.count()).select_from(Submission)) == 1
