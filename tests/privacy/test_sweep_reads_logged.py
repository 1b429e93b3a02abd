"""Every read the CPR sweep makes as the company and as the auditor is an audit entry (DESIGN.md: every
read of personal data by a company or an auditor is logged; stop 50's review): each page, each API
answer, every format of each export and form, every record and its original, not only the one request
per endpoint the access matrix makes (`tests/web/test_reads_logged.py`). What names no one's personal
data is listed as that test lists it, and writes no entry."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import func, or_, select
from sweep_reads import READS, Reader

from hub.extensions import db
from hub.models import AuditEvent

app = demo_copy_fixture("sweep-reads-logged")

# An agreement's terms, sites and contacts; the list of the files the user sent (`test_reads_logged`).
NO_PERSONAL_DATA = {"/upload", "/upload?show=rejected", "/agreements", "/api/agreements"}


class Counted(Reader):
    """A reader that notes each answer given with no audit entry by its user written for it."""

    def __init__(self, hub: Flask, username: str) -> None:
        super().__init__(hub, username)
        self.hub, self.username = hub, username
        self.unlogged: list[str] = []
        self.logged: list[str] = []

    def newest(self) -> int:
        """The id of the newest audit entry (ids only grow: a later entry has a greater one)."""
        with self.hub.app_context():
            return db.session.scalar(select(func.max(AuditEvent.id))) or 0

    def wrote_since(self, newest: int) -> bool:
        """Whether an entry by the user was written after the entry `newest`. Only the entries after it
        are read: counting all of the user's entries before and after each answer read the whole log
        twice an answer, most of this test's time."""
        with self.hub.app_context():
            actor = AuditEvent.actor
            by = or_(actor == f"user:{self.username}", actor.startswith(f"user:{self.username} token:"))
            found = select(AuditEvent.id).where(AuditEvent.id > newest, by).limit(1)
            return db.session.scalar(found) is not None

    def get(self, url: str, api: bool = False) -> Any:
        newest = self.newest()
        response = super().get(url, api)
        if response.status_code < 300:
            (self.logged if self.wrote_since(newest) else self.unlogged).append(url)
        return response


@pytest.mark.parametrize("username", sorted(READS))
@pytest.mark.usefixtures("demo_today")
def test_every_read_the_sweep_makes_is_an_entry(app: Flask, username: str) -> None:
    reader = Counted(app, username)
    READS[username](reader)
    assert len(reader.read) > 50
    assert [url for url in reader.unlogged if url not in NO_PERSONAL_DATA] == []
    # And a page that names no one writes no entry: an entry for it would say someone's data was read.
    assert [url for url in reader.logged if url in NO_PERSONAL_DATA] == []
