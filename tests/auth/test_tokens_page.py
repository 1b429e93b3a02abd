"""The tokens page and API tokens at the door: shown once, revoked is 401, scoped to the owner's party."""

from __future__ import annotations

import re
from typing import Any

import lxml.html
import pytest
from accounts import add_user, bearer, csrf_token, sign_in
from agreements_once import seeds_loaded
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import ApiToken, AuditEvent, User
from hub.services import users


@pytest.fixture
def loaded(app: Flask) -> Flask:
    """The app with the four agreement files stored."""
    with app.app_context():
        seeds_loaded()
    return app


def _form(client: Any) -> dict[str, str]:
    """The hidden fields of the tokens page's form as the browser has them now."""
    html = client.get("/tokens").get_data(as_text=True)
    hidden = dict(re.findall(r'<input type="hidden" name="(csrf_token|once)" value="([^"]+)"', html))
    assert set(hidden) == {"csrf_token", "once"}
    return hidden


def _create(client: Any, name: str) -> str:
    response = client.post("/tokens", data={"name": name, **_form(client)})
    assert response.status_code == 201
    found = re.search(r'id="new-token" readonly value="(hub_[^"]+)"', response.get_data(as_text=True))
    assert found, "the new token is shown"
    return found.group(1)


def test_a_token_made_on_the_page_is_shown_once_and_works(loaded: Flask) -> None:
    add_user(loaded, "kommune-herlev")
    client = loaded.test_client()
    sign_in(client, "kommune-herlev")
    raw = _create(client, "Sagssystem")
    listing = client.get("/tokens").get_data(as_text=True)
    assert raw not in listing  # never again
    assert "Sagssystem" in listing and raw[:12] in listing and "aldrig" in listing
    api = loaded.test_client()
    assert api.get("/api/agreements", headers={"Authorization": f"Bearer {raw}"}).status_code == 200
    with loaded.app_context():
        row = db.session.query(ApiToken).one()
        assert row.last_used_at is not None and row.token_hash != raw and raw not in row.token_hash
    assert "aldrig" not in client.get("/tokens").get_data(as_text=True)


def test_the_form_sent_again_makes_no_second_token(loaded: Flask) -> None:
    # A reload of the page that shows a new token sends its form again: one token, and a word why.
    add_user(loaded, "lead-gladsaxe")
    client = loaded.test_client()
    sign_in(client, "lead-gladsaxe")
    fields = {"name": "Sagssystem", **_form(client)}
    assert client.post("/tokens", data=fields).status_code == 201
    again = client.post("/tokens", data=fields)
    assert again.status_code == 302
    assert "en nøgle vises kun én gang" in client.get("/tokens").get_data(as_text=True)
    with loaded.app_context():
        assert db.session.query(ApiToken).count() == 1


def test_a_blank_name_is_said_at_the_field_with_the_form_still_there(loaded: Flask) -> None:
    """An accessibility review gave a name of spaces: the answer was the generic error page, the form
    gone. Now the page comes back with the reason at the field, tied to it for a screen reader."""
    add_user(loaded, "lead-gladsaxe")
    client = loaded.test_client()
    sign_in(client, "lead-gladsaxe")
    answer = client.post("/tokens", data={"name": "   ", **_form(client)})
    assert answer.status_code == 400
    page = lxml.html.fromstring(answer.get_data(as_text=True))
    said = page.get_element_by_id("token-error")
    assert said.get("role") == "alert" and said.text_content() == "En nøgle skal have et navn på 1-100 tegn."
    field = page.get_element_by_id("token-name")
    assert (field.get("aria-invalid"), field.get("aria-describedby")) == ("true", "token-error")
    with loaded.app_context():
        assert db.session.query(ApiToken).count() == 0


@pytest.mark.parametrize("name", ["Sags\x00system", "Sags\nsystem", "Sags\tsystem"])
def test_a_name_with_a_control_character_is_said_at_the_field(loaded: Flask, name: str) -> None:
    # A NUL was a 500 on PostgreSQL (SQLite kept it); a line break split the name's lines.
    add_user(loaded, "lead-gladsaxe")
    client = loaded.test_client()
    sign_in(client, "lead-gladsaxe")
    answer = client.post("/tokens", data={"name": name, **_form(client)})
    assert answer.status_code == 400
    said = lxml.html.fromstring(answer.get_data(as_text=True)).get_element_by_id("token-error")
    assert said.text_content() == "En nøgles navn kan ikke indeholde styretegn (linjeskift, tabulator, NUL)."
    with loaded.app_context():
        assert db.session.query(ApiToken).count() == 0


def test_a_page_opened_in_a_second_tab_does_not_void_the_first(loaded: Flask) -> None:
    # Each open page's form makes its one token; a form sent twice still makes none the second time.
    add_user(loaded, "lead-gladsaxe")
    client = loaded.test_client()
    sign_in(client, "lead-gladsaxe")
    first, second = _form(client), _form(client)
    assert client.post("/tokens", data={"name": "Første", **first}).status_code == 201
    assert client.post("/tokens", data={"name": "Anden", **second}).status_code == 201
    assert client.post("/tokens", data={"name": "Første", **first}).status_code == 302
    with loaded.app_context():
        assert sorted(db.session.scalars(select(ApiToken.name))) == ["Anden", "Første"]


def test_a_stylesheet_sets_no_cookie_to_undo_a_page_in_between(loaded: Flask) -> None:
    # Chromium fetched the last page's stylesheet with the cookie of then, and its answer set the
    # session back, voiding the tokens page's form (a flaky browser test found it). Only an answer that
    # changes the session sends the cookie.
    add_user(loaded, "lead-gladsaxe")
    client = loaded.test_client()
    sign_in(client, "lead-gladsaxe")
    with client.get("/static/hub.css") as stylesheet:
        assert stylesheet.status_code == 200 and "Set-Cookie" not in stylesheet.headers
    assert "Set-Cookie" in client.get("/tokens").headers  # the page's open form is stored


def test_revoked_token_gets_401_in_the_error_shape(loaded: Flask) -> None:
    add_user(loaded, "kommune-herlev")
    client = loaded.test_client()
    sign_in(client, "kommune-herlev")
    raw = _create(client, "Sagssystem")
    with loaded.app_context():
        token_id = db.session.query(ApiToken.id).scalar()
    revoked = client.post(f"/tokens/{token_id}/revoke", data={"csrf_token": csrf_token(client, "/tokens")})
    assert revoked.status_code == 302
    assert "tilbagekaldt" in client.get("/tokens").get_data(as_text=True)
    response = loaded.test_client().get("/api/agreements", headers={"Authorization": f"Bearer {raw}"})
    assert response.status_code == 401
    assert response.get_json()["code"] == "unauthenticated"
    assert response.get_json()["message_da"].startswith("ukendt eller tilbagekaldt nøgle")


def test_a_token_sees_only_its_owners_party(loaded: Flask) -> None:
    add_user(loaded, "kommune-herlev")
    headers = bearer(loaded, "kommune-herlev")
    api = loaded.test_client()
    # Herlev (163) is a partner in Falck Hovedstaden; Danfoss's agreement is Sønderborg's alone.
    assert api.get("/api/agreements/danfoss", headers=headers).status_code == 404
    assert api.get("/api/agreements/falck-hovedstaden", headers=headers).status_code == 200


def test_another_users_token_cannot_be_revoked_from_the_page(loaded: Flask) -> None:
    add_user(loaded, "kommune-herlev")
    add_user(loaded, "lead-gladsaxe")
    headers = bearer(loaded, "kommune-herlev")
    with loaded.app_context():
        token_id = db.session.query(ApiToken.id).scalar()
    client = loaded.test_client()
    sign_in(client, "lead-gladsaxe")
    response = client.post(f"/tokens/{token_id}/revoke", data={"csrf_token": csrf_token(client, "/tokens")})
    assert response.status_code == 404
    assert loaded.test_client().get("/api/agreements", headers=headers).status_code == 200
    assert str(token_id) not in re.findall(
        r'data-token="(\d+)"', client.get("/tokens").get_data(as_text=True)
    )


def test_admin_adds_and_deactivates_a_user_on_the_users_page(app: Flask) -> None:
    add_user(app, "admin")
    client = app.test_client()
    sign_in(client, "admin")
    token = csrf_token(client, "/admin/users")
    form = {"username": "rev", "role": "auditor", "municipality": "151", "audit": "2026-08-01..2026-10-31"}
    added = client.post("/admin/users", data={**form, "password": "a long password", "csrf_token": token})
    assert added.status_code == 302
    page = client.get("/admin/users").get_data(as_text=True)
    # As read: the span's days are marked up so that a phone breaks it after its dash only.
    said = " ".join(lxml.html.fromstring(page).text_content().split())
    assert "Brugeren rev er oprettet." in page and "Ballerup (151), 1. aug. 2026–31. okt. 2026" in said
    assert (
        "Revisionsperioden 1. aug. 2026–31. okt. 2026 skærer 3. kvartal 2026 og 4. kvartal 2026 over" in page
    )
    assert sign_in(app.test_client(), "rev", "a long password").status_code == 302
    assert client.post("/admin/users/rev/deactivate", data={"csrf_token": token}).status_code == 302
    assert (
        sign_in(app.test_client(), "rev", "a long password").status_code == 403
    )  # the right password: told it is deactivated


def test_an_admin_cannot_deactivate_itself(app: Flask) -> None:
    add_user(app, "admin")
    client = app.test_client()
    sign_in(client, "admin")
    token = csrf_token(client, "/admin/users")
    response = client.post("/admin/users/admin/deactivate", data={"csrf_token": token}, follow_redirects=True)
    assert "Du kan ikke deaktivere dig selv" in response.get_data(as_text=True)
    assert sign_in(app.test_client(), "admin").status_code == 302  # still signs in


def test_the_users_page_offers_no_button_to_deactivate_oneself(app: Flask) -> None:
    """A button that can only be refused is not offered: one's own row says who can do it instead."""
    add_user(app, "admin")
    add_user(app, "falck")
    client = app.test_client()
    sign_in(client, "admin")
    page = client.get("/admin/users").get_data(as_text=True)
    assert 'action="/admin/users/admin/deactivate"' not in page
    assert 'action="/admin/users/falck/deactivate"' in page
    assert "Det er dig: en anden administrator kan deaktivere dig." in page


def test_users_page_says_what_is_wrong_and_stores_nothing(app: Flask) -> None:
    add_user(app, "admin")
    client = app.test_client()
    sign_in(client, "admin")
    token = csrf_token(client, "/admin/users")
    response = client.post("/admin/users", data={"username": "firma", "role": "company", "csrf_token": token})
    assert response.status_code == 422
    assert "skal bindes til sin part" in response.get_data(as_text=True)
    with app.app_context():
        assert users.user_by_name(db.session, "firma") is None
    no_csrf = client.post("/admin/users", data={"username": "x", "role": "admin"})
    assert no_csrf.status_code == 400


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("company", "en bruger med rollen virksomhed skal bindes til sin part: virksomhedens CVR-nummer"),
        ("lead", "en bruger med rollen tovholder skal bindes til sin part: kommunens kode"),
        ("municipality", "en bruger med rollen partnerkommune skal bindes til sin part: kommunens kode"),
    ],
)
def test_a_user_without_its_party_is_told_in_the_role_names_the_page_shows(
    app: Flask, role: str, said: str
) -> None:
    # It said "en bruger med rollen company skal bindes…": the code, where the page's list says "virksomhed".
    add_user(app, "admin")
    client = app.test_client()
    sign_in(client, "admin")
    token = csrf_token(client, "/admin/users")
    response = client.post("/admin/users", data={"username": "ny", "role": role, "csrf_token": token})
    field = "new-cvr-error" if role == "company" else "new-municipality-error"
    error = response.get_data(as_text=True).split(f'id="{field}"', 1)[1].split("</p>", 1)[0]
    said = said[:1].upper() + said[1:]  # the page begins the sentence with a capital
    assert response.status_code == 422 and said in error and f"rollen {role} " not in error


def test_a_municipality_that_does_not_exist_is_refused_and_the_list_still_shows(app: Flask) -> None:
    add_user(app, "admin")
    client = app.test_client()
    sign_in(client, "admin")
    token = csrf_token(client, "/admin/users")
    form = {"username": "kommune-999", "role": "municipality", "municipality": "999", "csrf_token": token}
    response = client.post("/admin/users", data=form)
    assert response.status_code == 422
    assert "999&#39; er ikke en dansk kommunekode" in response.get_data(as_text=True)
    # A user bound to such a code by an earlier version: the list names its code instead of failing.
    with app.app_context():
        db.session.add(User(username="gammel", role="municipality", municipality_code="999"))
        db.session.commit()
    page = client.get("/admin/users")
    assert page.status_code == 200 and "gammel" in page.get_data(as_text=True)


def test_a_deactivated_users_session_and_token_stop_and_the_token_is_told_why(app: Flask) -> None:
    add_user(app, "admin")
    add_user(app, "kommune-herlev")
    headers = bearer(app, "kommune-herlev")
    partner = app.test_client()
    sign_in(partner, "kommune-herlev")
    assert partner.get("/municipality").status_code == 200
    assert app.test_client().get("/api/agreements", headers=headers).status_code == 200
    admin = app.test_client()
    sign_in(admin, "admin")
    token = csrf_token(admin, "/admin/users")
    assert admin.post("/admin/users/kommune-herlev/deactivate", data={"csrf_token": token}).status_code == 302
    # The open session ends: the next page asks to sign in.
    after = partner.get("/municipality")
    assert after.status_code == 302 and after.headers["Location"].startswith("/login")
    # The token, never revoked, is refused, and the answer names deactivation as a reason.
    refused = app.test_client().get("/api/agreements", headers=headers)
    assert refused.status_code == 401
    assert "its user is deactivated" in refused.get_json()["message"]
    assert "dens bruger er deaktiveret" in refused.get_json()["message_da"]


def test_an_admin_lets_a_deactivated_user_sign_in_again_with_new_tokens_only(app: Flask) -> None:
    """A deactivation undone: the same username signs in again and is in the log as activated; the
    token from before stays refused, now as revoked, and the page says so."""
    add_user(app, "admin")
    add_user(app, "kommune-herlev")
    headers = bearer(app, "kommune-herlev")
    admin = app.test_client()
    sign_in(admin, "admin")
    token = csrf_token(admin, "/admin/users")
    assert admin.post("/admin/users/kommune-herlev/deactivate", data={"csrf_token": token}).status_code == 302
    assert sign_in(app.test_client(), "kommune-herlev").status_code == 403  # told it is deactivated
    page = admin.get("/admin/users").get_data(as_text=True)
    assert "Lad kommune-herlev logge ind igen" in page
    assert admin.post("/admin/users/kommune-herlev/activate", data={"csrf_token": token}).status_code == 302
    page = admin.get("/admin/users").get_data(as_text=True)
    assert "Brugeren kommune-herlev kan logge ind igen. Nøglen fra før er tilbagekaldt" in page
    assert sign_in(app.test_client(), "kommune-herlev").status_code == 302
    assert app.test_client().get("/api/agreements", headers=headers).status_code == 401
    assert app.test_client().get("/api/agreements", headers=bearer(app, "kommune-herlev")).status_code == 200
    with app.app_context():
        logged = db.session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "user.activated")
        ).all()
        revoked = db.session.scalars(select(ApiToken.revoked_at).order_by(ApiToken.id)).all()
    assert logged == [{"tokens_revoked": 1}]
    assert revoked[0] is not None and revoked[1] is None  # the one from before; the one made since


def test_the_new_token_is_focused_to_be_copied(loaded: Flask) -> None:
    # Shown only this once: the page comes back at it, not at the top (a browser run found focus on
    # the page's body, the token a long way down for a keyboard or screen reader user).
    add_user(loaded, "kommune-herlev")
    client = loaded.test_client()
    sign_in(client, "kommune-herlev")
    response = client.post("/tokens", data={"name": "Sagssystem", **_form(client)})
    page = lxml.html.fromstring(response.get_data(as_text=True))
    assert [e.get("id") for e in page.xpath("//*[@autofocus]")] == ["new-token"]
    # And only then: the page as listed has nothing focused by itself.
    assert lxml.html.fromstring(client.get("/tokens").get_data(as_text=True)).xpath("//*[@autofocus]") == []
