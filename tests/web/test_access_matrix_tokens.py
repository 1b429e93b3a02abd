"""Every API endpoint of the access matrix with an expired and a revoked token of a user who may use it
(decision 0015; stop 50's review): 401 before the view runs, saying only why (no data, not "not found",
which would tell the caller the object exists or not), whatever the role and the method. A token that
no longer works is one in the hands it was given to at best, and another's at worst."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
import test_access_matrix as access_matrix
from flask import Flask
from matrix import OWN_AND_OTHER, ROLES, Target, is_page

from hub.extensions import db
from hub.services import api_tokens, users

ENTRIES, _request = access_matrix.ENTRIES, access_matrix._request
matrix_app, targets = access_matrix.matrix_app, access_matrix.targets

CASES = sorted(
    (key, role, kind)
    for key, item in ENTRIES.items()
    if item.roles and not is_page(item)
    for role in ROLES
    if role in item.roles
    for kind in ("expired", "revoked")
)
# What each refusal says of itself (`token_expiry.TokenExpired`, `signing_in.from_bearer`).
LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)
CODES = {"expired": "token_expired", "revoked": "unauthenticated"}


@pytest.fixture(scope="module")
def dead_tokens(matrix_app: Flask) -> dict[tuple[str, str], dict[str, str]]:
    """Per own user of each role: the header of a token past its expiry, and of one revoked."""
    made = {}
    with matrix_app.app_context():
        for role in ROLES:
            username = OWN_AND_OTHER[role][0]
            user = users.user_by_name(db.session, username)
            assert user is not None
            old, raw_old = api_tokens.issue_token(db.session, user, "expired", "test", days=1)
            old.expires_at = LONG_AGO  # the matrix runs on the demo's clock, not today's
            gone, raw_gone = api_tokens.issue_token(db.session, user, "revoked", "test")
            api_tokens.revoke_token(db.session, None, gone.id, "test")
            db.session.commit()
            made[(username, "expired")] = {"Authorization": f"Bearer {raw_old}"}
            made[(username, "revoked")] = {"Authorization": f"Bearer {raw_gone}"}
    return made


@pytest.mark.parametrize(("key", "role", "kind"), CASES, ids=[f"{k[1]} {k[0]}-{r}-{d}" for k, r, d in CASES])
@pytest.mark.usefixtures("demo_today")
def test_a_dead_token_reads_nothing(
    matrix_app: Flask,
    targets: dict[str, Target],
    dead_tokens: dict[tuple[str, str], dict[str, str]],
    key: tuple[str, str],
    role: str,
    kind: str,
) -> None:
    item = ENTRIES[key]
    username = OWN_AND_OTHER[role][0]
    response: Any = _request(matrix_app.test_client(), item, targets[username], dead_tokens[(username, kind)])
    assert response.status_code == 401
    body = response.get_json()
    assert body["code"] == CODES[kind]
    assert set(body) <= {"type", "title", "status", "code", "message", "message_da", "problems", "detail"}
