"""In Chromium, walk-107's lead: Gladsaxe's caseworker sent partners' forms at once with "Send som kommune"
left at Gladsaxe. Each was refused with a "Send filen som X" button, and beside it "Send en rettet fil",
though nothing in the file is wrong: it was only sent under the wrong municipality."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from page_support import load_agreements
from playwright.sync_api import Page
from sqlalchemy import select
from upload_support import FIXED, STATUSES, sent_and_all_refused

from hub.extensions import db
from hub.models import Submission
from hub.queue import queue

GOLDEN = ROOT / "tests" / "golden"
FILES = [GOLDEN / "herlev" / "placement.csv", GOLDEN / "ballerup" / "placement_ledighedsydelse.pdf"]
# Each row of the files sent now, read in one script call: its file, status, the ways on it offers, and
# what it lists as wrong.
ROWS = """() => [...document.querySelectorAll('#upload-results tbody tr')].map(tr => ({
  file: tr.querySelector('th').textContent,
  status: tr.dataset.status,
  offers: [...tr.querySelectorAll('.result label.button, .result button')].map(b => b.textContent),
  faults: [...tr.querySelectorAll('.result ul.problems li')].map(li => li.textContent),
  suggestion: [...tr.querySelectorAll('.result p.suggestion')].map(p => p.textContent),
}))"""
# Written from hub/web/upload.py's "Send the file as {name}" and its Danish.
SEND_AS = {
    "da": {
        "placement.csv": "Send filen som Herlev",
        "placement_ledighedsydelse.pdf": "Send filen som Ballerup",
    },
    "en": {
        "placement.csv": "Send the file as Herlev",
        "placement_ledighedsydelse.pdf": "Send the file as Ballerup",
    },
}


# Written from hub/services/look_alike.py's words and the forms' titles (config/municipalities/herlev.toml,
# ballerup.toml), after the page's "Suggestion: {text}".
SUGGESTION = {
    "da": {
        "placement.csv": "Forslag: den ligner Herlev Kommunes blanket 'Praktikaftale': er den deres, skal "
        "den sendes som Herlev Kommune",
        "placement_ledighedsydelse.pdf": "Forslag: den ligner Ballerup Kommunes blanket 'Praktikaftale - "
        "virksomhedspraktik (JCB 2.1)': er den deres, skal den sendes som Ballerup Kommune",
    },
    "en": {
        "placement.csv": "Suggestion: it looks like Herlev Kommune's form 'Praktikaftale': if it is theirs, "
        "it is to be sent as Herlev Kommune",
        "placement_ledighedsydelse.pdf": "Suggestion: it looks like Ballerup Kommune's form 'Praktikaftale - "
        "virksomhedspraktik (JCB 2.1)': if it is theirs, it is to be sent as Ballerup Kommune",
    },
}
# Written from hub/web/upload.py's "Send the {n} files, each as the municipality whose form it looks like".
SEND_ALL = {
    "da": "Send de 2 filer, hver som den kommune, hvis blanket den ligner",
    "en": "Send the 2 files, each as the municipality whose form it looks like",
}
# Each file's one submission (the same bytes are the same submission), sent at last as its own municipality
# (hub/data/municipalities.csv: Herlev 163, Ballerup 151), not Gladsaxe (159).
SENT_AS = {"placement.csv": ["163"], "placement_ledighedsydelse.pdf": ["151"]}


def _rows(page: Page) -> dict[str, dict[str, Any]]:
    rows: list[dict[str, Any]] = page.evaluate(ROWS)
    return {row["file"]: row for row in rows}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_partners_forms_sent_as_the_lead_are_sent_again_as_theirs(
    app: Flask, signed_in_page: Callable[..., Page], lang: str
) -> None:
    load_agreements(app)
    page = signed_in_page("lead-gladsaxe", lang=lang)
    page.goto("/upload")
    sent_and_all_refused(app, page, *FILES)
    rows = _rows(page)
    for name, send_as in SEND_AS[lang].items():
        # Only the resend as the right municipality: nothing in the file is to fix.
        assert rows[name]["offers"] == [send_as], rows[name]
        assert FIXED[lang] not in rows[name]["offers"]
        # Whose form it is is said; why none of Gladsaxe's own forms fits is not listed before it.
        assert rows[name]["faults"] == [], rows[name]
        assert rows[name]["suggestion"] == [SUGGESTION[lang][name]], rows[name]
    # Aloud too: each file's line says whose form it is, not why Gladsaxe's forms do not fit.
    said = page.locator("#upload-announce").inner_text()
    assert all(f"{name}: {SUGGESTION[lang][name]}." in said for name in SEND_AS[lang]), said
    assert "VP-01" not in said, said
    # One press for both, each then its own submission, sent as whose form it is.
    page.get_by_role("button", name=SEND_ALL[lang]).click()
    page.wait_for_function(f"{STATUSES}.every(s => ['queued', 'received'].includes(s))")
    queue.run_burst(app)
    page.wait_for_function(f"{STATUSES}.every(s => s === 'accepted')")
    with app.app_context():
        sent = db.session.execute(
            select(Submission.filename, Submission.municipality_code).order_by(Submission.id)
        ).all()
    assert {name: [code for file, code in sent if file == name] for name in SENT_AS} == SENT_AS
    rows = _rows(page)
    assert all(row["offers"] == [] and row["faults"] == [] for row in rows.values()), rows
    assert page.locator("p.send-all-as").count() == 0
