"""Staff's own reads of a citizen's personal data are audit entries too (decision 0062, "Stop 73:
page-134"): a lead's and a partner municipality's read of a record's page, of its original and of the
same record through the API each leave one entry of the kind a company's or an auditor's read leaves
(`read.record`, `read.document`), naming the reader and the record, never the CPR number; a page that
names no citizen leaves none. A staff refusal is logged where it asked for another municipality's
citizen, as a company's probe is ("Stop 74: page-136"), and only there."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from accounts import bearer
from flask import Flask
from page_support import client_of, demo_copy_fixture
from sqlalchemy import select

from hub.extensions import db
from hub.models import AuditEvent, Record, RecordVersion

app = demo_copy_fixture("staff-reads")
GLADSAXE, HERLEV = "159", "163"


def _record_and_cpr(app: Flask, code: str) -> tuple[int, str]:
    """The municipality's first placement record and its citizen's CPR number, from the database."""
    with app.app_context():
        row = db.session.execute(
            select(Record.id, RecordVersion.data)
            .join(
                RecordVersion,
                (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version),
            )
            .where(Record.municipality_code == code, Record.form_type == "placement")
            .order_by(Record.id)
        ).first()
    assert row is not None
    return row[0], row[1]["citizen"]["cpr"]


def _entries(app: Flask, username: str) -> list[AuditEvent]:
    """Every audit entry by the user, its person or one of its tokens, oldest first."""
    with app.app_context():
        actor = AuditEvent.actor
        mine = (actor == f"user:{username}") | actor.startswith(f"user:{username} ")
        query = select(AuditEvent).where(mine)
        found = list(db.session.scalars(query.order_by(AuditEvent.id)))
        db.session.expunge_all()
        return found


def _added(app: Flask, username: str, ask: Any) -> list[AuditEvent]:
    """The entries by the user that `ask()` added; the answer must have been a 200 with a body."""
    before = len(_entries(app, username))
    answer = ask()
    assert answer.status_code == 200 and answer.get_data(), answer.status_code
    return _entries(app, username)[before:]


@pytest.mark.parametrize(
    ("username", "party", "code"),
    [("lead-gladsaxe", "municipality 159", GLADSAXE), ("kommune-herlev", "municipality 163", HERLEV)],
)
def test_a_staff_read_of_a_citizen_is_one_entry_without_the_cpr_number(
    app: Flask, username: str, party: str, code: str
) -> None:
    record_id, cpr = _record_and_cpr(app, code)
    page = client_of(app, username)
    token = bearer(app, username)
    asks = {
        "page": (lambda: page.get(f"/records/{record_id}"), "read.record"),
        "original": (lambda: page.get(f"/records/{record_id}/original"), "read.document"),
        "api": (lambda: app.test_client().get(f"/api/records/{record_id}", headers=token), "read.record"),
    }
    for name, (ask, action) in asks.items():
        added = _added(app, username, ask)
        assert [(e.action, e.subject) for e in added] == [(action, f"record:{record_id}")], name
        entry = added[0]
        assert entry.actor.startswith(f"user:{username}"), entry.actor
        assert entry.detail["party"] == party
        written = json.dumps(entry.detail) + entry.subject
        assert cpr not in written and f"{cpr[:6]}-{cpr[6:]}" not in written, name


@pytest.mark.parametrize("username", ["lead-gladsaxe", "kommune-herlev"])
def test_a_staff_page_that_names_no_citizen_is_no_entry(app: Flask, username: str) -> None:
    page = client_of(app, username)
    assert _added(app, username, lambda: page.get("/agreements")) == []


@pytest.mark.parametrize(
    ("username", "url", "code"),
    [("lead-gladsaxe", "/dashboard", GLADSAXE), ("kommune-herlev", "/municipality", HERLEV)],
)
def test_a_dashboard_that_names_citizens_is_one_entry_naming_its_placements(
    app: Flask, username: str, url: str, code: str
) -> None:
    """The lead's dashboard and the partner's view list citizens by name and CPR number (running, ending,
    missing evidence, gaps): one `read.placements` entry naming the placements whose citizens the page
    names, as the API's list of placements is (review-136: page-134 took the dashboard for a page that
    names no citizen, and its reads went unlogged)."""
    page = client_of(app, username)
    answer = page.get(url)
    shown = {int(n) for n in re.findall(r'href="/records/([0-9]+)"', answer.get_data(as_text=True))}
    assert shown, "the demo's dashboard names citizens"
    added = _added(app, username, lambda: page.get(url))
    assert [e.action for e in added] == ["read.placements"]
    entry = added[0]
    with app.app_context():
        linked = set(db.session.scalars(select(Record.placement_id).where(Record.id.in_(shown))))
    # The placements of the citizens the page links to, each once, and no other.
    assert sorted(entry.detail["placements"]) == entry.detail["placements"] == sorted(linked)
    assert code in entry.detail["municipalities"]
    _, cpr = _record_and_cpr(app, code)
    written = json.dumps(entry.detail) + entry.subject
    assert cpr not in written and f"{cpr[:6]}-{cpr[6:]}" not in written


@pytest.mark.parametrize(
    ("username", "party", "whose"),
    [
        # A partner asking for another partner's citizen, a lead for a citizen outside its partnerships.
        ("kommune-herlev", "municipality 163", "151"),
        ("lead-gentofte", "municipality 157", GLADSAXE),
    ],
)
def test_a_staff_refusal_for_another_partys_citizen_is_one_entry(
    app: Flask, username: str, party: str, whose: str
) -> None:
    """Refused on the page and through the API, each one `read.refused` as a company's probe is: the path
    as subject, the status, the reader's party, and whose citizen it was (so it is on that
    municipality's own log)."""
    record_id, _ = _record_and_cpr(app, whose)
    page, token = client_of(app, username), bearer(app, username, "refused")
    asks = {
        "page": lambda: page.get(f"/records/{record_id}"),
        "api": lambda: app.test_client().get(f"/api/records/{record_id}", headers=token),
    }
    for name, ask in asks.items():
        before = len(_entries(app, username))
        assert ask().status_code == 404, name
        added = _entries(app, username)[before:]
        path = f"/api/records/{record_id}" if name == "api" else f"/records/{record_id}"
        assert [(e.action, e.subject) for e in added] == [("read.refused", path)], name
        assert added[0].detail == {"party": party, "status": 404, "municipality": whose}, name


def test_a_staff_refusal_naming_no_other_partys_data_stays_out_of_the_log(app: Flask) -> None:
    """A record id that names nothing, and a page of the operator's: refused, and no entry (a mistyped
    address is not a probe for another party's citizen)."""
    herlev = client_of(app, "kommune-herlev")
    before = len(_entries(app, "kommune-herlev"))
    assert herlev.get("/records/99999999").status_code == 404
    assert herlev.get("/admin/users").status_code == 403
    assert _entries(app, "kommune-herlev")[before:] == []
