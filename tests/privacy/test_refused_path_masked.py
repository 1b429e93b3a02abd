"""A company's refused request is an audit entry naming the path it asked for (`scope.note_refused`), and
a path is typed by whoever sends it: a CPR number in it is masked before the entry is written, as in any
other free text that reaches the audit log (docs/decisions/0065)."""

from __future__ import annotations

import pytest
from accounts import add_user, bearer
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import AuditEvent


@pytest.mark.parametrize(
    ("asked", "noted"),
    [
        ("/api/agreements/010190-1234", "/api/agreements/010190-XXXX"),
        ("/api/agreements/01%2001%2090%201234", "/api/agreements/010190-XXXX"),
    ],
)
def test_a_cpr_number_in_a_refused_path_is_masked(app: Flask, asked: str, noted: str) -> None:
    add_user(app, "falck")
    response = app.test_client().get(asked, headers=bearer(app, "falck"))
    assert response.status_code == 404
    with app.app_context():
        subjects = db.session.scalars(select(AuditEvent.subject).where(AuditEvent.action == "read.refused"))
        assert list(subjects) == [noted]
