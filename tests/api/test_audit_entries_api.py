"""`GET /api/audit/entries` (page-113, stop 69): the admin's token lists the audit log's entries as
`hub audit log` and `/admin/audit-log` do, newest first, paged as the API's other lists (`page`,
`per_page`, `total`, `Link`), each entry's action in words in both languages; a bad filter is a 422 naming
its parameter; the read is an entry of its own; in the spec with its errors."""

from __future__ import annotations

from datetime import UTC, datetime

from accounts import add_user, bearer
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import AuditEvent
from hub.services import audit


def _entries(app: Flask, count: int) -> None:
    with app.app_context():
        for n in range(1, count + 1):
            entry = audit.append(
                db.session, "user:falck token:3", "read.record", f"record:{n}", {"version": n}
            )
            entry.occurred_at = datetime(2026, 12, 1, 23, 30, tzinfo=UTC)  # 00.30 on 2 December in Denmark
        audit.append(db.session, "worker", "submission.accepted", "submission:9", {})
        db.session.commit()


def test_the_admins_token_pages_the_filtered_entries(app: Flask) -> None:
    add_user(app, "admin")
    _entries(app, 30)
    client, headers = app.test_client(), bearer(app, "admin")
    answer = client.get("/api/audit/entries?actor=falck&per_page=25&page=2", headers=headers)
    assert answer.status_code == 200, answer.get_data(as_text=True)
    body = answer.get_json()
    assert (body["page"], body["per_page"], body["total"]) == (2, 25, 30)
    assert [e["subject"] for e in body["entries"]] == [f"record:{n}" for n in range(5, 0, -1)]
    assert body["entries"][0] | {"id": 0} == {
        "id": 0,
        "occurred_at": "2026-12-02T00:30:00+01:00",
        "actor": "user:falck token:3",
        "action": "read.record",
        "action_en": "Read a record",
        "action_da": "Læste en post",
        "subject": "record:5",
        "detail": {"version": 5},
    }
    links = answer.headers["Link"]
    assert (
        'page=1&per_page=25>; rel="first"' in links and "actor=falck" in links and 'rel="next"' not in links
    )
    # The day is Denmark's: 00.30 on 2 December is not 1 December's.
    assert (
        client.get("/api/audit/entries?actor=falck&until=2026-12-01", headers=headers).get_json()["total"]
        == 0
    )
    assert (
        client.get("/api/audit/entries?actor=falck&since=2026-12-02", headers=headers).get_json()["total"]
        == 30
    )
    # Each read is an entry of its own, by the admin's token, with the filter it asked.
    with app.app_context():
        query = select(AuditEvent).where(AuditEvent.action == "read.audit_log").order_by(AuditEvent.id)
        first = db.session.scalars(query).first()
        assert first is not None
        assert first.actor.startswith("user:admin token:")
        assert first.detail == {
            "party": "admin",
            "as": "api",
            "filter": {"actor": "falck"},
            "entries": 5,
            "page": 2,
        }


def test_a_bad_filter_is_a_422_naming_it(app: Flask) -> None:
    add_user(app, "admin")
    client, headers = app.test_client(), bearer(app, "admin")
    answer = client.get("/api/audit/entries?since=2026-09-02&until=2026-09-01", headers=headers)
    assert answer.status_code == 422
    [problem] = answer.get_json()["problems"]
    assert (problem["field"], problem["locator"]) == ("until", "query")
    assert problem["reason_en"] == "Before 'since' (2026-09-02): no day is in both."
    assert problem["reason_da"] == "Før 'since' (2026-09-02): ingen dag er i begge."
    answer = client.get("/api/audit/entries?since=soon", headers=headers)
    assert answer.status_code == 422
    assert answer.get_json()["problems"][0]["field"] == "since"


def test_no_other_role_reads_the_entries(app: Flask) -> None:
    # A municipality's staff read their own citizens' entries since stop 70 (`test_audit_entries_scoped`).
    for name in ("falck", "revisor-ballerup"):
        add_user(app, name)
        answer = app.test_client().get("/api/audit/entries", headers=bearer(app, name))
        assert answer.status_code == 403, name


def test_the_spec_documents_it_with_its_errors(app: Flask) -> None:
    spec = app.test_client().get("/api/openapi.json").get_json()
    operation = spec["paths"]["/api/audit/entries"]["get"]
    assert {"200", "401", "403", "422"} <= set(operation["responses"])
    names = {p["name"] for p in operation["parameters"] if p["in"] == "query"}
    assert names == {"page", "per_page", "action", "actor", "subject", "since", "until", "until_id"}


def test_a_day_at_the_calendars_end_bounds_nothing(app: Flask) -> None:
    """A 500 before review-115: `until=9999-12-31`'s next midnight is past Python's last day."""
    add_user(app, "admin")
    _entries(app, 2)
    client, headers = app.test_client(), bearer(app, "admin")
    for query in ("until=9999-12-31", "since=0001-01-01"):
        answer = client.get(f"/api/audit/entries?actor=falck&{query}", headers=headers)
        assert answer.status_code == 200, query
        assert answer.get_json()["total"] == 2, query


def test_following_next_neither_repeats_nor_skips_an_entry(app: Flask) -> None:
    """Each read of the log is an entry of its own, newest of all: unpinned, the next page began with the
    last entry of the page before it (review-115). The `Link` pages carry `until_id`, as the other
    newest-first lists' do."""
    add_user(app, "admin")
    _entries(app, 12)
    client, headers = app.test_client(), bearer(app, "admin")
    answer = client.get("/api/audit/entries?per_page=5", headers=headers)
    seen = [e["id"] for e in answer.get_json()["entries"]]
    total = answer.get_json()["total"]
    while 'rel="next"' in answer.headers["Link"]:
        [after] = [link for link in answer.headers["Link"].split(", ") if link.endswith('rel="next"')]
        answer = client.get(after[after.index("/api/") : after.index(">")], headers=headers)
        assert answer.get_json()["total"] == total  # the reads in between are not in the list paged
        seen += [e["id"] for e in answer.get_json()["entries"]]
    assert len(seen) == len(set(seen)) == total
    assert seen == sorted(seen, reverse=True)
