"""The upload page's list of files sent could show every file or only the refused, 20 a page: among a
lead's hundreds a month a file was found only by paging (page-119's walk). It is now narrowed by a part of
the file's name, its form, its status and the month it came in, each alone or together; a part of a name
with a digit in it is looked for only in the names the user sees whole (a masked CPR-like number must not
answer, file by file, whether its hidden digits are those typed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any
from zoneinfo import ZoneInfo

import lxml.html
from flask import Flask
from page_support import client_of, demo_copy_fixture

from hub.extensions import db
from hub.models import Submission, User
from hub.services import scope
from hub.services.users import principal

COMPANY_FORM = "demo-2026-10-falck-hovedstaden-mentortimer.pdf"
DENMARK = ZoneInfo("Europe/Copenhagen")


demo = demo_copy_fixture("upload-filter", name="demo")


def _listed(client: Any, query: str) -> list[int]:
    """The submission numbers the upload list's first page shows for `query`."""
    page = lxml.html.fromstring(client.get(f"/upload?{query}").get_data(as_text=True))
    return [int(n) for n in page.xpath("//table[@id='recent']//td[contains(@class, 'number')]/text()")]


def _expected(app: Flask, username: str, keep: Callable[[Submission], bool]) -> list[int]:
    """The user's files that `keep` says match, newest first, as many as a page holds."""
    with app.app_context():
        who = principal(db.session.query(User).filter_by(username=username).one())
        rows = db.session.query(Submission).filter(scope.submission_clause(who)).all()
        rows.sort(key=lambda s: (s.created_at, s.id), reverse=True)
        return [s.id for s in rows if keep(s)][:20]


def _month(s: Submission) -> str:
    return s.created_at.replace(tzinfo=UTC).astimezone(DENMARK).strftime("%Y-%m")


def test_each_filter_alone_and_together_shows_exactly_the_files_asked_for(demo: Flask) -> None:
    client = client_of(demo, "lead-gladsaxe")
    asked: list[tuple[str, Callable[[Submission], bool]]] = [
        ("name=FALCK", lambda s: "falck" in s.filename.lower()),
        ("month=2026-09", lambda s: _month(s) == "2026-09"),
        ("form=statusrapport", lambda s: s.form_id == "statusrapport"),
        (
            "status=accepted&month=2026-10&name=progress",
            lambda s: s.status == "accepted" and _month(s) == "2026-10" and "progress" in s.filename,
        ),
    ]
    # The demo's files were all accepted: a status none has shows none, and says so.
    assert _listed(client, "status=rejected") == []
    assert "Ingen sendt fil passer til det, du bad om." in client.get("/upload?status=rejected").get_data(
        as_text=True
    )
    for query, keep in asked:
        expected = _expected(demo, "lead-gladsaxe", keep)
        assert expected, f"the demo has a file for {query}"
        assert _listed(client, query) == expected, query
    # The company's October form came in on 3 November: found by its month and a word of its name.
    with demo.app_context():
        october = db.session.query(Submission.id).filter_by(filename=COMPANY_FORM).scalar()
    assert october in _listed(client, "name=falck&month=2026-11")
    # A name no file has: said so, not "Nothing sent yet".
    page = client.get("/upload?name=no-such-file").get_data(as_text=True)
    assert "Ingen sendt fil passer til det, du bad om." in page


def test_digits_are_looked_for_only_in_names_seen_whole(demo: Flask) -> None:
    """The company's form's name is masked for the lead (it names several municipalities' interns) and
    for the company (a company sees no CPR number): "2026-10" finds the lead's own files of October,
    not the company's; a word of the name finds it for both."""
    lead = client_of(demo, "lead-gladsaxe")
    with demo.app_context():
        october = db.session.query(Submission.id).filter_by(filename=COMPANY_FORM).scalar()
    own = _expected(demo, "lead-gladsaxe", lambda s: "2026-10" in s.filename and s.municipality_code == "159")
    assert own and _listed(lead, "name=2026-10") == own
    assert october not in _listed(lead, "name=2026-10")
    company = client_of(demo, "falck")
    assert october in _listed(company, "name=hovedstaden-mentortimer")
    assert _listed(company, "name=2026-10") == []
