"""A signed-in user who opens /login is told who they are signed in as, with the way on and a sign-out
button: the sign-in form again let a second sign-in switch users without a word."""

from __future__ import annotations

from typing import Any

import lxml.html
from accounts import add_user, csrf_token, sign_in
from flask import Flask


def _page(client: Any, url: str) -> Any:
    answer = client.get(url)
    assert answer.status_code == 200
    return lxml.html.fromstring(answer.get_data(as_text=True))


def test_a_signed_in_user_is_not_shown_the_sign_in_form(app: Flask, client: Any) -> None:
    add_user(app, "kommune-herlev")
    assert sign_in(client, "kommune-herlev").status_code == 302
    page = _page(client, "/login")
    assert page.xpath("//main//input[@name='password']") == []
    said = " ".join(page.xpath("//*[@id='signed-in-as']")[0].text_content().split())
    assert said == "Du er logget ind som kommune-herlev (partnerkommune)."
    assert page.xpath("//a[@id='onward']/@href") == ["/"]  # the front door sends each to their home
    # The button in the page signs out; the sign-in form is then there again.
    assert page.xpath("//main//form[@action='/logout']//button")
    answer = client.post("/logout", data={"csrf_token": csrf_token(client)})
    assert answer.status_code == 302
    assert _page(client, "/login").xpath("//main//input[@name='password']")


def test_the_way_on_is_the_page_asked_for_on_this_site_only(app: Flask, client: Any) -> None:
    add_user(app, "lead-gladsaxe")
    sign_in(client, "lead-gladsaxe")
    assert _page(client, "/login?next=/payments").xpath("//a[@id='onward']/@href") == ["/payments"]
    assert _page(client, "/login?next=https://evil.example/").xpath("//a[@id='onward']/@href") == ["/"]
