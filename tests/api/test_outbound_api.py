"""Payments, the company's export and form, claims, completeness and bundles through the API: the same
services as the CLI, with the caller's party applied, files as downloads, every read in the audit log."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date

import pytest
from api_support import Caller, demo_copy, events
from flask import Flask
from flask.testing import FlaskCliRunner
from openapi_schema_validator import OAS30Validator
from openpyxl import load_workbook
from page_support import demo_copy_fixture
from sqlalchemy import select

from hub.cli import cli
from hub.exports.company_json import due_json
from hub.exports.company_model import DueItem
from hub.extensions import db
from hub.models import AuditEvent, Placement, Record, RecordVersion

app = demo_copy_fixture("api-outbound")


def cprs_of(app: Flask, agreement_id: str) -> set[str]:
    """Every CPR number of an agreement's citizens, read straight from the database."""
    with app.app_context():
        rows = db.session.scalars(
            select(RecordVersion.data)
            .join(Record, Record.id == RecordVersion.record_id)
            .join(Placement, Placement.id == Record.placement_id)
            .where(Placement.agreement_id == agreement_id, Record.form_type == "placement")
        )
        return {data["citizen"]["cpr"] for data in rows}


def test_the_leads_payments_are_the_clis(app: Flask) -> None:
    """The lead of Falck Hovedstaden gets what `hub payments --json` prints for the same month."""
    printed = FlaskCliRunner(app).invoke(
        cli, ["payments", "falck-hovedstaden", "--period", "2026-09", "--json"]
    )
    assert printed.exit_code == 0, printed.output
    got = Caller(app, "lead-gladsaxe").json("/api/agreements/falck-hovedstaden/payments?period=2026-09")
    assert got == json.loads(printed.output)
    assert got["lines"] and {line["municipality_code"] for line in got["lines"]} - {"159"}


@pytest.mark.usefixtures("demo_today")
def test_the_payments_without_a_period_are_the_last_whole_months(app: Flask) -> None:
    # As the payments page and the company's export default: today is 1 December 2026, so November.
    # Before, this one route of an agreement's answered 422 without `period`.
    lead = Caller(app, "lead-gladsaxe")
    got = lead.json("/api/agreements/falck-hovedstaden/payments")
    assert got["period"] == {"label": "2026-11", "start": "2026-11-01", "end": "2026-11-30"}
    assert got == lead.json("/api/agreements/falck-hovedstaden/payments?period=2026-11")


def test_a_partner_gets_its_own_lines_only(app: Flask) -> None:
    """Herlev gets its own citizens' lines, gaps and sums; of the other municipalities only their counts,
    as on its own page: a municipality's sum of one line is one citizen's hours and amount."""
    whole = Caller(app, "lead-gladsaxe").json("/api/agreements/falck-hovedstaden/payments?period=2026-09")
    own = Caller(app, "kommune-herlev").json("/api/agreements/falck-hovedstaden/payments?period=2026-09")
    assert own["lines"] == [line for line in whole["lines"] if line["municipality_code"] == "163"]
    assert own["gaps"] == [gap for gap in whole["gaps"] if gap["municipality_code"] == "163"]
    sums = ("granted_hours", "delivered_hours", "claimable_hours", "amount_dkk")
    for mine, lead in zip(own["municipalities"], whole["municipalities"], strict=True):
        counts = {key: lead[key] for key in ("municipality_code", "name", "lines", "gaps")}
        if lead["municipality_code"] == "163":
            assert mine == lead
        else:
            assert mine == {**counts, **dict.fromkeys(sums)}
    herlev = next(m for m in whole["municipalities"] if m["municipality_code"] == "163")
    assert own["total_amount_dkk"] == herlev["amount_dkk"] != whole["total_amount_dkk"]


@pytest.mark.parametrize(
    ("url", "status", "code"),
    [
        ("/api/agreements/falck-hovedstaden/payments?period=2026-13", 400, "bad_period"),
        ("/api/agreements/falck-hovedstaden/payments?period=2099-01", 400, "bad_period"),
        ("/api/agreements/falck-hovedstaden/export?format=doc", 422, "unprocessable_entity"),
        ("/api/agreements/falck-hovedstaden/forms/timesheet?format=pdf", 404, "not_found"),
        ("/api/municipalities/159/completeness?period=2026-Q3", 400, "bad_period"),
    ],
)
def test_bad_input_is_a_clear_4xx_in_the_one_shape(app: Flask, url: str, status: int, code: str) -> None:
    """A month that does not exist, one in the future, an unknown format or form, a quarter where
    Gladsaxe claims by month: a 4xx naming the problem, in English and Danish."""
    response = Caller(app, "lead-gladsaxe").get(url)
    assert response.status_code == status
    body = response.get_json()
    assert body["code"] == code and body["message"] and body["message_da"]
    assert body["message"] != body["message_da"]
    if code == "bad_period":  # the query's `period` is to blame: named as a 422 names its fields
        [problem] = body["problems"]
        assert (problem["locator"], problem["locator_da"], problem["field"]) == (
            "query",
            "forespørgslen",
            "period",
        )
        # Said as a 422 says a parameter: by its name, then the reason (stop 60, api-71).
        assert body["message"].startswith("Query parameter 'period' (the period, ")
        assert body["message_da"].startswith("Parameteren 'period' (perioden, ")
        assert body["message"].endswith(f": {problem['reason_en']}.")
        assert body["message_da"].endswith(f": {problem['reason_da']}.")
        assert (problem["field_en"], problem["field_da"]) == ("period", "periode")


def test_the_json_export_is_documented_as_json_and_fits_its_schema(app: Flask) -> None:
    """The spec gives the JSON export's fields (not a binary download), and the file the company's export
    is fits them: every field the writer puts there, none it leaves out."""
    spec = app.test_client().get("/api/openapi.json").get_json()
    content = spec["paths"]["/api/agreements/{agreement_id}/export"]["get"]["responses"]["200"]["content"]
    schema = content["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/CompanyExportOut"}
    binary = {"type": "string", "format": "binary"}
    assert content["application/pdf"]["schema"] == binary  # the other formats stay files
    # The lead gets the export as the company does (the company's own download is counted below).
    lead = Caller(app, "lead-gladsaxe")
    response = lead.get("/api/agreements/falck-hovedstaden/export?format=json&period=2026-09")
    assert response.status_code == 200
    body = json.loads(response.get_data(as_text=True))
    assert body["interns"]  # the part whose items the schema describes is there
    OAS30Validator({**schema, "components": spec["components"]}).validate(body)
    # Nothing is due for Falck as the demo stands: a due item as the writer makes one, on its own.
    due = due_json(DueItem("P-X", "Navn", "mentor_hours", date(2026, 9, 30), ("2026-W36",)))
    OAS30Validator({"$ref": "#/components/schemas/DueOut", "components": spec["components"]}).validate(due)


def test_the_company_downloads_its_export_without_a_cpr_number(app: Flask) -> None:
    """Falck's JSON export: a download with a file name, no CPR number of any citizen, an audit entry."""
    response = Caller(app, "falck").get("/api/agreements/falck-hovedstaden/export?format=json&period=2026-09")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert 'filename="export-falck-hovedstaden-2026-09.json"' in response.headers["Content-Disposition"]
    text = response.get_data(as_text=True)
    assert json.loads(text)["agreement"]["id"] == "falck-hovedstaden"
    assert not [cpr for cpr in cprs_of(app, "falck-hovedstaden") if cpr in text or cpr[:6] + "-" in text]
    (entry,) = events(app, "user:falck ", "export.company")
    assert entry.detail["party"] == "company 22222228" and entry.subject == "agreement:falck-hovedstaden"


def test_the_lead_downloads_the_companys_form(app: Flask) -> None:
    """The one form as XLSX opens as a workbook; a partner may not have it (403)."""
    url = "/api/agreements/falck-hovedstaden/forms/mentor_hours?format=xlsx&period=2026-09"
    response = Caller(app, "lead-gladsaxe").get(url)
    assert response.status_code == 200
    assert load_workbook(io.BytesIO(response.data)).worksheets
    assert Caller(app, "kommune-herlev").get(url).status_code == 403


def test_a_partner_gets_its_claim_in_its_own_format(app: Flask) -> None:
    """Herlev's claim is its CSV layout; another municipality's claim does not exist for it."""
    herlev = Caller(app, "kommune-herlev")
    response = herlev.get("/api/municipalities/163/claim?agreement=falck-hovedstaden&period=2026-09")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "claim-163-falck-hovedstaden-2026-09.csv" in response.headers["Content-Disposition"]
    grep = "\n".join(line for line in response.data.decode("cp1252").splitlines() if ";" in line)
    assert len(list(csv.reader(io.StringIO(grep), delimiter=";"))) > 1  # a header and at least one line
    assert events(app, "user:kommune-herlev ", "export.claim")
    other = herlev.get("/api/municipalities/159/claim?agreement=falck-hovedstaden&period=2026-09")
    assert other.status_code == 404


def test_an_auditor_gets_completeness_inside_its_period_only(app: Flask) -> None:
    """Ballerup's auditor (Jul–Dec 2026) gets Q3 with CPR masked (Ballerup's rule); Q1 is outside its
    audit period and does not exist for it; every read is an audit entry."""
    auditor = Caller(app, "revisor-ballerup")
    report = auditor.json("/api/municipalities/151/completeness?period=2026-Q3")
    assert report["municipality_code"] == "151" and report["placements"]
    assert all(row["citizen"]["cpr"].endswith("-XXXX") for row in report["placements"])
    assert report["complete"] + report["incomplete"] == len(report["placements"])
    (read,) = events(app, "user:revisor-ballerup ", "read.completeness")
    # Who was read, by participant id: the log answers "who saw citizen X", not only how many.
    assert read.detail["participants"] == sorted(row["participant_id"] for row in report["placements"])
    outside = auditor.get("/api/municipalities/151/completeness?period=2026-Q1")
    assert outside.status_code == 404 and "audit period" in outside.get_json()["message"]
    # Asking for another municipality's citizens is refused, and the refusal is in the audit log too.
    assert auditor.get("/api/municipalities/163/completeness?period=2026-Q3").status_code == 404
    refused = events(app, "user:revisor-ballerup ", "read.refused")
    assert [(e.subject, e.detail["status"]) for e in refused[-2:]] == [
        ("/api/municipalities/151/completeness", 404),
        ("/api/municipalities/163/completeness", 404),
    ]
    # A partner's refusals are not: only companies' and auditors' requests are logged as reads.
    partner = Caller(app, "kommune-ballerup").get("/api/municipalities/163/completeness?period=2026-Q3")
    assert partner.status_code == 404
    assert not events(app, "user:kommune-ballerup ", "read.refused")
    staff = Caller(app, "kommune-ballerup").json("/api/municipalities/151/completeness?period=2026-Q3")
    assert all(len(row["citizen"]["cpr"]) == 10 for row in staff["placements"])


def test_an_auditor_downloads_the_bundle(app: Flask) -> None:
    """The bundle is a zip with its signed manifest and verifier; its creation names the auditor."""
    response = Caller(app, "revisor-ballerup").get("/api/municipalities/151/bundle?period=2026-Q3")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    # The same name as from the auditor's page.
    assert 'filename="revisionspakke-151-2026-Q3.zip"' in response.headers["Content-Disposition"]
    names = zipfile.ZipFile(io.BytesIO(response.data)).namelist()
    assert {"manifest.json", "manifest.sig", "verify.py"} <= set(names)
    (entry,) = events(app, "user:revisor-ballerup ", "bundle.created")
    assert entry.subject == "municipality:151"
    assert len(entry.detail["placement_ids"]) == entry.detail["placements"] > 0


def test_a_cpr_typed_into_a_citizens_name_is_masked_in_the_payments_as_the_caller_may_see_it(
    lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A caseworker pasted a CPR number into a Herlev citizen's name: the company gets none of it, the
    lead the birth date only, Herlev the whole text (its own citizen)."""
    app = demo_copy(lived_demo, tmp_path_factory.mktemp("api-pasted"))
    pasted = "0211851234"
    url = "/api/agreements/falck-hovedstaden/payments?period=2026-09"
    paid = next(line for line in Caller(app, "kommune-herlev").json(url)["lines"] if line["citizen"])
    with app.app_context():
        version = db.session.scalars(
            select(RecordVersion)
            .join(Record, Record.id == RecordVersion.record_id)
            .join(Placement, Placement.id == Record.placement_id)
            .where(Placement.participant_id == paid["participant_id"], Record.form_type == "placement")
            .where(RecordVersion.version == Record.current_version)
        ).one()
        data = json.loads(json.dumps(version.data))
        data["citizen"]["name"] = f"Anna Hansen {pasted}"
        version.data = data
        db.session.commit()
    names = {
        who: {line["citizen"]["name"] for line in Caller(app, who).json(url)["lines"] if line["citizen"]}
        for who in ("falck", "lead-gladsaxe", "kommune-herlev")
    }
    assert "Anna Hansen XXXXXX-XXXX" in names["falck"]
    assert "Anna Hansen 021185-XXXX" in names["lead-gladsaxe"]
    assert f"Anna Hansen {pasted}" in names["kommune-herlev"]
    with app.app_context():
        db.engine.dispose()


def test_the_companys_read_of_payments_names_who_was_in_it(app: Flask) -> None:
    """The log answers "who saw citizen X": the participants of the lines read, not only how many."""
    got = Caller(app, "falck").json("/api/agreements/falck-hovedstaden/payments?period=2026-09")
    (entry,) = events(app, "user:falck ", "read.payments")
    expected = sorted({line["participant_id"] for line in got["lines"] if line["participant_id"]})
    assert expected and entry.detail["participants"] == expected
    assert entry.detail["lines"] == len(got["lines"])


def _all_events(app: Flask, actor: str) -> int:
    with app.app_context():
        return len(db.session.scalars(select(AuditEvent).where(AuditEvent.actor.startswith(actor))).all())


@pytest.mark.parametrize(
    ("username", "url"),
    [
        ("falck", "/api/agreements/falck-hovedstaden/export?format=json&period=2026-09"),
        ("falck", "/api/agreements/falck-hovedstaden/forms/mentor_hours?format=xlsx&period=2026-09"),
        ("kommune-herlev", "/api/municipalities/163/claim?agreement=falck-hovedstaden&period=2026-09"),
        ("revisor-ballerup", "/api/municipalities/151/bundle?period=2026-Q3"),
    ],
)
def test_a_head_on_a_download_is_refused_and_neither_makes_nor_logs_it(
    app: Flask, username: str, url: str
) -> None:
    """Flask answers HEAD by running the GET: a claim download would be stored and a bundle or a read
    logged that nobody received. A HEAD is 405 naming GET (a HEAD's answer has no body to say more),
    and leaves no trace."""
    caller = Caller(app, username)
    before = _all_events(app, f"user:{username} ")
    response = caller.client.head(url, headers=caller.headers)
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET"
    assert _all_events(app, f"user:{username} ") == before
    assert caller.client.head(url).status_code == 401  # sign-in is checked first
    assert caller.get(url).status_code == 200
    assert _all_events(app, f"user:{username} ") > before
