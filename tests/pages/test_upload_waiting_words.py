"""A form held for its placement agreement says so in the lists of files sent. A follow-up form (mentor
hours, a progress report) whose placement is in a file not yet read waits in the queue (`awaiting.hold`:
`queued` with `waiting_since`) rather than being rejected; the partner's "Senest sendt" said "Venter i
kø" for it, as for any file not yet read, and nothing told the caseworker why it stood there."""

from __future__ import annotations

import lxml.html
from accounts import add_everyone, csrf_token
from conftest import ROOT
from flask import Flask
from page_support import client_of, load_agreements

from hub.extensions import db
from hub.models.base import utcnow
from hub.services import awaiting, ingest, records

HERLEV = ROOT / "tests" / "golden" / "herlev"


def _statuses(html: str) -> dict[str, str]:
    """Each file of the list "Senest sendt" by its number: the words of its status."""
    rows = lxml.html.fromstring(html).xpath('//table[@id="recent"]/tbody/tr')
    return {
        row.xpath("td[1]")[0].text_content().strip(): row.xpath("td[3]")[0].text_content().strip()
        for row in rows
    }


def _sent(app: Flask, name: str, waits: bool) -> str:
    """Herlev's `name` received, and held as the worker holds a follow-up when `waits`; its number."""
    with app.app_context():
        sent = ingest.submit(db.session, (HERLEV / name).read_bytes(), name, "163", "test", "tester")
        submission = records.submission(db.session, sent.submission_id)
        if waits:
            awaiting.hold(submission, utcnow())
        else:
            submission.status = "queued"
        db.session.commit()
        return str(sent.submission_id)


def test_a_form_waiting_for_its_placement_says_so_in_danish_and_english(app: Flask) -> None:
    load_agreements(app)
    add_everyone(app)
    waiting = _sent(app, "mentor_hours.csv", waits=True)
    in_line = _sent(app, "placement.csv", waits=False)
    client = client_of(app, "kommune-herlev")
    shown = _statuses(client.get("/upload").text)
    assert shown[waiting] == "Venter på en praktikaftale, der endnu ikke er læst", shown
    assert shown[in_line] == "Venter i kø", shown
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/login")})
    shown = _statuses(client.get("/upload").text)
    assert shown[waiting] == "Waiting for a placement agreement not yet read", shown
