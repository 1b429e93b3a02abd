"""Every endpoint and page × every role × own party and another, from the app's URL map.

A new endpoint without an entry in a `matrix_*.py` module fails `test_every_endpoint_has_an_entry`; the
entries are written from DESIGN.md's table of who sees what, and each is requested for real against a copy
of the demo's data (the lived August–October), so that a party leak shows as a 200 where a 404 belongs.
"""

from __future__ import annotations

import importlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from accounts import PEOPLE, add_everyone, bearer, sign_in
from conftest import make_app
from cpr_names_support import name_files_after_citizens, plant_cpr_in_free_text
from flask import Flask
from matrix import OTHER_AGREEMENT, OWN_AND_OTHER, ROLES, Entry, Target, is_page
from sqlalchemy import select
from test_access_matrix_leaks import answer_leaks

from hub.extensions import db
from hub.models import (
    Agreement,
    AgreementMunicipality,
    Placement,
    PlacementSummary,
    Record,
    RecordVersion,
    Submission,
)
from hub.web.guard import CSRF_FREE

HERE = Path(__file__).parent
LIBRARY = {"static", "api-docs.openapi_json", "api-docs.openapi_swagger_ui"}


def all_entries() -> dict[tuple[str, str], Entry]:
    """Every `ENTRIES` of every `matrix_*.py` module beside this file, by endpoint and method."""
    found: dict[tuple[str, str], Entry] = {}
    for path in sorted(HERE.glob("matrix_*.py")):
        for item in importlib.import_module(path.stem).ENTRIES:
            key = (item.endpoint, item.method)
            assert key not in found, f"{key} has two entries"
            found[key] = item
    return found


ENTRIES = all_entries()


def _copy_sqlite(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def _copied(source: Path, tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """A copy of a data folder (database, blobs, signing key) in a new temporary folder; its path."""
    copy = tmp_path_factory.mktemp(name) / "var"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("hub.sqlite3*"))
    _copy_sqlite(source / "hub.sqlite3", copy / "hub.sqlite3")
    return copy


# The data folder `matrix_app` copies, prepared once a process (`_prepared`): fourteen modules ask for the
# matrix's data, and preparing it took some 2 CPU-s each, a copy 0.15 (decision 0058, stop 62).
_PREPARED: list[Path] = []


def _prepared(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The lived demo's data with a user of every role and party, each file named after its citizen and
    the citizen's number typed into its free text, prepared by the process's first module that asks, in
    a folder no test opens: each module then reads and writes a copy of its own, as when each prepared
    its own."""
    if not _PREPARED:
        folder = _copied(Path(lived_demo.config["DATA_DIR"]), tmp_path_factory, "matrix-prepared")
        app = make_app(folder.parent)
        add_everyone(app)
        with app.app_context():  # each file named after its citizen: the name goes where the file is named
            name_files_after_citizens()
            # And typed into the data's free text and quoted where each value was read (a sheet named after
            # the citizen): a masked bundle's records.jsonl masks both (decision 0065, stops 55 and 56).
            plant_cpr_in_free_text()
            db.engine.dispose()
        _PREPARED.append(folder)
    return _PREPARED[0]


@pytest.fixture(scope="module")
def matrix_app(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """A copy of the lived demo (database, blobs, signing key) with a user of every role and party, its
    files named after their citizens and their numbers in its free text: the module's own copy of the
    process's prepared folder (`_prepared`)."""
    app = make_app(_copied(_prepared(lived_demo, tmp_path_factory), tmp_path_factory, "matrix").parent)
    yield app
    with app.app_context():
        db.engine.dispose()


def _target(party: str, agreement_id: str, code: str) -> Target:
    session = db.session
    query = select(Placement).where(
        Placement.agreement_id == agreement_id, Placement.municipality_code == code
    )
    _, bound = PEOPLE[party]
    if bound.audit_start and bound.audit_end:  # an auditor's own placement is one that ran in its period
        query = query.join(PlacementSummary, PlacementSummary.placement_id == Placement.id).where(
            Placement.start <= bound.audit_end, PlacementSummary.last_day >= bound.audit_start
        )
    placement = session.scalar(query.order_by(Placement.id))
    assert placement is not None, (party, agreement_id, code)
    record = session.scalar(select(Record.id).where(Record.placement_id == placement.id).order_by(Record.id))
    submission = session.scalar(
        select(Submission.id)
        .where(Submission.municipality_code == code, Submission.status == "accepted")
        .order_by(Submission.id)
    )
    assert record is not None and submission is not None
    data = session.scalar(select(RecordVersion.data).where(RecordVersion.record_id == record)) or {}
    categories = tuple(str(data[k]) for k in ("benefit", "visitation") if data.get(k))
    cpr = str(data.get("citizen", {}).get("cpr", ""))
    return Target(
        party, agreement_id, code, placement.id, record, submission, placement.participant_id, cpr, categories
    )


def _agreement_of(code: str, lead: bool = False) -> str:
    query = select(AgreementMunicipality.agreement_id).where(AgreementMunicipality.municipality_code == code)
    if lead:
        query = query.where(AgreementMunicipality.role == "lead")
    found = db.session.scalars(query.order_by(AgreementMunicipality.agreement_id)).first()
    assert found is not None, code
    return found


def _company_target(party: str, cvr: str) -> Target:
    agreement = db.session.scalars(
        select(Agreement).where(Agreement.company_cvr == cvr).order_by(Agreement.id)
    ).first()
    assert agreement is not None, cvr
    return _target(party, agreement.id, agreement.lead_municipality)


@pytest.fixture(scope="module")
def targets(matrix_app: Flask) -> dict[str, Target]:
    """Each user's own objects: a lead's from the agreement it leads, a partner's and an auditor's from its
    municipality, a company's from its agreement. The admin's are the lead's (it has no party)."""
    with matrix_app.app_context():
        found = {
            "lead-gladsaxe": _target("lead-gladsaxe", _agreement_of("159", lead=True), "163"),
            "lead-gentofte": _target("lead-gentofte", _agreement_of("157", lead=True), "173"),
            "kommune-herlev": _target("kommune-herlev", _agreement_of("163"), "163"),
            "kommune-ballerup": _target("kommune-ballerup", _agreement_of("151"), "151"),
            "falck": _company_target("falck", "22222228"),
            "danfoss": _company_target("danfoss", "77777776"),
            "revisor-ballerup": _target("revisor-ballerup", _agreement_of("151"), "151"),
            "revisor-gentofte": _target("revisor-gentofte", _agreement_of("157"), "157"),
        }
    found["admin"] = found["lead-gladsaxe"]
    return found


def endpoints_without_entry(app: Flask) -> list[str]:
    """Each route and method of the app's URL map that no matrix entry names."""
    missing = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint in LIBRARY or rule.endpoint.startswith("api-docs."):
            continue
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            if (rule.endpoint, method) not in ENTRIES:
                missing.append(f"{method} {rule.rule} ({rule.endpoint})")
    return missing


def test_every_endpoint_has_an_entry(matrix_app: Flask) -> None:
    """A new endpoint (or a new method on one) without a matrix entry fails here."""
    missing = endpoints_without_entry(matrix_app)
    assert missing == [], "endpoints without an access-matrix entry:\n" + "\n".join(missing)


def test_no_entry_names_a_gone_endpoint(matrix_app: Flask) -> None:
    """An entry for an endpoint that no longer exists is a stale promise."""
    live = {(r.endpoint, m) for r in matrix_app.url_map.iter_rules() for m in (r.methods or set())}
    assert [key for key in ENTRIES if key not in live] == []


def _request(client: Any, item: Entry, target: Target, headers: dict[str, str]) -> Any:
    return client.open(item.path(target), method=item.method, headers=headers, **item.send(target))


@pytest.fixture(scope="module")
def page_clients(matrix_app: Flask) -> dict[str, Any]:
    """One signed-in browser-like client per user, kept across the module (signing in is argon2: slow)."""
    return {}


def _client(matrix_app: Flask, clients: dict[str, Any], item: Entry, username: str) -> Any:
    if item.ends_session or username not in clients:
        client = matrix_app.test_client()
        sign_in(client, username)
        if item.ends_session:
            return client
        clients[username] = client
    return clients[username]


CASES = [(key, role, side) for key in sorted(ENTRIES) for role in ROLES for side in ("own", "other")]


@pytest.mark.parametrize(("key", "role", "side"), CASES, ids=[f"{k[1]} {k[0]}-{r}-{s}" for k, r, s in CASES])
@pytest.mark.usefixtures("demo_today")  # the targets name 2026's periods: claims, audits, months
def test_matrix(
    matrix_app: Flask,
    targets: dict[str, Target],
    page_clients: dict[str, Any],
    key: tuple[str, str],
    role: str,
    side: str,
) -> None:
    """The endpoint answers this role, on its own party's objects and on another's, as the entry says,
    and an answer it gives shows nothing of a citizen the role must not see, in its body or headers."""
    item = ENTRIES[key]
    own_user, other_user = OWN_AND_OTHER[role]
    if item.level == "agreement" and role != "company":
        other_user = OTHER_AGREEMENT
    target = targets[own_user if side == "own" else other_user]
    if not item.roles:
        expected = item.ok  # public
    elif role not in item.roles:
        expected = 403
    elif side == "own" or role in item.everywhere:
        expected = item.ok
    else:
        expected = item.other
    headers: dict[str, str] = {}
    expected = item.exceptions.get(f"{role}/{side}", expected)
    if item.page:
        client = _client(matrix_app, page_clients, item, own_user)
        if item.method != "GET":
            matrix_app.config["WTF_CSRF_ENABLED"] = False
    else:
        client = matrix_app.test_client()
        headers = bearer(matrix_app, own_user)
    try:
        response = _request(client, item, target, headers)
    finally:
        matrix_app.config["WTF_CSRF_ENABLED"] = True
    assert response.status_code == expected
    if response.status_code < 300:
        own, other = targets[own_user], targets[OWN_AND_OTHER[role][1]]
        assert answer_leaks(response, role, own_user, own, other) == []


@pytest.mark.parametrize("key", sorted(ENTRIES), ids=[f"{k[1]} {k[0]}" for k in sorted(ENTRIES)])
def test_signed_out(matrix_app: Flask, targets: dict[str, Target], key: tuple[str, str]) -> None:
    """No one signed in: the API answers 401, a page sends the person to sign in; public ones open."""
    item = ENTRIES[key]
    client = matrix_app.test_client()
    target = targets["lead-gladsaxe"]
    status = _request(client, item, target, {}).status_code
    if not item.roles:
        assert status == _public(item, key)  # a public form still needs its CSRF token
    elif item.page and not item.path(target).startswith("/api/"):
        assert status == 302  # before CSRF: no session, no token to check; the way on is to sign in
    else:
        assert status == 401  # the upload page's API too: its script tells the person to sign in


def _public(item: Entry, key: tuple[str, str]) -> int:
    """What a public route answers one signed out: a form without its CSRF token is refused, but for the
    language switch (`guard.CSRF_FREE`: it changes only the words), which goes on to the page."""
    if item.method == "GET":
        return int(item.ok)
    return 302 if key[0] in CSRF_FREE else 400


PAGES = sorted(key for key, item in ENTRIES.items() if is_page(item))


@pytest.mark.parametrize("key", PAGES, ids=[f"{k[1]} {k[0]}" for k in PAGES])
@pytest.mark.usefixtures("demo_today")
def test_a_token_opens_no_page(matrix_app: Flask, targets: dict[str, Target], key: tuple[str, str]) -> None:
    """Every route outside `/api/` with the token of a user who may use it as a person: the token is no
    sign-in there (decision 0015), so a page behind a sign-in answers 401 as JSON and a public one as to
    anyone signed out (its forms still need their CSRF token)."""
    item = ENTRIES[key]
    own_user = OWN_AND_OTHER[next((r for r in ROLES if r in item.roles), "lead")][0]
    response = _request(matrix_app.test_client(), item, targets[own_user], bearer(matrix_app, own_user))
    if item.roles:
        assert response.status_code == 401 and response.get_json()["code"] == "token_not_for_pages"
    else:
        assert response.status_code == _public(item, key)
