"""The lists of files sent are newest first by when each file came in, the moment their "Modtaget"
column shows. They were ordered by submission number: `hub demo` sends its placements and end forms before
the months' forms, each dated the day it would have arrived, so the lead's "Senest sendt" read 7 Nov.,
3 Nov., … then 7 Sep. again among August's forms."""

from __future__ import annotations

from datetime import datetime

import lxml.html
import pytest
from accounts import bearer
from flask import Flask
from page_support import client_of, demo_copy_fixture
from sqlalchemy import select

from hub.extensions import db
from hub.models import Submission

demo = demo_copy_fixture("sent-newest-first", name="demo")


def _received(app: Flask, numbers: list[int]) -> list[datetime]:
    """When each of these submissions came in, in the order given."""
    with app.app_context():
        rows = db.session.execute(select(Submission.id, Submission.created_at)).all()
    received = {number: moment for number, moment in rows}
    return [received[n] for n in numbers]


def _listed(html: str) -> list[int]:
    """The submission numbers of the page's list of files sent, top to bottom."""
    cells = lxml.html.fromstring(html).xpath('//table[@id="recent"]/tbody/tr/td[@class="number"]/text()')
    return [int(n) for n in cells]


def _newest_first(moments: list[datetime]) -> bool:
    return all(a >= b for a, b in zip(moments, moments[1:], strict=False))


@pytest.mark.usefixtures("demo_today")
@pytest.mark.parametrize("user", ["lead-gladsaxe", "kommune-herlev"])
def test_the_files_sent_are_listed_newest_first_by_when_they_came_in(demo: Flask, user: str) -> None:
    client = client_of(demo, user)
    numbers = [n for page in (1, 2) for n in _listed(client.get(f"/upload?page={page}").text)]
    assert len(set(numbers)) > 20, "two pages (of 20) of the demo's files"
    assert _newest_first(_received(demo, numbers)), numbers


@pytest.mark.usefixtures("demo_today")
def test_the_demo_numbers_its_files_out_of_the_order_they_came_in(demo: Flask) -> None:
    """What makes the test above one: by number, the lead's and Herlev's files would jump between days."""
    for code in ("159", "163"):
        with demo.app_context():
            sent = select(Submission.id).where(Submission.municipality_code == code)
            numbers = list(db.session.scalars(sent.order_by(Submission.id.desc()).limit(60)))
        assert not _newest_first(_received(demo, numbers)), code


def test_the_api_lists_them_so_too(demo: Flask) -> None:
    """`GET /api/submissions` says "newest first" as the pages do, and pages the same order."""
    headers = bearer(demo, "lead-gladsaxe")
    client = demo.test_client()
    numbers = []
    for page in (1, 2):
        answer = client.get(f"/api/submissions?page={page}&per_page=25", headers=headers)
        assert answer.status_code == 200, answer.text
        numbers += [s["id"] for s in answer.json["submissions"]]
    assert _newest_first(_received(demo, numbers)), numbers
