"""The list of files sent, after a reload, counts what the file's latest outcome says is wrong (page-110).

Herlev's placement form sent by Gladsaxe's lead as Gladsaxe: the row said only whose form it is ("Forslag:
den ligner Herlev Kommunes blanket …") and "Send filen som Herlev" (page-109), while the list after a
reload still counted "1 fejl", the "not a form Gladsaxe Kommune sends" the row had set aside. Sent then
as Herlev, the same submission is Herlev's and accepted, and nothing of the refusal is counted.
"""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from accounts import add_everyone, csrf_token
from conftest import ROOT
from flask import Flask
from page_support import client_of, load_agreements

from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.queue import queue
from hub.services import ingest

FORM = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
# Written from hub/services/look_alike.py's words, Herlev's form's title (config/municipalities/herlev.toml)
# and hub/web/upload.py's "Suggestion: {text}", the reason said alone as a sentence (`problem_text`).
SUGGESTION = {
    "da": "Forslag: Den ligner Herlev Kommunes blanket 'Praktikaftale': er den deres, skal den sendes som "
    "Herlev Kommune.",
    "en": "Suggestion: It looks like Herlev Kommune's form 'Praktikaftale': if it is theirs, it is to be "
    "sent as Herlev Kommune.",
}


def _sent_as(app: Flask, code: str) -> int:
    with app.app_context():
        sent = ingest.submit(db.session, FORM, "placement.csv", code, "web", "user:lead-gladsaxe")
        enqueue_submission(sent.submission_id)
    queue.run_burst(app)
    return sent.submission_id


def _row(client: Any, submission_id: int) -> Any:
    page = lxml.html.fromstring(client.get("/upload").get_data(as_text=True))
    return page.xpath(f'//tr[@id="submission-{submission_id}"]')[0]


def _text(node: Any) -> str:
    return " ".join(node.text_content().split())


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_list_counts_what_the_files_latest_outcome_says_is_wrong(app: Flask, lang: str) -> None:
    load_agreements(app)
    add_everyone(app)
    client = client_of(app, "lead-gladsaxe")
    client.post("/language", data={"lang": lang, "csrf_token": csrf_token(client, "/upload")})
    refused = _sent_as(app, "159")  # Gladsaxe
    row = _row(client, refused)
    # Whose form it is, as the row said it: no fault counted or listed, nothing folded, the suggestion said.
    assert [_text(p) for p in row.xpath('.//p[@class="hint suggestion"]')] == [SUGGESTION[lang]]
    assert row.xpath('.//details[@class="sent-problems"]') == []
    assert "fejl" not in _text(row) and "problem" not in _text(row)
    assert "Gladsaxe Kommune sends" not in _text(row) and "fra Gladsaxe Kommune" not in _text(row)
    # Sent as Herlev: the same submission, Herlev's, accepted; nothing of the refusal is left to count.
    assert _sent_as(app, "163") == refused  # Herlev
    row = _row(client, refused)
    assert (
        row.xpath('.//details[@class="sent-problems"]') == row.xpath('.//p[@class="hint suggestion"]') == []
    )
    assert _text(row.xpath('./td[@class="status"]')[0]) == {"da": "Godkendt", "en": "Accepted"}[lang]
