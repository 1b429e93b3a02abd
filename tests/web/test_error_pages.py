"""Each common error status has a heading of its own and one line of what to do, in the page's language:
not "Noget gik i stå (404)" for every one of them."""

from __future__ import annotations

from collections.abc import Iterator
from html import unescape

import pytest
from accounts import add_user, csrf_token, sign_in
from flask import Flask, abort
from werkzeug.http import HTTP_STATUS_CODES

from hub.web.error_words import PAGES
from hub.web.guard import requires

COMMON = (400, 403, 404, 405, 409, 413, 429, 500, 503)


def _fail(status: int) -> str:
    abort(status)


@pytest.fixture
def failing(app: Flask) -> Iterator[Flask]:
    """The app with a page that answers the status its address names."""
    app.add_url_rule("/fail/<int:status>", "fail_page", requires("signed_in")(_fail))
    add_user(app, "lead-gladsaxe")
    yield app


def test_every_common_status_has_its_own_words() -> None:
    assert set(COMMON) <= set(PAGES)
    for words in (PAGES[s] for s in COMMON):
        assert all(text.strip() for text in words)
    assert len({PAGES[s].heading_da for s in COMMON}) == len(COMMON)


@pytest.mark.parametrize("status", COMMON)
def test_the_error_page_says_what_happened_and_what_to_do_in_danish_then_english(
    failing: Flask, status: int
) -> None:
    client = failing.test_client()
    sign_in(client, "lead-gladsaxe")
    page = client.get(f"/fail/{status}")
    text = unescape(page.get_data(as_text=True))
    assert page.status_code == status and page.mimetype == "text/html"
    words = PAGES[status]
    assert f"<h1>{words.heading_da}</h1>" in text and words.next_da in text
    # The tab and a screen reader's first words say what happened too (WCAG 2.4.2), not "Fejl 404" alone.
    assert f"<title>{words.heading_da} (Fejl {status})" in text
    assert "gik i stå" not in text and "Traceback" not in text
    assert HTTP_STATUS_CODES[status] not in text  # Werkzeug's English name ("Service Unavailable")
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/agreements")})
    text = unescape(client.get(f"/fail/{status}").get_data(as_text=True))
    assert f"<h1>{words.heading_en}</h1>" in text and words.next_en in text


def test_an_administrator_refused_a_page_is_not_told_to_ask_the_administrator(app: Flask) -> None:
    add_user(app, "admin")
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    sign_in(client, "admin")
    page = client.get("/municipality")  # a partner's page: citizens' data, never the admin's
    text = unescape(page.get_data(as_text=True))
    assert page.status_code == 403
    assert "hubbens administrator" not in text
    assert "ser ingen borgeres data" in text
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/agreements")})
    text = unescape(client.get("/municipality").get_data(as_text=True))
    assert "the hub's administrator" not in text and "sees no citizen's data" in text
    # Anyone else refused a page is still sent to the administrator.
    other = app.test_client()
    sign_in(other, "lead-gladsaxe")
    text = unescape(other.get("/admin/users").get_data(as_text=True))
    assert PAGES[403].next_da in text


def test_too_many_attempts_says_what_to_do_once(failing: Flask) -> None:
    # The review met the 429 page saying to wait twice: its message "For mange forsøg. Vent lidt, og prøv
    # igen." above the advice line "Vent et minut, og prøv så igen.". The page says it on its own line.
    client = failing.test_client()
    sign_in(client, "lead-gladsaxe")
    text = unescape(client.get("/fail/429").get_data(as_text=True))
    main = text[text.index("<main") : text.index("</main>")]
    assert main.count("Vent") == 1 and main.count("prøv") == 1, main
    assert f'<p id="error-advice">{PAGES[429].next_da}</p>' in main
    # The API has no advice line: its message keeps what to do.
    answer = client.get("/fail/429", headers={"Accept": "application/json"}).get_json()
    assert answer["message"] == "Too many attempts. Wait a minute, then try again."
    assert answer["message_da"] == "For mange forsøg. Vent et minut, og prøv så igen."
