"""`/api/docs` is English on a Danish session, and the hub says so truly: the page itself (`lang="en"`),
the link to it on the tokens page, and the accessibility statement (decision 0062, "Stop 60: api-71")."""

from __future__ import annotations

from html import unescape

from accounts import add_user, sign_in
from flask import Flask


def test_a_danish_session_is_told_the_api_docs_are_english(app: Flask) -> None:
    add_user(app, "lead-gladsaxe")
    client = app.test_client()
    sign_in(client, "lead-gladsaxe")  # Danish, the hub's default
    docs = client.get("/api/docs").get_data(as_text=True)
    assert '<html lang="en">' in docs
    tokens = unescape(client.get("/tokens").get_data(as_text=True))
    assert '<html lang="da"' in tokens
    assert 'hreflang="en">API\'ets dokumentation (på engelsk)</a>' in tokens
    statement = unescape(client.get("/was").get_data(as_text=True))
    assert (
        "API'ets referenceside (/api/docs) til udviklerne af fagsystemer er Swagger UI's side med API'ets "
        "beskrivelse: kun på engelsk, uanset hvilket sprog der er valgt på hubbens sider" in statement
    )
