"""Placements and records through the API: each role sees the CPR number, benefit and visitation as
DESIGN.md's table says, lists come a page at a time with Link headers, and records carry ETags."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from accounts import sign_in
from api_support import Caller, events
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import demo_copy_fixture, sent_by_a_municipality
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from hub.cli import cli
from hub.extensions import db
from hub.models import Placement, PlacementSummary, Record, RecordVersion, Submission

CPR = re.compile(r"^\d{10}$")
MASKED = re.compile(r"^\d{6}-XXXX$")
ANY_CPR = re.compile(r"\d{6}-?\d{4}")


app = demo_copy_fixture("api-placements")


def everything(caller: Caller) -> list[dict[str, Any]]:
    """Every placement the caller may read, following the Link header page by page."""
    found: list[dict[str, Any]] = []
    url: str | None = "/api/placements?per_page=5"
    while url:
        response = caller.get(url)
        assert response.status_code == 200
        found.extend(response.get_json()["placements"])
        following = re.search(r'<([^>]+)>; rel="next"', response.headers["Link"])
        url = following.group(1).replace("http://localhost", "") if following else None
    return found


def stored(app: Flask) -> dict[int, tuple[str, dict[str, Any]]]:
    """Each placement's municipality and its placement record's data, read straight from the database."""
    with app.app_context():
        rows = db.session.execute(
            select(Placement.id, Placement.municipality_code, RecordVersion.data)
            .join(Record, (Record.placement_id == Placement.id) & (Record.form_type == "placement"))
            .join(
                RecordVersion,
                (RecordVersion.record_id == Record.id) & (RecordVersion.version == Record.current_version),
            )
        ).all()
        return {pid: (code, data) for pid, code, data in rows}


def test_a_partner_sees_its_own_citizens_in_full_and_no_one_else(app: Flask) -> None:
    """Herlev (a partner of Falck Hovedstaden) gets exactly its own citizens, CPR and categories in full."""
    truth = stored(app)
    seen = everything(Caller(app, "kommune-herlev"))
    assert {p["id"] for p in seen} == {pid for pid, (code, _) in truth.items() if code == "163"}
    for placement in seen:
        data = truth[placement["id"]][1]
        assert placement["cpr_view"] == "full"
        assert placement["citizen"]["cpr"] == data["citizen"]["cpr"]
        assert CPR.match(placement["citizen"]["cpr"])
        assert placement["benefit"] == data["benefit"]
        assert placement["participant_id"].startswith("P-")


def test_the_lead_sees_the_partners_citizens_masked(app: Flask) -> None:
    """Gladsaxe leads Falck Hovedstaden: its own citizens in full, the partners' as DDMMYY-XXXX."""
    truth = stored(app)
    seen = everything(Caller(app, "lead-gladsaxe"))
    codes = {p["municipality_code"] for p in seen}
    assert "159" in codes and codes - {"159"}, codes
    for placement in seen:
        cpr = truth[placement["id"]][1]["citizen"]["cpr"]
        if placement["municipality_code"] == "159":
            assert placement["citizen"]["cpr"] == cpr
        else:
            assert placement["cpr_view"] == "masked"
            assert placement["citizen"]["cpr"] == f"{cpr[:6]}-XXXX"


def test_the_company_never_sees_cpr_benefit_or_visitation_and_its_reads_are_logged(app: Flask) -> None:
    """Falck sees its interns by participant id and name; nothing else of the citizen; each read logged."""
    falck = Caller(app, "falck")
    before = len(events(app, "user:falck ", "read.placements"))
    seen = everything(falck)
    assert seen
    for placement in seen:
        assert placement["cpr_view"] == "none"
        assert set(placement["citizen"]) == {"name"}
        assert "benefit" not in placement and "visitation" not in placement
        assert placement["participant_id"]
    logged = events(app, "user:falck ", "read.placements")
    assert len(logged) > before
    assert not ANY_CPR.search(str([e.detail for e in logged]))


def test_an_auditor_sees_its_municipality_in_its_period_as_its_rules_say(app: Flask) -> None:
    """Ballerup's auditor (Jul–Dec 2026; rule: masked) reads Ballerup's placements of the period."""
    seen = everything(Caller(app, "revisor-ballerup"))
    assert seen
    for placement in seen:
        assert placement["municipality_code"] == "151"
        assert placement["period"]["end"] >= "2026-07-01"
        assert MASKED.match(placement["citizen"]["cpr"])
    assert events(app, "user:revisor-ballerup ", "read.placements")


def test_an_auditor_does_not_see_a_placement_its_end_form_ended_before_the_period(app: Flask) -> None:
    """Planned to run into July, ended in May by its end form: outside Jul–Dec for Ballerup's auditor,
    as in the completeness report, and its records and original documents with it."""
    with app.app_context():
        ended_before = db.session.execute(
            select(Placement.id, Record.id)
            .join(PlacementSummary, PlacementSummary.placement_id == Placement.id)
            .join(Record, Record.placement_id == Placement.id)
            .where(
                Placement.municipality_code == "151",
                Placement.end >= date(2026, 7, 1),
                PlacementSummary.ended.is_(True),
                PlacementSummary.last_day < date(2026, 7, 1),
            )
        ).all()
    assert ended_before, "the demo has a Ballerup placement ended before July by its end form"
    auditor = Caller(app, "revisor-ballerup")
    assert not {pid for pid, _ in ended_before} & {p["id"] for p in everything(auditor)}
    page = app.test_client()
    sign_in(page, "revisor-ballerup")
    for placement_id, record_id in ended_before:
        for url in (f"/api/placements/{placement_id}", f"/api/records/{record_id}"):
            assert auditor.get(url).status_code == 404, url
        for url in (f"/records/{record_id}", f"/records/{record_id}/original?version=1"):
            assert page.get(url).status_code == 404, url
    # The lead still sees it: the scope is the auditor's period, not the placement's end.
    assert Caller(app, "lead-gladsaxe").get(f"/api/placements/{ended_before[0][0]}").status_code == 200


def test_pages_and_their_links(app: Flask) -> None:
    """per_page splits the list; the Link header names next and last; a page past the end is empty."""
    lead = Caller(app, "lead-gladsaxe")
    whole = lead.json("/api/placements?per_page=100")
    first = lead.get("/api/placements?per_page=2&agreement_id=falck-hovedstaden")
    body = first.get_json()
    assert [p["id"] for p in body["placements"]] == [
        p["id"] for p in whole["placements"] if p["agreement_id"] == "falck-hovedstaden"
    ][:2]
    assert body["total"] == sum(p["agreement_id"] == "falck-hovedstaden" for p in whole["placements"])
    links = first.headers["Link"]
    assert 'page=2&per_page=2>; rel="next"' in links and "agreement_id=falck-hovedstaden" in links
    assert 'rel="prev"' not in links
    past = lead.json(f"/api/placements?per_page=2&page={whole['total']}")
    assert past["placements"] == []


@pytest.mark.parametrize(
    ("query", "field"),
    [("per_page=0", "per_page"), ("page=x", "page"), ("municipality_code=15", "municipality_code")],
)
def test_bad_arguments_are_422_in_the_one_shape(app: Flask, query: str, field: str) -> None:
    """A bad query argument: 422, the one error shape (problem details), the field named, the reason in
    English and Danish."""
    response = Caller(app, "lead-gladsaxe").get(f"/api/placements?{query}")
    assert response.status_code == 422
    body = response.get_json()
    hub = {"code", "message", "message_da", "problems"}
    assert set(body) == hub | {"type", "title", "status", "detail", "instance"}  # RFC 9457's beside the hub's
    assert [(p["locator"], p["field"]) for p in body["problems"]] == [("query", field)]
    assert body["problems"][0]["reason_da"] != body["problems"][0]["reason_en"]
    assert field in body["message"] and field in body["message_da"]
    if field == "municipality_code":  # a canonical path: named in words too, as in every problem
        named = body["problems"][0]
        assert (named["field_en"], named["field_da"]) == ("municipality", "kommune")


@pytest.mark.parametrize(
    "url",
    [
        "/api/placements?municipality=163",  # for municipality_code: answered every placement, unfiltered
        "/api/submissions?pagesize=100",
        "/api/agreements/falck-hovedstaden/payments?period=2026-09&month=2026-09",
    ],
)
def test_a_query_argument_the_operation_does_not_take_is_422_naming_it(app: Flask, url: str) -> None:
    """A misspelt filter was ignored, so a case system asking for one municipality got them all."""
    response = Caller(app, "lead-gladsaxe").get(url)
    assert response.status_code == 422
    body = response.get_json()
    unknown = url.rsplit("&", 1)[-1].split("?")[-1].split("=")[0]
    assert [(p["locator"], p["field"], p["reason_en"], p["reason_da"]) for p in body["problems"]] == [
        ("query", unknown, "Unknown field.", "Ukendt felt.")
    ]
    assert body["message"] == f"Query parameter '{unknown}' is not one this operation takes."
    assert body["message_da"] == f"Parameteren '{unknown}' findes ikke her."


def test_a_municipality_code_of_four_digits_is_the_same_municipality(app: Flask) -> None:
    """DESIGN.md: `0159` is accepted and normalised to `159`, as Danish lists (DST, KL) write it."""
    lead = Caller(app, "lead-gladsaxe")
    three = lead.json("/api/placements?municipality_code=159&per_page=100")
    assert three["total"] > 0 and {p["municipality_code"] for p in three["placements"]} == {"159"}
    assert lead.json("/api/placements?municipality_code=0159&per_page=100") == three


@pytest.mark.parametrize(
    "code", ["1590", "01590", "00159", "999", "0999", "gladsaxe", "15", "159 ", "１５９"]
)
def test_what_is_no_municipality_code_is_422(app: Flask, code: str) -> None:
    """Not 3 digits or 4 with a leading zero (a slug is no code), or not one of the 98 (999): 422."""
    response = Caller(app, "lead-gladsaxe").get(f"/api/placements?{urlencode({'municipality_code': code})}")
    assert response.status_code == 422
    [problem] = response.get_json()["problems"]
    assert (problem["locator"], problem["field"]) == ("query", "municipality_code")
    assert problem["reason_en"] != problem["reason_da"]


def test_the_municipality_in_a_path_may_have_four_digits_too(app: Flask) -> None:
    """The claim, completeness and bundle URLs already read `0151` as Ballerup (`registry.code_of`)."""
    auditor = Caller(app, "revisor-ballerup")
    short = auditor.json("/api/municipalities/151/completeness?period=2026-Q3")
    assert auditor.json("/api/municipalities/0151/completeness?period=2026-Q3") == short
    assert short["municipality_code"] == "151"


def _record_of(app: Flask, code: str) -> int:
    with app.app_context():
        found = db.session.scalar(
            select(Record.id)
            .where(Record.municipality_code == code, Record.form_type == "placement")
            .order_by(Record.id)
        )
    assert found is not None
    return found


def test_a_record_has_an_etag_and_if_none_match_answers_304(app: Flask) -> None:
    """The ETag names what the caller was sent: the same request with it answers 304 and no body."""
    herlev = Caller(app, "kommune-herlev")
    url = f"/api/records/{_record_of(app, '163')}"
    first = herlev.get(url)
    tag = first.headers["ETag"]
    assert first.status_code == 200 and tag.startswith('"')
    again = herlev.get(url, **{"If-None-Match": tag})
    assert again.status_code == 304 and again.data == b"" and again.headers["ETag"] == tag
    assert herlev.get(url, **{"If-None-Match": "W/" + tag}).status_code == 304  # compared weakly
    assert herlev.get(url, **{"If-None-Match": '"stale"'}).status_code == 200
    # The lead sees the same record masked: another representation, another tag.
    assert Caller(app, "lead-gladsaxe").get(url).headers["ETag"] != tag


@pytest.mark.parametrize("username", ["falck", "revisor-ballerup"])
def test_a_304_to_a_company_or_auditor_is_in_the_audit_log_like_the_200(app: Flask, username: str) -> None:
    """DESIGN.md: every read of personal data by a company or auditor is logged. A 304 tells the caller its
    copy of the person's record is current, and it reads that copy: an entry too, marked not modified."""
    caller = Caller(app, username)
    placement = caller.json("/api/placements?per_page=1")["placements"][0]  # one the caller may read
    record_id = caller.json(f"/api/placements/{placement['id']}/records")["records"][0]["id"]
    url = f"/api/records/{record_id}"
    before = len(events(app, f"user:{username} ", "read.record"))
    first = caller.get(url)
    assert first.status_code == 200
    again = caller.get(url, **{"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    logged = events(app, f"user:{username} ", "read.record")[before:]
    assert [(e.subject, e.detail.get("not_modified")) for e in logged] == [
        (f"record:{record_id}", None),
        (f"record:{record_id}", True),
    ]


def test_staff_reads_of_their_own_records_are_logged_on_a_304_too(app: Flask) -> None:
    """Staff reads are logged as a company's are (decision 0062, "Stop 73: page-134"): a 304 is one too."""
    herlev = Caller(app, "kommune-herlev")
    record_id = _record_of(app, "163")
    url = f"/api/records/{record_id}"
    before = len(events(app, "user:kommune-herlev ", "read.record"))  # the module's app: earlier tests read
    tag = herlev.get(url).headers["ETag"]
    assert herlev.get(url, **{"If-None-Match": tag}).status_code == 304
    logged = events(app, "user:kommune-herlev ", "read.record")[before:]
    assert [(e.subject, e.detail.get("not_modified")) for e in logged] == [
        (f"record:{record_id}", None),
        (f"record:{record_id}", True),
    ]


def test_a_record_shows_versions_and_provenance_without_what_the_caller_may_not_see(app: Flask) -> None:
    """The company gets the record and where each value came from, but no CPR, benefit or visitation, in
    the data or in the provenance's raw values; Herlev gets them all."""
    record_id = _record_of(app, "159")
    full = Caller(app, "lead-gladsaxe").json(f"/api/records/{record_id}")
    paths = {p["path"] for p in full["versions"][0]["provenance"]}
    assert {"citizen.cpr", "benefit"} <= paths
    company = Caller(app, "falck").json(f"/api/records/{record_id}")
    assert company["cpr_view"] == "none" and company["participant_id"] == full["participant_id"]
    assert {"caseworker", "purpose"} <= set(full["data"])
    hidden = ("citizen.cpr", "benefit", "visitation", "caseworker", "purpose")
    for version in company["versions"]:
        assert "cpr" not in version["data"]["citizen"]
        assert not set(version["data"]) & {"benefit", "visitation", "caseworker", "purpose"}
        shown = {p["path"] for p in version["provenance"]}
        assert not {p for p in shown if p.startswith(hidden)}
        assert "citizen.name" in shown
    cpr = full["data"]["citizen"]["cpr"]
    assert cpr not in str(company) and f"{cpr[:6]}-{cpr[6:]}" not in str(company)
    assert events(app, "user:falck ", "read.record")


def test_another_partys_placement_and_record_are_not_found(app: Flask) -> None:
    """Ballerup's citizen does not exist for Herlev, though both are partners of one agreement."""
    herlev = Caller(app, "kommune-herlev")
    record_id = _record_of(app, "151")
    with app.app_context():
        placement_id = db.session.scalar(select(Record.placement_id).where(Record.id == record_id))
    for url in (
        f"/api/records/{record_id}",
        f"/api/placements/{placement_id}",
        f"/api/placements/{placement_id}/records",
    ):
        response = herlev.get(url)
        assert response.status_code == 404
        assert response.get_json()["code"] == "not_found"


def test_the_company_does_not_see_a_municipalitys_assessment_of_its_citizen(
    app: Flask, tmp_path: Path
) -> None:
    """A progress report or end form a job centre sent is the job centre's assessment: the company sees
    its dates, not the scores, the caseworker's note or the outcome (`long_term_sick` is health data), in
    the data or in the provenance. Of the forms it sent itself it sees all: it wrote them."""
    theirs = sent_by_a_municipality(app, ("progress_report", "placement_end"))[0][0]
    lead = Caller(app, "lead-gladsaxe").json(f"/api/records/{theirs}")
    assert set(lead["data"]) & {"scores", "note", "outcome"}
    company = Caller(app, "falck")
    shown = company.json(f"/api/records/{theirs}")
    assert not set(shown["data"]) & {"scores", "note", "outcome"}
    assert {"measured_on", "ended_on"} & set(shown["data"])
    for version in shown["versions"]:
        assert not {p["path"].split(".")[0].split("[")[0] for p in version["provenance"]} & {
            "scores",
            "note",
            "outcome",
        }
    listed = company.json(f"/api/placements/{shown['placement_id']}/records")["records"]
    assert not any(set(r["data"]) & {"scores", "note", "outcome"} for r in listed if r["id"] == theirs)

    ours = company.json(f"/api/records/{_company_progress_report(app, company, tmp_path)}")
    assert ours["data"]["note"] == "Godt i gang" and ours["data"]["scores"]["attendance"] == 4


def _company_progress_report(app: Flask, company: Caller, tmp_path: Path) -> int:
    """Falck's September progress report, filled in for its first intern and sent; its record's id."""
    answer = company.get("/api/agreements/falck-hovedstaden/forms/progress_report?format=pdf&period=2026-09")
    assert answer.status_code == 200
    form = PdfReader(io.BytesIO(answer.data))
    pid = next(str(f.get("/V")) for name, f in (form.get_fields() or {}).items() if name == "d1_id")
    writer = PdfWriter(clone_from=form)
    typed = {"d1_dato": "15.09.2026", "d1_note": "Godt i gang", "underskrevet_af": "Søren Kæmpe"}
    typed |= {f"d1_{k}": "4" for k in ("fremmoede", "punktlighed", "samarbejde", "opgaveloesning")}
    typed |= {"d1_selvstaendighed": "4", "underskrevet_dato": "16.09.2026"}
    writer.update_page_form_field_values(None, typed, auto_regenerate=False)
    path = tmp_path / "statusrapport.pdf"
    with path.open("wb") as out:
        writer.write(out)
    result = FlaskCliRunner(app).invoke(cli, ["ingest", str(path), "--company", "falck-hovedstaden"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        found = db.session.scalar(
            select(Record.id)
            .join(Placement, Placement.id == Record.placement_id)
            .join(RecordVersion, RecordVersion.record_id == Record.id)
            .join(Submission, Submission.id == RecordVersion.submission_id)
            .where(Placement.participant_id == pid, Submission.filename == path.name)
        )
    assert found is not None
    return found


def test_an_auditor_sees_a_placement_its_end_form_ran_on_into_the_period(app: Flask) -> None:
    """Planned to end in June, run on into July by its end form: inside Jul–Dec for Ballerup's auditor, as
    the claim and the completeness report take it (the form wins over the plan; decision 0012, "Stop 39").
    Made from a demo placement ended in the period by moving its planned end to 30 June, then put back."""
    with app.app_context():
        found = db.session.execute(
            select(Placement.id, Placement.end)
            .join(PlacementSummary, PlacementSummary.placement_id == Placement.id)
            .where(
                Placement.municipality_code == "151",
                Placement.start <= date(2026, 6, 30),
                PlacementSummary.ended.is_(True),
                PlacementSummary.last_day >= date(2026, 7, 1),
            )
            .order_by(Placement.id)
        ).first()
        assert found, "the demo has a Ballerup placement ended by its end form after 1 July"
        placement_id, planned = found
        db.session.get(Placement, placement_id).end = date(2026, 6, 30)  # type: ignore[union-attr]
        db.session.commit()
    try:
        assert Caller(app, "revisor-ballerup").get(f"/api/placements/{placement_id}").status_code == 200
    finally:
        with app.app_context():
            db.session.get(Placement, placement_id).end = planned  # type: ignore[union-attr]
            db.session.commit()
