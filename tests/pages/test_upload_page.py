"""The upload page's list of files sent: a rejected file's reasons stay there, in the page's language, and
each accepted file links to its records."""

from __future__ import annotations

import tomllib
from html import unescape
from typing import Any

import lxml.html
import pytest
from accounts import add_user, bearer, csrf_token, sign_in
from conftest import ROOT
from flask import Flask
from page_support import accepted, load_agreements
from sqlalchemy import update

from hub.errors import FieldProblem
from hub.extensions import db
from hub.models import Placement, Record, Submission
from hub.services import ingest, records

FORM = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()


def _rejected(submission_id: int, problem: FieldProblem, form_id: str | None = None) -> None:
    """Mark a stored submission rejected with one problem, as a worker would have (no reader needed)."""
    db.session.execute(
        update(Submission)
        .where(Submission.id == submission_id)
        .values(status="rejected", form_id=form_id, problems=[problem.to_dict()])
    )
    db.session.commit()


def test_a_rejected_files_reasons_stay_on_the_page_after_it_was_sent(app: Flask, client: Any) -> None:
    load_agreements(app)
    add_user(app, "kommune-herlev")
    problem = FieldProblem(
        "not a date: '32.08.2026'",
        "ikke en dato: '32.08.2026'",
        file="p.csv",
        locator="row 2",
        field="period.start",
    )
    with app.app_context():
        sent = ingest.submit(db.session, b"x;y\n", "p.csv", "163", "web", "user:kommune-herlev")
        _rejected(sent.submission_id, problem)
    sign_in(client, "kommune-herlev")
    page = client.get("/upload").get_data(as_text=True)
    listed = page.split('<details class="sent-problems">', 1)[1].split("</details>", 1)[0]
    assert "1 fejl" in listed
    assert (
        '<span translate="no">row 2</span> / startdato: ikke en dato: '
        '<span translate="no">&#39;32.08.2026&#39;</span>' in listed
    )  # under the row titled p.csv, not "p.csv / row 2" (`test_a_rejected_files_name_is_not_said_again…`)


def test_a_rejected_files_name_is_not_said_again_in_its_own_row(app: Flask, client: Any) -> None:
    """The walk of stop 45: "progress_report.pdf: ikke en blanket fra …" under the row titled
    progress_report.pdf. The row names the file; its problem says why. A zip's member, named otherwise
    than the row it is listed in, is still named."""
    load_agreements(app)
    add_user(app, "kommune-herlev")
    alone = FieldProblem("not a form of Herlev's", "ikke en blanket fra Herlev", file="progress_report.pdf")
    member = FieldProblem("not a form of Herlev's", "ikke en blanket fra Herlev", file="bilag/rapport.pdf")
    with app.app_context():
        for name, problem in (("progress_report.pdf", alone), ("samlet.zip", member)):
            data = f"%PDF-1.4 {name}\n".encode()  # two files' bytes: not one sent twice
            sent = ingest.submit(db.session, data, name, "163", "web", "user:kommune-herlev")
            _rejected(sent.submission_id, problem)
    sign_in(client, "kommune-herlev")
    page = lxml.html.fromstring(client.get("/upload").text)
    said = {
        row.xpath("string(./th)"): [li.text_content() for li in row.xpath('.//ul[@class="problems"]/li')]
        for row in page.xpath('//table[@id="recent"]/tbody/tr')
    }
    # Standing alone, the reason reads as a sentence (`hub.web.refusals`).
    assert said["progress_report.pdf"] == ["Ikke en blanket fra Herlev."]
    assert said["samlet.zip"] == ["bilag/rapport.pdf: ikke en blanket fra Herlev"]


def test_each_accepted_file_in_the_list_links_to_the_records_it_made(app: Flask, client: Any) -> None:
    """The file's own record, and for a file that repeated stored content the record it repeats."""
    load_agreements(app)
    add_user(app, "kommune-herlev")
    first = accepted(app, FORM, "praktik.csv", "herlev")
    again = accepted(app, FORM.replace(b"\n", b"\r\n"), "praktik-kopi.csv", "herlev")  # the same content
    with app.app_context():
        [made] = records.versions_of_submission(db.session, first)
        record_id, version = made.record_id, made.version
        record = db.session.get_one(Record, record_id)
        participant = db.session.get_one(Placement, record.placement_id).participant_id
        assert records.submission(db.session, again).unchanged_version_id is not None
    sign_in(client, "kommune-herlev")
    page = lxml.html.fromstring(client.get("/upload").text)
    cells = {
        row.xpath('./td[@class="number"]')[0].text_content(): row.xpath("./td")[-1]
        for row in page.xpath('//table[@id="recent"]/tbody/tr')
    }
    for submission_id in (first, again):
        [link] = cells[str(submission_id)].xpath(".//a")
        assert link.get("href") == f"/records/{record_id}?version={version}"
        # A one-record file names no intern in a row: the record is named by its participant id (page-123).
        assert link.text_content() == participant
    assert client.get(f"/records/{record_id}?version={version}").status_code == 200


def test_a_rejected_files_form_is_named_by_its_title_not_its_id(app: Flask, client: Any) -> None:
    # "p.csv / praktikaftale / række 2" named the form by the config's id; the caseworker knows its title.
    load_agreements(app)
    add_user(app, "kommune-herlev")
    herlev = tomllib.loads((ROOT / "config" / "municipalities" / "herlev.toml").read_text(encoding="utf-8"))
    form = herlev["forms"][0]
    problem = FieldProblem("missing", "mangler", file="p.csv", form=form["id"], locator="row 2")
    with app.app_context():
        sent = ingest.submit(db.session, b"x;y\n", "p.csv", "163", "web", "user:kommune-herlev")
        _rejected(sent.submission_id, problem, form["id"])
    sign_in(client, "kommune-herlev")
    listed = unescape(
        client.get("/upload").get_data(as_text=True).split('<details class="sent-problems">')[1]
    )
    assert f'<span translate="no">{form["title"]} / row 2</span>: mangler' in listed  # in p.csv's row
    assert f"/ {form['id']} /" not in listed


def test_a_file_named_after_a_citizen_is_masked_for_whoever_did_not_send_it(app: Flask) -> None:
    """A data-protection review named a company's file "Kasper 050505-1234.xlsx": the company's lists
    and the API showed the number whole. The company sees none of it, the lead the birth date only,
    and a problem quoting it likewise; the municipality that sent its own file reads it whole."""
    load_agreements(app)
    for name in ("falck", "lead-gladsaxe", "kommune-herlev"):
        add_user(app, name)
    problem = FieldProblem("not a date: '0505051234'", "ikke en dato: '0505051234'", file="x.xlsx")
    with app.app_context():
        company = ingest.submit_company(
            db.session, b"x;y\n", "Kasper 050505-1234.xlsx", "falck-hovedstaden", "company", "user:falck"
        )
        own = ingest.submit(db.session, b"x;z\n", "Anna 060606-1234.csv", "163", "web", "user:kommune-herlev")
        _rejected(company.submission_id, problem)
    falck = app.test_client()
    sign_in(falck, "falck")
    for page in ("/company", "/upload"):
        text = falck.get(page).get_data(as_text=True)
        assert "Kasper XXXXXX-XXXX.xlsx" in text and "050505" not in text and "0505051234" not in text
    api = app.test_client().get("/api/submissions", headers=bearer(app, "falck")).get_json()
    [listed] = api["submissions"]
    assert listed["filename"] == "Kasper XXXXXX-XXXX.xlsx"
    assert listed["problems"][0]["reason_en"] == "not a date: 'XXXXXX-XXXX'"
    lead = app.test_client().get(
        f"/api/submissions/{company.submission_id}", headers=bearer(app, "lead-gladsaxe")
    )
    assert lead.get_json()["filename"] == "Kasper 050505-XXXX.xlsx"
    herlev = app.test_client().get(
        f"/api/submissions/{own.submission_id}", headers=bearer(app, "kommune-herlev")
    )
    assert herlev.get_json()["filename"] == "Anna 060606-1234.csv"


def _shown_line(page: str) -> tuple[int, str]:
    """The rows of the list of files sent, and the line under it saying how many there are in all."""
    html = lxml.html.fromstring(page)
    rows = len(html.xpath('//table[@id="recent"]/tbody/tr'))
    return rows, " ".join(html.xpath('string(//p[@id="recent-shown"])').split())


@pytest.mark.parametrize(("sent", "shown"), [(23, (20, "Viser 1–20 af 23.")), (3, (3, ""))])
def test_the_list_of_files_sent_says_which_it_shows_when_not_all(
    app: Flask, client: Any, sent: int, shown: tuple[int, str]
) -> None:
    """The page lists the 20 newest: with 23 sent, it says which of them it shows; a list shown whole
    says nothing more."""
    load_agreements(app)
    add_user(app, "kommune-herlev")
    _sent(app, sent)
    sign_in(client, "kommune-herlev")
    assert _shown_line(client.get("/upload").text) == shown


def _falck_sent_twelve(app: Flask, client: Any) -> None:
    """Falck's user has sent 12 forms and is signed in on `client`."""
    load_agreements(app)
    add_user(app, "falck")
    with app.app_context():
        for n in range(12):
            ingest.submit_company(
                db.session, f"x;{n}\n".encode(), f"f{n}.xlsx", "falck-hovedstaden", "web", "user:falck"
            )
        db.session.commit()
    sign_in(client, "falck")


def test_the_companys_list_of_forms_sent_says_how_many_there_are_in_all(app: Flask, client: Any) -> None:
    """The company's page lists its 10 newest forms: with 12 sent, it says so."""
    _falck_sent_twelve(app, client)
    assert _shown_line(client.get("/company").text) == (10, "Viser 1–10 af 12.")


def _sent(app: Flask, count: int) -> list[int]:
    """`count` files sent by Herlev, their submission ids oldest first."""
    with app.app_context():
        ids = [
            ingest.submit(
                db.session, f"x;{n}\n".encode(), f"p{n}.csv", "163", "web", "user:kommune-herlev"
            ).submission_id
            for n in range(count)
        ]
        db.session.commit()
    return ids


def _listed(page: str) -> tuple[list[int], dict[str, str]]:
    """The submission numbers the list shows, and its links to the pages beside (rel: href)."""
    html = lxml.html.fromstring(page)
    numbers = [int(n) for n in html.xpath('//table[@id="recent"]/tbody/tr/td[@class="number"]/text()')]
    return numbers, {a.get("rel"): a.get("href") for a in html.xpath('//nav[@class="pager"]//a')}


def test_every_file_sent_can_be_reached_a_page_at_a_time(app: Flask, client: Any) -> None:
    """45 files: 20 newest on page 1, the next 20 on page 2, the 5 oldest on page 3, each page linking
    to its neighbours; a page past the end shows the last one."""
    load_agreements(app)
    add_user(app, "kommune-herlev")
    ids = _sent(app, 45)
    sign_in(client, "kommune-herlev")
    first, links = _listed(client.get("/upload").text)
    assert first == ids[::-1][:20] and set(links) == {"next"}
    second, links = _listed(client.get(links["next"]).text)
    assert second == ids[::-1][20:40] and set(links) == {"prev", "next"}
    page = client.get(links["next"]).text
    third, links = _listed(page)
    assert third == ids[:5][::-1] and set(links) == {"prev"}
    assert _shown_line(page) == (5, "Viser 41–45 af 45.")
    assert _listed(client.get("/upload?page=9").text)[0] == third
    assert _listed(client.get("/upload?page=x").text)[0] == first


def test_the_companys_pages_keep_the_agreement_it_chose(app: Flask, client: Any) -> None:
    _falck_sent_twelve(app, client)
    html = lxml.html.fromstring(client.get("/company?agreement=falck-hovedstaden").text)
    links = {a.get("rel"): a.get("href") for a in html.xpath('//nav[@class="pager"]//a')}
    assert links["next"].startswith("/company?") and "agreement=falck-hovedstaden" in links["next"]
    assert _shown_line(client.get(links["next"]).text) == (2, "Viser 11–12 af 12.")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_company_is_not_told_its_files_are_read_by_a_municipalitys_adapter(
    app: Flask, client: Any, lang: str
) -> None:
    # A company's files are read as the hub's one form for companies (`submission_adapter.adapter_for`);
    # the page said "Hver fil læses efter kommunens opsætning" to it too (stop 42 review). It links the form
    # instead.
    load_agreements(app)
    add_user(app, "falck")
    sign_in(client, "falck")
    if lang == "en":
        client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/upload")})
    page = lxml.html.fromstring(client.get("/upload").text)
    intro = " ".join(page.xpath("//main//h1/following-sibling::p[1]")[0].text_content().split())
    assert "kommune" not in intro.lower() and "municipality" not in intro.lower(), intro
    link = page.xpath("//main//h1/following-sibling::p[1]/a")[0]
    assert link.get("href") == "/company"
    expected = {"da": "Hent skemaet på siden Vores aftale.", "en": "Get the form on the page Our agreement."}
    assert link.text_content() == expected[lang]
