"""Every read of personal data by a company or an auditor is an audit entry naming who read what
(DESIGN.md, "Who uses it"), on every endpoint of the access matrix either role may open, page or API,
file or JSON: a new endpoint that answers them without `scope.note_read` (or its download's entry) fails
here unless it is listed below as carrying no one's personal data. A HEAD sends nothing read and writes
nothing (`Principal.answer_has_body`); a download refuses it (`made_when_asked`). The cases come from the
access matrix; `unchecked` reads the app's URL map as the guard does, so that a route either role may
open that the matrix leaves out for it, or that is no GET, is named here too (stop 46)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
import test_access_matrix as access_matrix
from accounts import bearer
from flask import Flask
from matrix import OWN_AND_OTHER, Target
from sqlalchemy import or_, select

from hub.access import permission_roles
from hub.extensions import db
from hub.models import AuditEvent
from hub.web.guard import permission_of, requires

# The access matrix's own entries, requests and fixtures: its app is a copy of the lived demo of this
# module's own, with a user of every role and party.
ENTRIES, _client, _request = access_matrix.ENTRIES, access_matrix._client, access_matrix._request
matrix_app, targets, page_clients = (
    access_matrix.matrix_app,
    access_matrix.targets,
    access_matrix.page_clients,
)

# What these answer a company or an auditor names no citizen: an agreement's terms, sites and contacts
# at work. The upload page's list of the files its user sent names each record a file made by its intern
# and participant id since page-123, so it is a read (`read.submissions`, as the API's list of the same).
NO_PERSONAL_DATA = {
    "agreements.index",
    "agreements_api.list_agreements",
    "agreements_api.get_agreement",
    "upload.sent",  # a redirect to that list's page holding the line
}
READERS = ("company", "auditor")
CASES: list[tuple[tuple[str, str], str]] = sorted(
    (key, role)
    for key, item in ENTRIES.items()
    for role in READERS
    if key[1] == "GET" and role in item.roles and key[0] not in NO_PERSONAL_DATA
)
# What either role may send besides a GET, and why it is no read to check above.
NOT_GETS = {
    ("pages.logout", "POST"): "signing out answers with the sign-in page",
    ("session_clock.extend", "POST"): "the session's new end, and nothing else",
    # Its answer to a form sent again holds the earlier submission's items: logged as a read of that
    # submission (tests/api/test_submission_reads.py).
    ("submissions_api.upload", "POST"): "what became of the files the company sent",
    ("upload_sent.send", "POST"): "a redirect; the page it leads to says what became of the files sent",
}


def _entries(app: Flask, username: str) -> list[tuple[str, str]]:
    """(action, subject) of every audit entry by the user, a person or one of its tokens."""
    with app.app_context():
        actor = AuditEvent.actor
        query = select(AuditEvent.action, AuditEvent.subject).where(
            or_(actor == f"user:{username}", actor.startswith(f"user:{username} token:"))
        )
        return [tuple(row) for row in db.session.execute(query.order_by(AuditEvent.id))]


@dataclass
class Asked:
    """One request of the matrix's as its role's own user: its client and headers, its answer, and the
    user's audit entries before it and added by it."""

    client: Any
    headers: dict[str, str]
    response: Any
    before: list[tuple[str, str]]
    added: list[tuple[str, str]]


def _asked(
    matrix_app: Flask, page_clients: dict[str, Any], item: Any, username: str, target: Target
) -> Asked:
    client = _client(matrix_app, page_clients, item, username) if item.page else matrix_app.test_client()
    headers = {} if item.page else bearer(matrix_app, username)
    before = _entries(matrix_app, username)
    response = _request(client, item, target, headers)
    return Asked(client, headers, response, before, _entries(matrix_app, username)[len(before) :])


@pytest.mark.parametrize(("key", "role"), CASES, ids=[f"{k[0]}-{r}" for k, r in CASES])
@pytest.mark.usefixtures("demo_today")
def test_a_read_is_an_entry_and_a_head_is_none(
    matrix_app: Flask,
    targets: dict[str, Target],
    page_clients: dict[str, Any],
    key: tuple[str, str],
    role: str,
) -> None:
    """A GET the role may make on its own party's objects: an answer with a body is at least one entry
    by the user (its person or its token) naming a subject; a refusal is `read.refused`; a HEAD after it
    has no body and adds no entry."""
    item = ENTRIES[key]
    username = OWN_AND_OTHER[role][0]
    target = targets[username]
    asked = _asked(matrix_app, page_clients, item, username, target)
    client, headers, response, added = asked.client, asked.headers, asked.response, asked.added
    before = asked.before
    if response.status_code >= 300:
        # Refused on its own party (an original whose CPR its user may not see): said in the log too.
        assert [action for action, _ in added] == ["read.refused"], (response.status_code, added)
        return
    assert response.status_code == 200 and response.get_data()
    assert added, f"{key[0]} answered {username} with no audit entry"
    assert all(subject for _, subject in added)
    head = client.open(item.path(target), method="HEAD", headers=headers, **item.send(target))
    assert head.status_code in (200, 405) and head.get_data() == b""
    assert _entries(matrix_app, username)[len(before) + len(added) :] == []


NAMING_NO_ONE = sorted(
    (key, role)
    for key, item in ENTRIES.items()
    for role in READERS
    if key[1] == "GET"
    and role in item.roles
    and key[0] in NO_PERSONAL_DATA
    # Answered on its own target, not refused: the company's target submission is a municipality's form.
    and item.exceptions.get(f"{role}/own", item.ok) < 400
)


@pytest.mark.parametrize(("key", "role"), NAMING_NO_ONE, ids=[f"{k[0]}-{r}" for k, r in NAMING_NO_ONE])
@pytest.mark.usefixtures("demo_today")
def test_an_answer_naming_no_one_is_no_entry(
    matrix_app: Flask,
    targets: dict[str, Target],
    page_clients: dict[str, Any],
    key: tuple[str, str],
    role: str,
) -> None:
    """The other half of "every read logged": what is listed as naming no one's personal data writes no
    entry, so an entry always means someone's data was read (and a list above that hid a read is seen
    the day its route starts to log one)."""
    item = ENTRIES[key]
    username = OWN_AND_OTHER[role][0]
    asked = _asked(matrix_app, page_clients, item, username, targets[username])
    assert asked.response.status_code == item.ok
    assert asked.added == []


def test_the_list_of_no_personal_data_names_live_endpoints() -> None:
    assert NO_PERSONAL_DATA <= {endpoint for endpoint, _ in ENTRIES}


def unchecked(app: Flask) -> set[str]:
    """Each route of the app a company or an auditor may open (by its permission, read from the URL map
    as the guard reads it, not from the access matrix) that this module neither requests as a read by
    that role, nor lists as carrying no personal data, nor as a request other than a GET:
    "METHOD endpoint (role)"."""
    found = set()
    for rule in app.url_map.iter_rules():
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            needed = permission_of(app, rule.endpoint, method)
            if needed in (None, "public") or rule.endpoint in NO_PERSONAL_DATA:
                continue
            if (rule.endpoint, method) in NOT_GETS:
                continue
            for role in sorted(permission_roles(needed) & set(READERS)):
                if ((rule.endpoint, method), role) not in CASES:
                    found.add(f"{method} {rule.endpoint} ({role})")
    return found


def test_every_route_a_company_or_an_auditor_may_open_is_checked_here(app: Flask) -> None:
    """The cases above come from the access matrix: a route of the company's or the auditor's that it
    lists for neither role (or a POST, which it does not request) would be read unlogged unseen."""
    assert unchecked(app) == set()


def test_a_new_route_for_a_company_or_an_auditor_is_named_until_it_is_checked(app: Flask) -> None:
    def report() -> dict[str, str]:
        return {}

    app.add_url_rule("/company/report", "company.report", requires("company_form:submit")(report))
    app.add_url_rule("/audit/report", "auditor.report", requires("bundles:read")(report), methods=["POST"])
    app.add_url_rule("/admin/report", "admin_report", requires("users:admin")(report))
    assert unchecked(app) == {"GET company.report (company)", "POST auditor.report (auditor)"}


def test_the_requests_other_than_a_get_name_live_routes(app: Flask) -> None:
    live = {(rule.endpoint, method) for rule in app.url_map.iter_rules() for method in rule.methods or ()}
    assert set(NOT_GETS) <= live
