"""A partner's list of files sent says which of them its lead sent for it (walk of stop 62).

Gladsaxe's lead sent Herlev's placement form (first as Gladsaxe's own, refused, then "Send filen som
Herlev"); Herlev's caseworker then found `herlev-praktikaftale.csv` at the top of "Senest sendt", a file
no one in the office had sent, with nothing to say where it came from. Such a line now says "sendt for
jer af tovholderen"; the partner's own files, and the lead's own list, are as before."""

from __future__ import annotations

import lxml.html
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import client_of, load_agreements

from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.queue import queue
from hub.services import ingest

FORM = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()  # Ahmad's, 221100-4237


def _sent(app: Flask, data: bytes, name: str, sender: str) -> int:
    with app.app_context():
        sent = ingest.submit(db.session, data, name, "herlev", "web", sender)
        enqueue_submission(sent.submission_id)
    queue.run_burst(app)
    return sent.submission_id


def _whens(app: Flask, username: str) -> dict[str, str]:
    html = client_of(app, username).get("/upload").get_data(as_text=True)
    rows = lxml.html.fromstring(html).xpath('//table[@id="recent"]//tbody/tr')
    return {r.get("id"): " ".join(r.xpath('./td[@class="when"]')[0].text_content().split()) for r in rows}


def test_a_partner_sees_which_files_its_lead_sent_for_it(app: Flask) -> None:
    load_agreements(app)
    add_everyone(app)
    by_lead = _sent(app, FORM, "herlev-praktikaftale.csv", "user:lead-gladsaxe")
    own = _sent(app, FORM.replace(b"221100-4237", b"150599-1236"), "praktik.csv", "user:kommune-herlev")
    by_token = _sent(
        app, FORM.replace(b"221100-4237", b"010190-1236"), "fra-sag.csv", "user:lead-gladsaxe token:7"
    )
    herlev = _whens(app, "kommune-herlev")
    assert herlev[f"submission-{by_lead}"].endswith("sendt for jer af tovholderen")
    assert herlev[f"submission-{by_token}"].endswith("sendt for jer af tovholderen")  # the lead's system
    assert "tovholderen" not in herlev[f"submission-{own}"]
    assert not any("tovholderen" in when for when in _whens(app, "lead-gladsaxe").values())
