"""The upload list's filter form sends each of its fields, so "every file" and a choice of one filter read
`/upload?show=rejected&name=&form=&status=&month=` (page-123's walk): an address to keep or send that says
no more than `/upload?show=rejected`. The list's address now drops the empty fields (a redirect to the
same list), keeping every other argument as asked; an address without an empty field is answered as it is."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

from accounts import add_user, sign_in
from flask import Flask


def test_the_lists_address_leaves_out_the_filters_empty_fields(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    client = app.test_client()
    sign_in(client, "kommune-herlev")
    asked = {
        "/upload?show=rejected&name=&form=&status=&month=": ("/upload", [("show", "rejected")]),
        "/upload?show=&name=+&form=&status=&month=2026-10&page=2": (
            "/upload",
            [("month", "2026-10"), ("page", "2")],
        ),
        "/upload?show=&name=&form=&status=&month=": ("/upload", []),
    }
    for url, (path, kept) in asked.items():
        answer = client.get(url)
        assert answer.status_code == 302, (url, answer.status_code)
        moved = urlsplit(answer.headers["Location"])
        assert (moved.path, parse_qsl(moved.query)) == (path, kept), url
    # Nothing empty: the list itself, not a redirect to itself.
    assert client.get("/upload?show=rejected&month=2026-10").status_code == 200
    assert client.get("/upload").status_code == 200
