"""`HUB_API_LIMIT` is the calls a user may make, as the settings and the spec say: one count for all of
the API's operations, not that many to each one (a job reading agreements, placements and submissions
had it three times over, and a runaway one nineteen times)."""

from __future__ import annotations

from pathlib import Path

from accounts import add_user, bearer
from conftest import make_app


def test_the_limit_counts_a_users_calls_to_every_operation_together(tmp_path: Path) -> None:
    app = make_app(tmp_path, API_LIMIT="2/minute")
    add_user(app, "kommune-herlev")
    add_user(app, "lead-gladsaxe")
    client, herlev = app.test_client(), bearer(app, "kommune-herlev")
    answers = [client.get(url, headers=herlev).status_code for url in ("/api/agreements", "/api/placements")]
    assert answers == [200, 200]
    assert client.get("/api/submissions", headers=herlev).status_code == 429
    # Still a count per user: another user's calls are its own.
    assert client.get("/api/submissions", headers=bearer(app, "lead-gladsaxe")).status_code == 200
