"""The admin's audit-log page and its CSV udtræk (page-113, stop 69): who read or changed what, newest
first in Danish time, filtered as `hub audit log` filters, a page at a time with the filter kept, the
action in words beside the raw one, bad filters said at their fields (400, never a 500), and each read of
the log an entry of its own, a CPR number typed into the filter masked there."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import lxml.html
import pytest
from accounts import add_user, csrf_token
from flask import Flask
from page_support import client_of
from sqlalchemy import select

from hub.extensions import db
from hub.models import AuditEvent
from hub.services import audit

MOMENT = datetime(2026, 9, 1, 8, 15, tzinfo=UTC)  # 10.15 in Danish summer time


def _entries(app: Flask, rows: list[tuple[str, str, str, dict[str, object]]], at: datetime = MOMENT) -> None:
    with app.app_context():
        for actor, action, subject, detail in rows:
            audit.append(db.session, actor, action, subject, detail).occurred_at = at
        db.session.commit()


def _reads_of_the_log(app: Flask) -> list[AuditEvent]:
    with app.app_context():
        query = select(AuditEvent).where(AuditEvent.action == "read.audit_log").order_by(AuditEvent.id)
        found = list(db.session.scalars(query))
        db.session.expunge_all()
        return found


@pytest.fixture
def admin(app: Flask) -> object:
    add_user(app, "admin")
    return client_of(app, "admin")


def test_newest_first_in_words_a_page_at_a_time_the_filter_kept(app: Flask, admin: object) -> None:
    _entries(
        app, [("user:revisor-ballerup", "read.record", f"record:{n}", {"version": 1}) for n in range(1, 61)]
    )
    _entries(app, [("user:falck", "read.record", "record:7", {"version": 2})])  # another actor: not listed
    _entries(app, [("user:revisor-ballerup", "bundle.created", "municipality:151", {})])  # not a read
    answer = admin.get("/admin/audit-log?action=read.&actor=revisor-ballerup")  # type: ignore[attr-defined]
    assert answer.status_code == 200
    page = lxml.html.fromstring(answer.get_data(as_text=True))
    rows = page.xpath('//table[@id="entries"]/tbody/tr')
    assert len(rows) == 50
    first = rows[0]
    assert first.xpath('string(td[@class="about"])').strip() == "record:60"
    assert first.xpath("string(th)").strip() == "1. sep. 2026 kl. 10.15"
    assert first.xpath('string(td[@class="actor"])').strip() == "user:revisor-ballerup"
    assert " ".join(first.xpath('string(td[@class="action"])').split()) == "Læste en post read.record"
    assert first.xpath('string(td[@class="detail"])').strip() == "Version: 1"
    # The filter stays in the form and in the pager's link, and the next page holds the other ten.
    assert page.xpath('//input[@id="filter-action"]/@value') == ["read."]
    assert page.xpath('//input[@id="filter-actor"]/@value') == ["revisor-ballerup"]
    [older] = page.xpath('//nav[@class="pager"]//a[@rel="next"]/@href')
    assert "action=read." in older and "actor=revisor-ballerup" in older and "page=2" in older
    second = lxml.html.fromstring(admin.get(older).get_data(as_text=True))  # type: ignore[attr-defined]
    subjects = [s.strip() for s in second.xpath('//table[@id="entries"]/tbody/tr/td[@class="about"]/text()')]
    assert subjects == [f"record:{n}" for n in range(10, 0, -1)]


def test_the_page_speaks_english_too(app: Flask, admin: object) -> None:
    _entries(app, [("user:falck", "export.claim", "agreement:falck-hovedstaden", {})])
    admin.post("/language", data={"lang": "en", "csrf_token": csrf_token(admin, "/admin/audit-log")})  # type: ignore[attr-defined]
    page = lxml.html.fromstring(admin.get("/admin/audit-log?actor=falck").get_data(as_text=True))  # type: ignore[attr-defined]
    [action] = page.xpath('//table[@id="entries"]/tbody/tr/td[@class="action"]')
    assert " ".join(action.text_content().split()) == "Downloaded a claim export.claim"
    assert page.xpath("string(//h1)") == "Audit log"


def test_what_an_entry_is_about_links_only_where_the_admin_may_look(app: Flask, admin: object) -> None:
    """A user's entry leads to the users' list; a record's stays text: the admin sees no citizen's data."""
    _entries(app, [("cli", "user.created", "user:falck", {}), ("user:falck", "read.record", "record:42", {})])
    page = lxml.html.fromstring(admin.get("/admin/audit-log?actor=").get_data(as_text=True))  # type: ignore[attr-defined]
    about = {
        row.xpath("string(td[@class='about'])").strip(): row.xpath("td[@class='about']/a/@href")
        for row in page.xpath('//table[@id="entries"]/tbody/tr')
    }
    assert about["user:falck"] == ["/admin/users#user-falck"]
    assert about["record:42"] == []


@pytest.mark.parametrize(
    ("query", "field", "said"),
    [
        ("since=soon", "since", "'soon' er ikke en dag: skriv den som år-måned-dag, fx 2026-09-01."),
        (
            "until=2026-02-30",
            "until",
            "'2026-02-30' er ikke en dag: skriv den som år-måned-dag, fx 2026-09-01.",
        ),
        (
            "since=2026-09-02&until=2026-09-01",
            "until",
            "Den sidste dag (2026-09-01) ligger før den første (2026-09-02): ingen post kan ligge i begge. "
            "Byt om på dem.",
        ),
    ],
)
def test_a_filter_that_cannot_be_used_is_said_at_its_field(
    app: Flask, admin: object, query: str, field: str, said: str
) -> None:
    _entries(app, [("user:falck", "read.record", "record:1", {})])
    for path in ("/admin/audit-log", "/admin/audit-log/udtraek.csv"):
        answer = admin.get(f"{path}?{query}")  # type: ignore[attr-defined]
        assert answer.status_code == 400, path
        page = lxml.html.fromstring(answer.get_data(as_text=True))
        assert page.xpath(f'string(//p[@id="filter-{field}-error"])') == said
        assert page.xpath(f'//input[@id="filter-{field}"]/@aria-invalid') == ["true"]
        assert page.xpath('//table[@id="entries"]') == []  # nothing listed as if it were filtered
    assert _reads_of_the_log(app) == []  # nothing was read


def test_each_read_of_the_log_is_an_entry_a_cpr_number_typed_masked(app: Flask, admin: object) -> None:
    _entries(app, [("user:falck", "read.record", "record:1", {})])
    admin.get("/admin/audit-log?subject=0101901234&since=2026-09-01")  # type: ignore[attr-defined]
    admin.get("/admin/audit-log/udtraek.csv?action=read.")  # type: ignore[attr-defined]
    first, second = _reads_of_the_log(app)
    assert (first.actor, first.subject) == ("user:admin", "audit-log")
    assert first.detail == {
        "party": "admin",
        "as": "page",
        "filter": {"subject": "XXXXXX-XXXX", "since": "2026-09-01"},
        "entries": 0,
        "page": 1,
    }
    assert second.detail == {"party": "admin", "as": "udtraek", "filter": {"action": "read."}, "entries": 2}


def test_the_udtraek_is_csv_for_danish_excel_of_every_page(app: Flask, admin: object) -> None:
    _entries(app, [("user:falck", "read.company_page", "agreement:falck-hovedstaden", {"period": "2026-08"})])
    _entries(app, [("user:revisor-ballerup", "read.record", f"record:{n}", {}) for n in range(1, 56)])
    answer = admin.get("/admin/audit-log/udtraek.csv?actor=user:falck")  # type: ignore[attr-defined]
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert answer.headers["Content-Disposition"].startswith('attachment; filename="revisionslog-')
    body = answer.get_data()
    assert body.startswith("\ufeff".encode())
    lines = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert lines[0] == [
        "id",
        "tidspunkt",
        "aktoer",
        "handling",
        "handling_da",
        "handling_en",
        "emne",
        "detaljer",
    ]
    [row] = lines[1:]
    assert row[1:] == [
        "2026-09-01T10:15:00+02:00",
        "user:falck",
        "read.company_page",
        "Læste virksomhedens side",
        "Read the company's page",
        "agreement:falck-hovedstaden",
        '{"period": "2026-08"}',
    ]
    # Every page of a filter, not the 50 the page shows.
    every = admin.get("/admin/audit-log/udtraek.csv?actor=revisor-ballerup").get_data()  # type: ignore[attr-defined]
    assert len(every.decode("utf-8-sig").splitlines()) == 1 + 55


@pytest.mark.parametrize(
    "query", ["until=9999-12-31", "since=0001-01-01", "since=0001-01-01&until=9999-12-31"]
)
def test_a_day_at_the_calendars_end_bounds_nothing(app: Flask, admin: object, query: str) -> None:
    """`9999-12-31` included ends after the calendar's last midnight, and `0001-01-01`'s midnight in
    Denmark is before UTC's first day: each put a time Python cannot hold into the query
    (a 500 before review-115)."""
    _entries(app, [("user:falck", "read.record", "record:1", {})])
    answer = admin.get(f"/admin/audit-log?actor=falck&{query}")  # type: ignore[attr-defined]
    assert answer.status_code == 200
    page = lxml.html.fromstring(answer.get_data(as_text=True))
    assert page.xpath('//table[@id="entries"]/tbody/tr/td[@class="about"]/text()') == ["record:1"]
    answer = admin.get(f"/admin/audit-log/udtraek.csv?actor=falck&{query}")  # type: ignore[attr-defined]
    assert answer.status_code == 200
    assert [row[6] for row in csv.reader(io.StringIO(answer.get_data(as_text=True)), delimiter=";")][1:] == [
        "record:1"
    ]


def test_older_neither_repeats_nor_skips_an_entry(app: Flask, admin: object) -> None:
    """Each read of the log is an entry of its own, newest of all: unpinned, "Older" began with the last
    entry of the page before it wherever the filter took in the reads of the log (review-115)."""
    _entries(app, [("user:falck", "read.record", f"record:{n}", {}) for n in range(1, 56)])
    page = lxml.html.fromstring(admin.get("/admin/audit-log?action=read.").get_data(as_text=True))  # type: ignore[attr-defined]
    first = page.xpath('//table[@id="entries"]/tbody/tr/td[@class="about"]/text()')
    [older] = page.xpath('//nav[@class="pager"]//a[@rel="next"]/@href')
    second = lxml.html.fromstring(admin.get(older).get_data(as_text=True))  # type: ignore[attr-defined]
    rest = second.xpath('//table[@id="entries"]/tbody/tr/td[@class="about"]/text()')
    assert first[:1] == ["record:55"] and len(first) == 50
    assert rest == [f"record:{n}" for n in range(5, 0, -1)]


def test_a_records_versions_are_said_by_why_each_was_stored(app: Flask, admin: object) -> None:
    # page-119: a version stored from a file read for the first time was "Post ændret", as a change.
    _entries(
        app,
        [
            ("worker", "record.submitted", "record:5", {"version": 1}),
            ("cli", "record.reprocessed", "record:5", {"version": 2}),
            ("worker", "record.reapplied", "record:5", {"version": 3}),
            ("worker", "record.mended", "record:5", {"version": 4}),  # no words of its own: by its kind
        ],
    )
    page = lxml.html.fromstring(admin.get("/admin/audit-log?subject=record:5").get_data(as_text=True))  # type: ignore[attr-defined]
    said = [" ".join(td.text_content().split()) for td in page.xpath('//tbody/tr/td[@class="action"]')]
    assert said == [
        "Post ændret record.mended",
        "Postens nyeste blanket gjort gældende igen record.reapplied",
        "Post læst igen efter ændret opsætning record.reprocessed",
        "Post gemt fra en fil record.submitted",
    ]


def test_a_hash_in_the_detail_is_its_first_digits_on_the_page_and_whole_in_the_udtraek(
    app: Flask, admin: object
) -> None:
    # page-119: a stored version's two SHA-256s were most of the row, on a phone two screens of digits.
    data, document = "ab" * 32, "0123456789" * 6 + "abcd"
    detail = {"version": 1, "data_sha256": data, "files": [{"sha256": document}], "note": "c" * 63}
    _entries(app, [("worker", "record.submitted", "record:9", detail)])
    page = lxml.html.fromstring(admin.get("/admin/audit-log?subject=record:9").get_data(as_text=True))  # type: ignore[attr-defined]
    shown = page.xpath('string(//tbody/tr/td[@class="detail"])').strip()
    # Only the 64-digit values are cut; 63 digits are not a SHA-256. In words, by key.
    assert shown == (
        "SHA-256 af data: abababababab… · Filer: SHA-256 af filen: 012345678901… · "
        f"note: {'c' * 63} · Version: 1"
    )
    udtraek = admin.get("/admin/audit-log/udtraek.csv?subject=record:9").get_data().decode("utf-8-sig")  # type: ignore[attr-defined]
    [row] = list(csv.reader(io.StringIO(udtraek), delimiter=";"))[1:]
    assert json.loads(row[-1]) == detail


def test_a_details_keys_are_said_in_words_its_lists_as_items_and_provenance_rows_counted(
    app: Flask, admin: object
) -> None:
    # page-119: a municipality's caseworker read `{"data_form": 2, "provenance_rows": ["000fc42c", …]}`.
    detail = {
        "participant": "P-7K2QF9XM4TA",
        "form_type": "mentor_hours",
        "municipalities": ["163", "159"],
        "provenance_rows": ["000fc42c", "47296dc3", "49e7229f"],
        "signed": True,
        "kept_for": None,
    }
    _entries(app, [("worker", "record.submitted", "record:9", detail)])
    page = lxml.html.fromstring(admin.get("/admin/audit-log?subject=record:9").get_data(as_text=True))  # type: ignore[attr-defined]
    cell = page.xpath('//tbody/tr/td[@class="detail"]')[0]
    pairs = [" ".join(p.text_content().split()) for p in cell.xpath('span[@class="pair"]')]
    # A key without words of its own is said as written, its underscores spaces.
    assert pairs == [  # by key, as the JSON was
        "Slags skema: Mentortimer",
        "kept for: –",
        "Kommuner: 163, 159",
        "Deltager: P-7K2QF9XM4TA",
        "Rækker med oprindelse: 3",
        "signed: ja",
    ]
    # The values are the log's own: not to be translated; the names are the page's.
    assert cell.xpath('span[@class="pair"]/span/@translate') == ["no"] * 6
    assert "{" not in cell.text_content()


def test_the_action_field_offers_the_actions_in_words(app: Flask, admin: object) -> None:
    """The field asked for "read." as code; it now offers each kind and action by its words."""
    page = lxml.html.fromstring(admin.get("/admin/audit-log").get_data(as_text=True))  # type: ignore[attr-defined]
    assert page.xpath('//input[@id="filter-action"]/@list') == ["filter-actions"]
    offered = {
        o.get("value"): o.text_content() for o in page.xpath('//datalist[@id="filter-actions"]/option')
    }
    assert offered["read."] == "Læste: alle handlinger af den slags"
    assert offered["read.record"] == "Læste en post"
    assert offered["record.submitted"] == "Post gemt fra en fil"
