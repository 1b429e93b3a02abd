"""The upload form sent without upload.js came back with "Send som kommune" at the lead's own municipality
whatever it was sent as (stop 51's walk, JavaScript off): after "Vælg mindst én fil at sende." or a file
refused as Herlev's, the fixed file went as Gladsaxe's unless the caseworker chose Herlev again. The page
now comes back with the sender as it was sent; opened afresh, it starts at the user's own again."""

from __future__ import annotations

import io
from typing import Any

import lxml.html
from accounts import add_everyone, csrf_token, sign_in
from flask import Flask
from page_support import load_agreements

from hub.extensions import db
from hub.models import Submission


def _send(client: Any, field: str, value: str, content: bytes = b"", name: str = "") -> None:
    """The upload form as a browser without JavaScript sends it, the sender chosen as `value`."""
    data = {
        "csrf_token": csrf_token(client, "/upload"),
        field: value,
        "back": "/upload",
        "files": (io.BytesIO(content), name),
    }
    sent = client.post("/upload", data=data, content_type="multipart/form-data")
    assert sent.status_code == 303 and sent.headers["Location"] == "/upload"


def _chosen(client: Any) -> list[str]:
    """The options of the form's sender the page marks chosen (none: the browser shows the first)."""
    page = lxml.html.fromstring(client.get("/upload").get_data(as_text=True))
    return [str(v) for v in page.xpath("//select[@id='upload-sender']/option[@selected]/@value")]


def test_the_municipality_sent_as_is_kept_after_no_file_and_after_a_file(app: Flask) -> None:
    load_agreements(app)
    add_everyone(app)
    client = app.test_client()
    sign_in(client, "lead-gladsaxe")
    assert _chosen(client) == []  # opened afresh: the first, Gladsaxe (159), the lead's own
    _send(client, "municipality", "163")  # Send pressed with no file chosen
    assert _chosen(client) == ["163"]
    assert _chosen(client) == []  # the page opened again afresh
    # A file sent as Herlev's (to be refused: it is no form of Herlev's): the page comes back with Herlev,
    # for the fixed file.
    _send(client, "municipality", "163", b"hello;world\n1;2\n", "notes.csv")
    with app.app_context():
        assert db.session.query(Submission).one().municipality_code == "163"
    assert _chosen(client) == ["163"]


def test_a_companys_agreement_sent_for_is_kept(app: Flask) -> None:
    load_agreements(app)
    add_everyone(app)
    client = app.test_client()
    sign_in(client, "falck")  # a party of Falck Hovedstaden and Falck Randers: the form asks which
    _send(client, "agreement", "falck-randers")
    assert _chosen(client) == ["falck-randers"]
