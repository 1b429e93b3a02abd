"""A HEAD request sends no body, so no personal data: it logs no read; the GET of the same URL does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from page_support import client_of, everyone_on_a_copy
from sqlalchemy import func, select

from hub.extensions import db
from hub.models import AuditEvent


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("head")) as app:
        yield app


def reads(app: Flask, actor: str) -> list[str]:
    """The actions of the user's read entries, oldest first."""
    with app.app_context():
        rows = db.session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.actor == actor, AuditEvent.action.like("read.%"))
            .order_by(AuditEvent.id)
        )
        return list(rows)


# Pages and API reads that log a read for a company or an auditor (hub/services/*: scope.note_read).
CASES = [
    ("falck", "/company?agreement=falck-hovedstaden&period=2026-09", "read.company_page"),
    ("falck", "/api/placements?agreement_id=falck-hovedstaden", "read.placements"),
    ("revisor-ballerup", "/audit?period=2026-Q3", "read.completeness"),
    # each record a file made named by its intern and participant id (page-123; review-125)
    ("falck", "/upload", "read.submissions"),
]


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize(("username", "url", "action"), CASES)
def test_a_head_logs_no_read_and_the_get_logs_one(demo: Flask, username: str, url: str, action: str) -> None:
    client = client_of(demo, username)
    before = reads(demo, f"user:{username}")
    head = client.head(url)
    assert head.status_code == 200 and head.get_data() == b""
    assert reads(demo, f"user:{username}") == before
    assert client.get(url).status_code == 200
    assert reads(demo, f"user:{username}") == [*before, action]


def test_a_refused_head_is_still_logged(demo: Flask) -> None:
    # Its status alone tells the prober whether the agreement is someone's (scope.note_refused).
    client = client_of(demo, "falck")
    with demo.app_context():
        before = db.session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "read.refused")
        )
    assert client.head("/company?agreement=herlev-only-nothing&period=2026-09").status_code == 404
    with demo.app_context():
        after = db.session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "read.refused")
        )
    assert after == (before or 0) + 1


def all_entries(app: Flask) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


# The pages' downloads, each logged when made (a claim download is kept for the bundle, the company's
# files and the bundle are audit entries): a HEAD is refused, as the API's same downloads refuse it.
DOWNLOADS = [
    ("falck", "/company/export?agreement=falck-hovedstaden&period=2026-09&format=pdf"),
    ("falck", "/company/form?agreement=falck-hovedstaden&period=2026-09&kind=mentor_hours&format=pdf"),
    ("lead-gladsaxe", "/payments/claim?agreement=falck-hovedstaden&period=2026-09"),
    ("lead-gladsaxe", "/payments/export?agreement=falck-hovedstaden&period=2026-09&format=pdf"),
    (
        "lead-gladsaxe",
        "/payments/form?agreement=falck-hovedstaden&period=2026-09&kind=mentor_hours&format=pdf",
    ),
    ("revisor-ballerup", "/audit/bundle?period=2026-Q3"),
]


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize(("username", "url"), DOWNLOADS)
def test_a_head_on_a_download_is_refused_and_logs_nothing(demo: Flask, username: str, url: str) -> None:
    client = client_of(demo, username)
    before = all_entries(demo)
    head = client.head(url)
    assert head.status_code == 405 and head.headers["Allow"] == "GET"
    assert all_entries(demo) == before
    got = client.get(url)
    assert got.status_code == 200 and got.headers["Content-Disposition"].startswith("attachment;")
    assert all_entries(demo) > before
