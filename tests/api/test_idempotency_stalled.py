"""What a client sees when the first request of an `Idempotency-Key` stalls past its hold on SQLite
(api-104 noticed it, api-110 says it): its process, still storing, said no word for
`HUB_IDEMPOTENCY_HOLD_SECONDS`, so a retry takes the key over as it would a dead one's. The retry is
answered as a new upload: the file the first had stored comes back `duplicate` with the first's
`submission_id` (one submission, not two), and that answer is the key's from then on. The spec's words
for the header and the README's upload row say so."""

from __future__ import annotations

from datetime import timedelta

from accounts import add_user
from conftest import ROOT
from flask import Flask
from test_idempotency_dead_claims import _send, _unanswered

from hub.api.idempotency_key import HEADER
from hub.models.base import utcnow


def test_a_retry_after_the_first_stalled_past_its_hold_is_the_first_files_duplicate(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    first = _send(app)
    assert first.status_code == 202 and first.get_json()["files"][0]["outcome"] == "received"
    stored = first.get_json()["files"][0]["submission_id"]
    # The first request has stored its file and not answered: its process stalled, no renewal for 16 s.
    _unanswered(app, created_at=utcnow() - timedelta(seconds=16), renewed_at=None)
    retry = _send(app)
    assert retry.status_code == 202
    [file] = retry.get_json()["files"]
    assert (file["outcome"], file["submission_id"]) == ("duplicate", stored)
    # The retry's answer is the key's now: sent again, it is answered so again.
    assert _send(app).get_json() == retry.get_json()


def test_the_spec_and_the_readme_say_what_a_retry_after_a_stall_sees(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    upload = spec["paths"]["/api/submissions"]["post"]
    [key] = [p for p in upload["parameters"] if p["in"] == "header" and p["name"] == HEADER]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [row] = [line for line in readme.splitlines() if line.startswith("| `POST /api/submissions`")]
    for text in (key["description"], row):
        assert "stalls longer than" in text and "`HUB_IDEMPOTENCY_HOLD_SECONDS`" in text
        assert "`duplicate` with the first's `submission_id`" in text
