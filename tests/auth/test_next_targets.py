"""After signing in or choosing a language the browser goes to a path on this site, never elsewhere."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from accounts import PASSWORD, add_user, csrf_token
from flask import Flask

from hub.web.targets import local_path

LEAVING = [
    "https://evil.example/",
    "//evil.example/",
    "/\t/evil.example",  # Werkzeug drops the tab from the Location header: "//evil.example"
    "/\n/evil.example",
    "/\\evil.example",  # browsers read a backslash as a slash
    "/ok\x7f",
    "javascript:alert(1)",
    "evil.example",
    "",
    None,
]


@pytest.mark.parametrize("target", LEAVING)
def test_a_target_that_could_leave_the_site_is_refused(target: str | None) -> None:
    assert local_path(target) is None


@pytest.mark.parametrize("target", ["/", "/agreements", "/records/7?tab=versions#v2", "/a//b"])
def test_a_path_on_this_site_is_kept(target: str) -> None:
    assert local_path(target) == target


@pytest.mark.parametrize(
    ("asked", "lands"),
    [("/%09/evil.example", "/"), ("/agreements", "/agreements")],
    ids=["a tab smuggled in: the home page", "a local path: there"],
)
def test_signing_in_follows_next_only_within_the_site(
    app: Flask, client: Any, asked: str, lands: str
) -> None:
    # Werkzeug drops the tab from the Location header: "/<tab>/evil.example" would become "//evil.example".
    add_user(app, "lead-gladsaxe")
    token = csrf_token(client)
    response = client.post(
        f"/login?next={asked}",
        data={"username": "lead-gladsaxe", "password": PASSWORD, "csrf_token": token},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == lands


def test_choosing_a_language_never_leaves_the_site(client: Any) -> None:
    token = csrf_token(client)
    response = client.post("/language", data={"lang": "en", "next": "/\\evil.example", "csrf_token": token})
    assert response.headers["Location"] == "/"


def test_signing_in_after_a_sign_out_from_an_ended_session_opens_the_front_page(
    app: Flask, client: Any
) -> None:
    # "Log ud" pressed on a page whose session had ended asks to sign in with next=/logout; /logout takes
    # only a form's POST, so following it after signing in showed the 405 page.
    add_user(app, "lead-gladsaxe")
    asked = client.post("/logout", data={"csrf_token": csrf_token(client)})
    assert asked.status_code == 302
    assert asked.headers["Location"] == "/login?next=/logout"
    response = client.post(
        "/login?next=/logout",
        data={"username": "lead-gladsaxe", "password": PASSWORD, "csrf_token": csrf_token(client)},
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    # Signed in, the way on from that sign-in page is the front page too, not the form's target.
    page = lxml.html.fromstring(client.get("/login?next=/logout").get_data(as_text=True))
    assert page.xpath("//a[@id='onward']/@href") == ["/"]
