"""The auditor's page of the reads of its municipality's citizens' data (page-136, stop 74): who read what
and when, the reads of its own municipality's citizens only (never another's, whatever a detail names),
made in its period, each citizen by participant id and name and no CPR number, linked from the audit
page, in Danish and English, and each view of it an entry of its own."""

from __future__ import annotations

from datetime import date
from typing import Any

import lxml.html
import pytest
from accounts import add_user, csrf_token
from audit_scope_support import Planted, newest_log_read, plant
from flask import Flask
from page_support import citizen_cprs, client_of, demo_copy_fixture, shown_cprs
from sqlalchemy import select

from hub.extensions import db
from hub.models import Placement, Record, RecordVersion
from hub.services.user_parties import Party

app = demo_copy_fixture("auditor-reads")
BALLERUP, GLADSAXE = "151", "159"


@pytest.fixture(scope="module")
def planted(app: Flask) -> Planted:
    """Ballerup's and Gladsaxe's entries (`audit_scope_support`), Gladsaxe's trap naming "151" as a period."""
    return plant(app, (BALLERUP, GLADSAXE))


def _auditor(app: Flask, name: str, start: date, end: date) -> Any:
    add_user(app, name, "auditor", Party(municipality=BALLERUP, audit_start=start, audit_end=end))
    return client_of(app, name)


@pytest.fixture(scope="module")
def auditor(app: Flask, planted: Planted) -> Any:
    """Ballerup's auditor for a period from 2026 to long after the entries were planted."""
    return _auditor(app, "revisor-ballerup-reads", date(2026, 1, 1), date(2099, 12, 31))


def _rows(client: Any, query: str = "") -> dict[int, lxml.html.HtmlElement]:
    answer = client.get(f"/audit/reads{query}", headers={"Accept-Language": "da"})
    assert answer.status_code == 200, answer.status_code
    page = lxml.html.fromstring(answer.get_data(as_text=True))
    return {int(tr.get("id").removeprefix("read-")): tr for tr in page.xpath('//table[@id="reads"]/tbody/tr')}


def _citizen(app: Flask, placement_id: int) -> tuple[str, str]:
    """The placement's participant id and the citizen's name from its placement record."""
    with app.app_context():
        found = db.session.execute(
            select(Placement.participant_id, RecordVersion.data)
            .join(Record, (Record.placement_id == Placement.id) & (Record.form_type == "placement"))
            .join(
                RecordVersion,
                (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version),
            )
            .where(Placement.id == placement_id)
        ).one()
    return found[0], found[1]["citizen"]["name"]


def test_the_reads_of_its_own_citizens_only(app: Flask, planted: Planted, auditor: Any) -> None:
    shown = _rows(auditor)
    # Ballerup's reads (a record, a placement, a document's submission, an original) and the two shared
    # reads naming Ballerup; not the claim's udtræk, the bundle or the correction, which are no reads.
    record, placement, submission, original = planted.of[BALLERUP][:4]
    assert {record, placement, submission, original, *planted.shared} <= set(shown)
    assert not set(shown) & set(planted.of[BALLERUP][4:])
    assert not set(shown) & set(planted.of[GLADSAXE])  # the trap too: "151" as a period is not Ballerup
    assert all(tr.get("data-action").startswith("read.") for tr in shown.values())
    text = " ".join(tr.text_content() for tr in shown.values())
    assert planted.participant[GLADSAXE] not in text
    assert shown_cprs(text, citizen_cprs(app, municipality=BALLERUP)) == []


def test_a_citizen_by_participant_id_and_name(app: Flask, planted: Planted, auditor: Any) -> None:
    shown = _rows(auditor)
    pid, name = _citizen(app, planted.placement[BALLERUP])
    record, placement, submission = planted.of[BALLERUP][:3]
    for entry in (record, placement):
        assert " ".join(shown[entry].xpath('string(td[@class="citizen"])').split()) == f"{pid} {name}"
    # A document names no one citizen: its subject as logged.
    assert shown[submission].xpath('string(td[@class="citizen"])').strip().startswith("submission:")
    assert shown[record].xpath('string(td[@class="actor"])').strip() == "user:falck"


def test_outside_its_period_none(app: Flask, planted: Planted) -> None:
    january = _auditor(app, "revisor-ballerup-january", date(2026, 1, 1), date(2026, 1, 31))
    assert not set(_rows(january)) & {*planted.of[BALLERUP], *planted.shared}


def test_linked_in_english_and_each_view_an_entry(app: Flask, auditor: Any) -> None:
    audit = lxml.html.fromstring(auditor.get("/audit").get_data(as_text=True))
    assert audit.xpath('//a[@id="reads-link"]/@href') == ["/audit/reads"]
    auditor.post("/language", data={"lang": "en", "csrf_token": csrf_token(auditor, "/agreements")})
    page = lxml.html.fromstring(auditor.get("/audit/reads").get_data(as_text=True))
    auditor.post("/language", data={"lang": "da", "csrf_token": csrf_token(auditor, "/agreements")})
    assert page.xpath("string(//h1)") == "Reads of personal data"
    assert "the citizens of Ballerup from" in page.xpath('string(//p[@id="reads-about"])')
    last = newest_log_read(app)
    assert (last.actor, last.subject) == ("user:revisor-ballerup-reads", "audit-log")
    assert last.detail["as"] == "auditor_reads"
    assert last.detail["filter"] == {"action": "read.", "since": "2026-01-01", "until": "2099-12-31"}
    danish = lxml.html.fromstring(auditor.get("/audit/reads").get_data(as_text=True))
    assert danish.xpath("string(//h1)") == "Læsninger af personoplysninger"
