"""The auditor's page says what its checkpoint download is (its size and when it was signed) and how it
relates to the bundles' own checkpoints, and the download's read entry names the size handed out
(decision 0012, "Stop 44 (2)")."""

from __future__ import annotations

import re

import lxml.html
from flask import Flask
from page_support import client_of, demo_copy_fixture
from sqlalchemy import select

from hub.checkpoint import parse
from hub.extensions import db
from hub.models import AuditCheckpoint, AuditEvent

# The page and the download write read entries and seal the log: this module's own copy of the demo.
lived_demo = demo_copy_fixture("auditor-checkpoint", name="lived_demo")


def _reads(app: Flask) -> list[AuditEvent]:
    with app.app_context():
        return list(
            db.session.scalars(
                select(AuditEvent)
                .where(
                    AuditEvent.action == "read.checkpoint",
                    AuditEvent.actor.startswith("user:revisor-ballerup"),
                )
                .order_by(AuditEvent.id)
            )
        )


def test_the_download_is_named_by_its_size_and_its_read_records_that_size(lived_demo: Flask) -> None:
    """The size is what a later proof must start from (`?from_size=`): the entry says which one the
    auditor was given, and the file's name says it to the auditor."""
    before = len(_reads(lived_demo))
    response = client_of(lived_demo, "revisor-ballerup").get("/audit/checkpoint")
    assert response.status_code == 200
    handed, _ = parse(response.get_data(as_text=True))
    assert handed.size > 0
    assert f'filename="checkpoint-{handed.size}.txt"' in response.headers["Content-Disposition"]
    logged = _reads(lived_demo)[before:]
    assert [e.detail["tree_size"] for e in logged] == [handed.size]


def test_the_page_says_the_checkpoints_size_and_time_and_how_to_use_it_with_a_later_bundle(
    lived_demo: Flask, demo_today: None
) -> None:
    client = client_of(lived_demo, "revisor-ballerup")
    page = lxml.html.fromstring(client.get("/audit?period=2026-Q3").get_data(as_text=True))
    with lived_demo.app_context():
        newest = db.session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.id.desc())).first()
        assert newest is not None
        size = newest.tree_size
    now = page.get_element_by_id("checkpoint-now").text_content()
    # Danish thousands separator: the demo's log has thousands of entries.
    shown = f"{size:,}".replace(",", ".")
    assert f"(nu {shown} poster, underskrevet " in now
    assert re.search(r"underskrevet \d+\. \w+\.? \d{4} kl\. \d{2}\.\d{2}", now), now
    assert "dets størrelse står i filnavnet" in now
    use = page.get_element_by_id("checkpoint-use").text_content()
    assert "Hver revisionspakke har sit eget kontrolpunkt (log/checkpoint.txt)" in use
    assert "--since" in use and "--proof" in use
    assert "GET /api/audit/consistency?from_size=N&to_size=M" in use
