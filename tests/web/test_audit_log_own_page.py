"""A municipality's own audit-log page and its udtræk (page-116, stop 70): its staff see the entries about
their own citizens (a record, a placement, a document, a claim, a bundle, and the shared reads naming
them, cut to their own), never another municipality's, whatever the filters; the lead no more than a
partner; each read of it an entry of its own."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import lxml.html
import pytest
from accounts import csrf_token
from audit_scope_support import Planted, newest_log_read, plant
from flask import Flask
from page_support import client_of, demo_copy_fixture

from hub.extensions import db
from hub.models import Placement, Record, Submission

app = demo_copy_fixture("audit-log-own")
HERLEV, GLADSAXE = "163", "159"


@pytest.fixture(scope="module")
def planted(app: Flask) -> Planted:
    return plant(app, (HERLEV, GLADSAXE))


@pytest.fixture(scope="module")
def herlev(app: Flask, planted: Planted) -> Any:
    return client_of(app, "kommune-herlev")


def _shown(client: Any, query: str) -> dict[int, lxml.html.HtmlElement]:
    answer = client.get(f"/audit-log?{query}")
    assert answer.status_code == 200, answer.get_data(as_text=True)
    page = lxml.html.fromstring(answer.get_data(as_text=True))
    return {
        int(row.get("id").removeprefix("entry-")): row
        for row in page.xpath('//table[@id="entries"]/tbody/tr')
    }


FILTERS = [
    "",
    "action=read.",
    "actor=falck",
    "actor=revisor-ballerup",
    "action=export.",
    "action=bundle.",
    "subject=placements",
    "since=2026-01-01&until=2030-12-31",
]


@pytest.mark.parametrize("query", FILTERS)
def test_a_partner_never_sees_another_municipalitys_entry(herlev: Any, planted: Planted, query: str) -> None:
    shown = _shown(herlev, query)
    assert not set(shown) & set(planted.of[GLADSAXE])
    mine = set(planted.of[HERLEV]) | set(planted.shared)
    assert mine & set(shown)  # each filter above matches some of its own


def test_another_municipalitys_subject_asked_for_is_not_there(herlev: Any, planted: Planted) -> None:
    for subject in (f"record:{planted.record[GLADSAXE]}", f"placement:{planted.placement[GLADSAXE]}"):
        assert _shown(herlev, f"subject={subject}") == {}
    mine = _shown(herlev, f"subject=record:{planted.record[HERLEV]}")
    # Its entries about the record, newest first: the change by its own staff, the two reads, and the
    # record stored when the demo's form was read.
    assert [row.get("data-action") for row in mine.values()] == [
        "record.corrected",
        "read.document",
        "read.record",
        "record.submitted",
    ]


def test_by_actor_exactly_its_own_and_the_shared_reads_cut_to_its_own(herlev: Any, planted: Planted) -> None:
    shown = _shown(herlev, "actor=falck")
    # Falck's reads of Herlev's record, placement and document, and of the company page naming both.
    record, placement, submission = planted.of[HERLEV][:3]
    assert sorted(shown) == sorted([record, placement, submission, planted.shared[0]])
    detail = " ".join(shown[planted.shared[0]].xpath('string(td[@class="detail"])').split())
    assert detail == f"Kommuner: {HERLEV} · Deltagere: {planted.participant[HERLEV]}"
    lists = _shown(herlev, "subject=placements")
    detail = " ".join(lists[planted.shared[1]].xpath('string(td[@class="detail"])').split())
    assert detail == f"Kommuner: {HERLEV} · Praktikforløb: {planted.placement[HERLEV]}"


def test_the_lead_sees_its_own_citizens_not_its_partners(app: Flask, planted: Planted) -> None:
    shown = _shown(client_of(app, "lead-gladsaxe"), "")
    assert set(planted.of[GLADSAXE]) <= set(shown)  # the trap too: it is Gladsaxe's
    assert not set(shown) & set(planted.of[HERLEV])
    assert planted.participant[HERLEV] not in json.dumps([row.text_content() for row in shown.values()])


def test_the_udtraek_holds_every_own_entry_and_only_those(app: Flask, herlev: Any, planted: Planted) -> None:
    answer = herlev.get("/audit-log/udtraek.csv")
    assert answer.status_code == 200
    assert answer.headers["Content-Disposition"].startswith('attachment; filename="revisionslog-163-')
    rows = list(csv.DictReader(io.StringIO(answer.get_data(as_text=True).lstrip("\ufeff")), delimiter=";"))
    ids = {int(row["id"]) for row in rows}
    assert set(planted.of[HERLEV]) | set(planted.shared) <= ids
    assert not ids & set(planted.of[GLADSAXE])
    # Every entry the demo wrote about a record, placement or document in it is Herlev's.
    with app.app_context():
        for row in rows:
            kind, _, ident = row["emne"].partition(":")
            model = {"record": Record, "placement": Placement, "submission": Submission}.get(kind)
            if model is not None:
                assert db.session.get(model, int(ident)).municipality_code == HERLEV, row["emne"]
    assert planted.participant[GLADSAXE] not in answer.get_data(as_text=True)


def test_each_read_is_an_entry_and_the_page_speaks_english(app: Flask, herlev: Any, planted: Planted) -> None:
    herlev.post("/language", data={"lang": "en", "csrf_token": csrf_token(herlev, "/agreements")})
    page = lxml.html.fromstring(herlev.get("/audit-log?action=bundle.").get_data(as_text=True))
    herlev.post("/language", data={"lang": "da", "csrf_token": csrf_token(herlev, "/agreements")})
    assert page.xpath("string(//h1)") == "Audit log"
    assert "the citizens of Herlev" in page.xpath('string(//p[@id="audit-log-about"])')
    last = newest_log_read(app)
    assert (last.actor, last.subject) == ("user:kommune-herlev", "audit-log")
    assert last.detail == {
        "party": "municipality 163",
        "as": "page",
        "filter": {"action": "bundle."},
        "entries": 1,
        "page": 1,
    }
