"""Single sign-on against a real OpenID Connect provider process (oidc-provider-mock), driven over HTTP.

The provider runs as its own process on a free port; the hub is served live on another; `requests`
follows the real redirects of the authorization-code flow, and the hub's Authlib client exchanges the
code and verifies the signed ID token against the provider's keys. Nothing of Authlib is replaced.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from conftest import ROOT, make_app
from flask import Flask
from hub_process import PATIENCE
from live_app import served
from sqlalchemy import select

from hub.errors import ConfigError
from hub.extensions import db
from hub.models import AuditEvent, User
from hub.services import user_status, users
from hub.services.user_parties import Party


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def provider() -> Iterator[str]:
    """The provider process, answering its discovery document."""
    port = _free_port()
    command = shutil.which("oidc-provider-mock", path=str(Path(sys.executable).parent))
    assert command, "oidc-provider-mock is a dev dependency (pyproject.toml)"
    env = {**os.environ, "AUTHLIB_INSECURE_TRANSPORT": "1"}
    process = subprocess.Popen(
        [command, "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + PATIENCE  # a bound for a hang: a loaded machine starts it slowly
        while True:
            try:
                if requests.get(url + "/.well-known/openid-configuration", timeout=2).ok:
                    break
            except requests.ConnectionError:
                pass
            assert process.poll() is None, "the provider exited"
            assert time.monotonic() < deadline, f"the provider did not answer within {PATIENCE} s"
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture
def hub(tmp_path: Path, provider: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Flask, str]]:
    """The hub configured for the provider, served live on a free port."""
    # The provider speaks plain HTTP on loopback; Authlib refuses that unless told it is a test.
    monkeypatch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")
    app = make_app(
        tmp_path,
        OIDC_ISSUER=provider,
        OIDC_CLIENT_ID="hub-test",
        OIDC_CLIENT_SECRET="hub-test-secret",
        OIDC_CLAIMS=str(ROOT / "config" / "oidc.toml"),
    )
    with served(app) as url:
        yield app, url
    with app.app_context():
        db.engine.dispose()


def _sign_in_at_provider(
    provider: str, hub_url: str, sub: str, claims: dict[str, Any], after: str = "/tokens"
) -> requests.Response:
    """The person's journey: the hub's button, the provider's form, back to the hub."""
    assert requests.put(f"{provider}/users/{sub}", json=claims, timeout=5).status_code == 204
    browser = requests.Session()
    login = browser.get(hub_url + "/login", timeout=5)
    assert 'href="/login/sso' in login.text and "Log ind med NemLog-in/organisationens login" in login.text
    form = browser.get(f"{hub_url}/login/sso?next={after}", timeout=5)
    assert form.url.startswith(provider + "/oauth2/authorize"), form.url
    done = browser.post(form.url, data={"sub": sub}, timeout=10)
    done.browser = browser  # type: ignore[attr-defined]
    return done


def _actions(app: Flask) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


LEAD = {
    "hub_role": "lead",
    "municipality_code": "159",
    "preferred_username": "anna-gladsaxe",
    "name": "Anna Jensen",
}


def test_first_sign_in_creates_the_user_bound_to_the_claims_party(
    hub: tuple[Flask, str], provider: str
) -> None:
    app, url = hub
    done = _sign_in_at_provider(provider, url, "anna-1", LEAD)
    assert done.status_code == 200 and done.url == url + "/tokens"  # the page asked for before signing in
    with app.app_context():
        user = users.user_by_name(db.session, "anna-gladsaxe")
        assert user is not None
        assert (user.role, user.municipality_code, user.display_name) == ("lead", "159", "Anna Jensen")
        assert user.oidc_subject == f"{provider}|anna-1"
        assert user.password_hash is None
    assert _actions(app)[-2:] == ["user.created", "login.succeeded"]
    # The session is a real one: a page behind a permission opens.
    assert done.browser.get(url + "/agreements", timeout=5).status_code == 200  # type: ignore[attr-defined]


def test_second_sign_in_finds_the_user_by_subject_and_follows_a_changed_party(
    hub: tuple[Flask, str], provider: str
) -> None:
    app, url = hub
    _sign_in_at_provider(provider, url, "anna-2", LEAD)
    moved = {
        **LEAD,
        "hub_role": "municipality",
        "municipality_code": "163",
        "preferred_username": "other-name",
    }
    assert _sign_in_at_provider(provider, url, "anna-2", moved).status_code == 200
    with app.app_context():
        rows = list(db.session.scalars(select(User).where(User.oidc_subject == f"{provider}|anna-2")))
        assert [(u.username, u.role, u.municipality_code) for u in rows] == [
            ("anna-gladsaxe", "municipality", "163")
        ]


def test_a_local_account_of_the_same_name_is_not_taken_over(hub: tuple[Flask, str], provider: str) -> None:
    app, url = hub
    with app.app_context():
        users.add_user(db.session, "anna-gladsaxe", "admin", Party(), "test", password="local password")
    _sign_in_at_provider(provider, url, "anna-3", LEAD)
    with app.app_context():
        local = users.user_by_name(db.session, "anna-gladsaxe")
        assert local is not None and local.role == "admin" and local.oidc_subject is None
        sso_user = users.user_by_name(db.session, "sso-anna-3")
        assert sso_user is not None and sso_user.role == "lead"


def test_a_name_from_the_provider_is_kept_lower_case(hub: tuple[Flask, str], provider: str) -> None:
    app, url = hub
    claims = {**LEAD, "preferred_username": "Anna.Jensen@Gladsaxe.dk"}
    assert _sign_in_at_provider(provider, url, "anna-4", claims).status_code == 200
    with app.app_context():
        names = db.session.scalars(select(User.username).where(User.oidc_subject == f"{provider}|anna-4"))
        assert list(names) == ["anna.jensen@gladsaxe.dk"]


def test_company_user_gets_its_cvr(hub: tuple[Flask, str], provider: str) -> None:
    app, url = hub
    claims = {"hub_role": "company", "cvr": "22222228", "preferred_username": "mentor-falck"}
    assert _sign_in_at_provider(provider, url, "falck-1", claims, "/agreements").status_code == 200
    with app.app_context():
        user = users.user_by_name(db.session, "mentor-falck")
        assert user is not None and (user.role, user.company_cvr) == ("company", "22222228")


@pytest.mark.parametrize(
    ("claims", "reason"),
    [
        ({"preferred_username": "x"}, "nøglen giver ingen rolle, hubben kender"),
        ({"hub_role": "admin", "preferred_username": "x"}, "nøglen giver ingen rolle, hubben kender"),
        (
            {"hub_role": "lead", "municipality_code": "15", "preferred_username": "x"},
            "ingen gyldig kommunekode",
        ),
        ({"hub_role": "company", "cvr": "22222229", "preferred_username": "x"}, "intet gyldigt CVR-nummer"),
        (
            {
                "hub_role": "auditor",
                "municipality_code": "151",
                "audit_start": "2026-10-31",
                "audit_end": "2026-08-01",
            },
            "ingen gyldig revisionsperiode",
        ),
    ],
)
def test_a_token_without_a_valid_role_or_party_is_refused(
    hub: tuple[Flask, str], provider: str, claims: dict[str, Any], reason: str
) -> None:
    app, url = hub
    done = _sign_in_at_provider(provider, url, f"bad-{abs(hash(str(claims)))}", claims)
    assert done.status_code == 403
    assert reason in done.text
    assert done.browser.get(url + "/agreements", timeout=5).url.startswith(url + "/login")  # type: ignore[attr-defined]
    with app.app_context():
        assert users.user_by_name(db.session, "x") is None
    assert _actions(app)[-1] == "login.refused"


def test_a_deactivated_sso_user_is_refused(hub: tuple[Flask, str], provider: str) -> None:
    app, url = hub
    _sign_in_at_provider(provider, url, "anna-4", LEAD)
    with app.app_context():
        user_status.deactivate(db.session, "anna-gladsaxe", "test")
    done = _sign_in_at_provider(provider, url, "anna-4", LEAD)
    assert done.status_code == 403 and "brugeren er deaktiveret" in done.text


def test_a_forged_callback_is_refused_without_jargon(hub: tuple[Flask, str]) -> None:
    _app, url = hub
    response = requests.get(url + "/login/sso/callback?code=forged&state=forged", timeout=5)
    assert response.status_code == 403
    assert "Log ind hos din organisation blev ikke gennemført. Prøv igen." in response.text


def test_the_button_speaks_english_in_an_english_session(hub: tuple[Flask, str]) -> None:
    _app, url = hub
    browser = requests.Session()
    token = re.search(r'name="csrf_token" value="([^"]+)"', browser.get(url + "/login", timeout=5).text)
    assert token is not None
    browser.post(url + "/language", data={"lang": "en", "csrf_token": token.group(1)}, timeout=5)
    page = browser.get(url + "/login", timeout=5).text
    assert "Sign in with NemLog-in/your organisation&#39;s login" in page


def test_without_settings_there_is_no_button_and_no_route(app: Flask, client: Any) -> None:
    assert "/login/sso" not in client.get("/login").get_data(as_text=True)
    assert client.get("/login/sso").status_code == 404


def test_a_wrong_claim_mapping_stops_the_start(tmp_path: Path) -> None:
    bad = tmp_path / "oidc.toml"
    bad.write_text('[claims]\nmunicipality = "kommune"\n[roles]\nboss = "superuser"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="needs `role`; unknown keys or roles: superuser"):
        make_app(tmp_path, OIDC_ISSUER="http://127.0.0.1:1", OIDC_CLIENT_ID="x", OIDC_CLAIMS=str(bad))


def test_a_claim_mapping_that_would_make_administrators_stops_the_start(tmp_path: Path) -> None:
    # Administrators are local users only: a provider's role value can never be mapped to admin.
    bad = tmp_path / "oidc.toml"
    bad.write_text('[claims]\nrole = "hub_role"\n[roles]\nit-chef = "admin"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown keys or roles: admin"):
        make_app(tmp_path, OIDC_ISSUER="http://127.0.0.1:1", OIDC_CLIENT_ID="x", OIDC_CLAIMS=str(bad))
