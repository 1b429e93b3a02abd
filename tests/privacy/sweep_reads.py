"""Everything a company or an auditor user can read, fetched as they would: each page, each API list
walked to its end and each object in it, each file the pages and the API offer. Returns what a person
could read in each answer, by URL (`sweep_capture.readable`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from accounts import bearer, sign_in
from flask import Flask
from sqlalchemy import func, select
from sweep_capture import readable, said_in_headers

from hub.extensions import db
from hub.models import AuditEvent

PERIOD = "2026-09"
KINDS = ("mentor_hours", "progress_report", "placement_end")


class Reader:
    """One user's browser (signed in through the form) and its system (an API token)."""

    def __init__(self, app: Flask, username: str) -> None:
        self.page = app.test_client()
        sign_in(self.page, username)
        self.api = app.test_client()
        self.token = bearer(app, username)
        self.read: dict[str, str] = {}

    def get(self, url: str, api: bool = False) -> Any:
        """GET as the browser (or the system), keeping the readable answer of a 2xx under its URL, its
        headers too (a download's name)."""
        response = self.api.get(url, headers=self.token) if api else self.page.get(url)
        if response.status_code < 300:
            body = readable(response.get_data(), response.mimetype)
            self.read[url] = f"{body}\n{said_in_headers(response.headers)}"
        return response

    def walk(self, url: str, key: str) -> Iterator[dict[str, Any]]:
        """Every item of an API list, page by page."""
        page = 1
        while True:
            body = self.get(f"{url}{'&' if '?' in url else '?'}per_page=100&page={page}", api=True).get_json()
            yield from body[key]
            if page * body["per_page"] >= body["total"]:
                return
            page += 1


class Counted(Reader):
    """A reader that notes, for each answer it keeps, whether an audit entry by its user was written for
    it (`logged`) or not (`unlogged`)."""

    def __init__(self, hub: Flask, username: str) -> None:
        super().__init__(hub, username)
        self.hub, self.username = hub, username
        self.unlogged: list[str] = []
        self.logged: list[str] = []
        self.seen = self._newest()

    def _newest(self) -> int:
        """The id of the newest audit entry (ids only grow: a later entry has a greater one)."""
        with self.hub.app_context():
            return db.session.scalar(select(func.max(AuditEvent.id))) or 0

    def _written_since(self) -> list[str]:
        """The actors of the entries after the newest one seen, which is then the newest: one query an
        answer, reading only what it wrote (counting all of the user's entries before and after each
        answer read the whole log twice an answer)."""
        with self.hub.app_context():
            rows = db.session.execute(
                select(AuditEvent.id, AuditEvent.actor).where(AuditEvent.id > self.seen)
            ).all()
        self.seen = max((row.id for row in rows), default=self.seen)
        return [row.actor for row in rows]

    def get(self, url: str, api: bool = False) -> Any:
        response = super().get(url, api)
        actors = self._written_since()  # after every answer, so that none's entries count for the next
        if response.status_code < 300:
            mine = f"user:{self.username}"
            by = any(actor == mine or actor.startswith(f"{mine} token:") for actor in actors)
            (self.logged if by else self.unlogged).append(url)
        return response


def citizens(reader: Reader) -> None:
    """Placements and their records (API and record page), originals where offered."""
    for placement in list(reader.walk("/api/placements", "placements")):
        reader.get(f"/api/placements/{placement['id']}", api=True)
        for record in list(reader.walk(f"/api/placements/{placement['id']}/records", "records")):
            reader.get(f"/api/records/{record['id']}", api=True)
            reader.get(f"/records/{record['id']}")
            reader.get(f"/records/{record['id']}/original")


def submissions(reader: Reader) -> None:
    """The documents the company sent, each with its outcome (an auditor has no such list)."""
    for sent in list(reader.walk("/api/submissions", "submissions")):
        reader.get(f"/api/submissions/{sent['id']}", api=True)
        # As the upload page's live lines ask: each reason and note worded (`reason_text`, `note_text`).
        reader.get(f"/api/submissions/{sent['id']}?lang=da", api=True)


def company(reader: Reader, agreements: tuple[str, ...]) -> None:
    """The company's pages, files and API (`falck`: Falck Hovedstaden and Falck Randers)."""
    # The upload page's list narrowed to the files refused (`?show=rejected`, stop 60), reasons and all.
    for url in ("/company", "/upload", "/upload?show=rejected", "/agreements", "/api/agreements"):
        reader.get(url, api=url.startswith("/api/"))
    for agreement in agreements:
        reader.get(f"/company?agreement={agreement}&period={PERIOD}")
        reader.get(f"/api/agreements/{agreement}/payments?period={PERIOD}", api=True)
        for fmt in ("pdf", "xlsx", "json"):
            reader.get(f"/company/export?agreement={agreement}&format={fmt}&period={PERIOD}")
            reader.get(f"/api/agreements/{agreement}/export?format={fmt}&period={PERIOD}", api=True)
        for kind in KINDS:
            for fmt in ("pdf", "xlsx"):
                reader.get(f"/company/form?agreement={agreement}&kind={kind}&format={fmt}&period={PERIOD}")
                reader.get(f"/api/agreements/{agreement}/forms/{kind}?format={fmt}&period={PERIOD}", api=True)
    citizens(reader)
    submissions(reader)


def auditor(reader: Reader, code: str, period: str) -> None:
    """The auditor's page, bundle and checkpoint, and the API's completeness and bundle."""
    for url in ("/audit", f"/audit?period={period}", f"/audit/bundle?period={period}", "/audit/checkpoint"):
        reader.get(url)
    for what in ("completeness", "bundle"):
        reader.get(f"/api/municipalities/{code}/{what}?period={period}", api=True)
    citizens(reader)


READS: dict[str, Callable[[Reader], None]] = {
    "falck": lambda r: company(r, ("falck-hovedstaden", "falck-randers")),
    "revisor-ballerup": lambda r: auditor(r, "151", "2026-Q3"),
}
