"""`GET /api/audit/entries` for a municipality's staff (page-116, stop 70): the token's party scopes it as
`/audit-log` is scoped, in the query: the entries about its own citizens, the shared reads cut to its own,
never another municipality's whatever the filters, `total` and the pinned pages counting only those; a
company's or an auditor's token is refused; the read is an entry of its own."""

from __future__ import annotations

import pytest
from accounts import add_user, bearer
from audit_scope_support import citizens, plant
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import AuditEvent

HERLEV, GLADSAXE = "163", "159"


@pytest.mark.parametrize(
    "query", ["", "?action=read.", "?actor=falck", "?subject=placements", "?per_page=3&page=2"]
)
def test_a_partners_token_reads_only_its_own_citizens_entries(app: Flask, query: str) -> None:
    citizens(app, (HERLEV, GLADSAXE))
    planted = plant(app, (HERLEV, GLADSAXE))
    add_user(app, "kommune-herlev")
    client, headers = app.test_client(), bearer(app, "kommune-herlev")
    answer = client.get(f"/api/audit/entries{query}", headers=headers)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    body = answer.get_json()
    ids = {entry["id"] for entry in body["entries"]}
    assert not ids & set(planted.of[GLADSAXE])
    assert planted.participant[GLADSAXE] not in answer.get_data(as_text=True)
    if not query:  # every one of its own, and nothing else: this fresh log holds no other entry of it
        assert sorted(ids) == sorted(planted.of[HERLEV] + planted.shared)
        assert body["total"] == len(planted.of[HERLEV]) + 2


def test_the_leads_token_the_pinned_pages_and_the_read_logged(app: Flask) -> None:
    citizens(app, (HERLEV, GLADSAXE))
    planted = plant(app, (HERLEV, GLADSAXE))
    for name in ("lead-gladsaxe", "falck", "revisor-ballerup"):
        add_user(app, name)
    client, headers = app.test_client(), bearer(app, "lead-gladsaxe")
    first = client.get("/api/audit/entries?per_page=5", headers=headers)
    body = first.get_json()
    assert body["total"] == len(planted.of[GLADSAXE]) + 2
    [after] = [part for part in first.headers["Link"].split(", ") if 'rel="next"' in part]
    second = client.get(after[after.index("/api/") : after.index(">")], headers=headers).get_json()
    shown = [e["id"] for e in body["entries"] + second["entries"]]
    assert sorted(shown) == sorted(planted.of[GLADSAXE] + planted.shared)  # neither repeated nor skipped
    with app.app_context():
        read = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "read.audit_log")).first()
        assert read is not None and read.actor.startswith("user:lead-gladsaxe token:")
        assert (read.detail["party"], read.detail["as"], read.detail["entries"]) == (
            "municipality 159",
            "api",
            5,
        )
    for refused in ("falck", "revisor-ballerup"):
        assert client.get("/api/audit/entries", headers=bearer(app, refused)).status_code == 403
