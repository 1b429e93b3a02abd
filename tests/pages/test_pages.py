"""The company's, the auditor's and the record page on a copy of the lived demo, signed in as each person."""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import lxml.html
import pytest
from flask import Flask
from page_support import (
    FrozenDate,
    citizen_cprs,
    client_of,
    everyone_on_a_copy,
    sent_by_a_municipality,
    shown_cprs,
)
from sqlalchemy import select

from hub.access import Principal
from hub.extensions import blobs, db
from hub.models import AuditEvent, Document, Placement, Record, RecordVersion, Submission
from hub.periods import local_today, month_of
from hub.services import audit_page
from hub.signing import signer


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("pages")) as app:
        yield app


def last_event(app: Flask, action: str) -> AuditEvent:
    with app.app_context():
        event = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id.desc())
        ).first()
        assert event is not None, action
        db.session.expunge(event)
        return event


def first_record(app: Flask, municipality: str, form_type: str, on: date | None = None) -> int:
    with app.app_context():
        query = select(Record.id).join(Placement, Placement.id == Record.placement_id)
        query = query.where(Record.municipality_code == municipality, Record.form_type == form_type)
        if on is not None:
            query = query.where(Placement.start <= on, Placement.end >= on)
        found = db.session.scalars(query.order_by(Record.id)).first()
        assert found is not None
        return found


# --- the company ------------------------------------------------------------------------------------


def test_the_company_sees_its_agreement_interns_and_one_contact_never_a_cpr(demo: Flask) -> None:
    client = client_of(demo, "falck")
    html = client.get("/company?agreement=falck-hovedstaden&period=2026-09").get_data(as_text=True)
    # Falck's CVR has two agreements (config/agreements): a picker offers both.
    assert 'value="falck-hovedstaden" selected' in html and 'value="falck-randers"' in html
    assert "Anders Eksempel" in html  # the lead's primary contact (config/agreements/falck-hovedstaden.toml)
    # Its phone (+4520000103 in the file) in pairs, as the export writes it, and one tap away.
    assert '<a href="tel:+4520000103">+45 20 00 01 03</a>' in html
    with demo.app_context():
        planned = db.session.execute(
            select(Placement.participant_id, Placement.start).where(
                Placement.agreement_id == "falck-hovedstaden",
                Placement.start <= date(2026, 9, 30),
                Placement.end >= date(2026, 9, 1),
            )
        ).all()
    shown = set(re.findall(r'data-participant="([^"]+)"', html))
    # Those planned to run in September, less any whose end form ended them before it; those who started
    # in September ran in it for certain.
    assert shown and shown <= {pid for pid, _ in planned}
    assert {pid for pid, start in planned if start >= date(2026, 9, 1)} <= shown
    assert shown_cprs(html, citizen_cprs(demo, "falck-hovedstaden")) == []
    assert "kontanthj" not in html.lower() and "jobparat" not in html.lower()
    event = last_event(demo, "read.company_page")
    assert (event.actor, event.subject) == ("user:falck", "agreement:falck-hovedstaden")
    # Who was shown, by participant id: the log answers "who saw citizen X", not only how many.
    assert event.detail["participants"] == sorted(shown)


def test_the_company_cannot_open_another_companys_agreement(demo: Flask) -> None:
    response = client_of(demo, "falck").get("/company?agreement=danfoss")
    assert response.status_code == 404
    assert "findes ikke" in response.get_data(as_text=True)  # the error page in Danish


def test_the_company_downloads_its_export_and_its_form(demo: Flask) -> None:
    client = client_of(demo, "falck")
    exported = client.get("/company/export?agreement=falck-hovedstaden&format=json&period=2026-09")
    assert exported.status_code == 200 and exported.mimetype == "application/json"
    text = exported.get_data(as_text=True)
    assert shown_cprs(text, citizen_cprs(demo, "falck-hovedstaden")) == [] and '"cpr"' not in text
    exported_ids = sorted(intern["participant_id"] for intern in json.loads(text)["interns"])
    event = last_event(demo, "export.company")
    assert event.actor == "user:falck" and event.detail["participants"] == exported_ids != []
    form = client.get("/company/form?agreement=falck-hovedstaden&kind=mentor_hours&format=pdf&period=2026-09")
    assert form.status_code == 200 and form.data.startswith(b"%PDF-")
    assert 'filename="skema-mentortimer-falck-hovedstaden-2026-09.pdf"' in form.headers["Content-Disposition"]
    named = last_event(demo, "export.form").detail["participants"]
    assert named and named == sorted(named) and all(pid in form.data.decode("latin-1") for pid in named)
    assert client.get("/company/form?agreement=falck-hovedstaden&kind=nonsense&format=pdf").status_code == 404


# --- the auditor ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("demo_today")
def test_the_auditor_picks_a_period_inside_its_audit_period_and_sees_completeness(demo: Flask) -> None:
    # Ballerup claims per quarter; the auditor's period is July–December 2026 and only Q3 has ended
    # on the demo's today, 1 December 2026 (config/municipalities/ballerup.toml, tests/accounts.py).
    client = client_of(demo, "revisor-ballerup")
    html = client.get("/audit").get_data(as_text=True)
    assert 'value="2026-Q3"' in html and 'value="2026-Q4"' not in html and 'value="2026-Q2"' not in html
    with demo.app_context():
        ballerup = set(
            db.session.scalars(select(Placement.participant_id).where(Placement.municipality_code == "151"))
        )
    shown = set(re.findall(r'data-participant="([^"]+)"', html))
    assert shown and shown <= ballerup
    # A rule met says how, too: Ballerup grants on no form, so the agreement's hours are the grant.
    assert "leverede timer inden for de bevilgede (aftalens 3 timer om ugen)" in html
    assert last_event(demo, "read.completeness").actor == "user:revisor-ballerup"
    assert client.get("/audit?period=2026-Q2").status_code == 404  # before its audit period
    other_kind = client.get("/audit?period=2026-08")  # not Ballerup's kind of period: a bad request
    assert other_kind.status_code == 400
    said = other_kind.get_data(as_text=True)
    assert "Ballerup Kommune afregner pr. kvartal; august 2026 er ikke et kvartal" in said


def test_the_auditor_is_told_which_claim_periods_it_cannot_open_and_why(
    demo: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ballerup claims by quarter. An audit period of July–October holds the third quarter whole and the
    # fourth only in part: the fourth can never be opened under it, and says so; one of July–December
    # can open the fourth after 31 December.
    cut = Principal(1, "rev", "auditor", "151", audit_start=date(2026, 7, 1), audit_end=date(2026, 10, 31))
    whole = replace(cut, audit_end=date(2026, 12, 31))
    with demo.app_context():
        assert [
            (x.period.label, x.ends, x.outside) for x in audit_page.not_openable(cut, date(2026, 12, 1))
        ] == [("2026-Q4", date(2026, 12, 31), True)]
        assert [
            (x.period.label, x.ends, x.outside) for x in audit_page.not_openable(whole, date(2026, 12, 1))
        ] == [("2026-Q4", date(2026, 12, 31), False)]
        assert audit_page.not_openable(whole, date(2027, 1, 1)) == []
        assert [p.label for p in audit_page.periods(whole, date(2027, 1, 1))] == ["2026-Q4", "2026-Q3"]
        # Staff (a lead on the same page) have no audit period: only what has not ended is listed.
        lead = Principal(2, "lead", "lead", "151")
        assert [(x.period.label, x.outside) for x in audit_page.not_openable(lead, date(2026, 12, 1))] == [
            ("2026-Q4", False)
        ]
    monkeypatch.setattr(audit_page, "local_today", FrozenDate.today)  # the page's today: 1 December 2026
    html = client_of(demo, "revisor-ballerup").get("/audit").get_data(as_text=True)
    assert "4. kvartal 2026: ikke slut endnu; den kan åbnes efter 31. dec. 2026" in html


def test_the_auditors_bundle_verifies_with_the_system_python(demo: Flask, tmp_path: Path) -> None:
    client = client_of(demo, "revisor-ballerup")
    response = client.get("/audit/bundle?period=2026-Q3")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    assert 'filename="revisionspakke-151-2026-Q3.zip"' in response.headers["Content-Disposition"]
    bundle = tmp_path / "bundle.zip"
    bundle.write_bytes(response.get_data())
    with zipfile.ZipFile(bundle) as zipped:
        zipped.extract("verify.py", tmp_path)
        header = json.loads(zipped.read("manifest.json"))
    assert header["bundle"]["municipality_code"] == "151" and header["bundle"]["period"] == "2026-Q3"
    # The command the auditor's page gives, run as given: with the published key, so it verifies.
    page = lxml.html.fromstring(client.get("/audit?period=2026-Q3").get_data(as_text=True))
    command = page.get_element_by_id("verify-command").xpath("./code")[0].text_content().split()
    assert command[:3] == ["python3", "verify.py", "revisionspakke-151-2026-Q3.zip"]
    run = subprocess.run(
        ["/usr/bin/python3", str(tmp_path / "verify.py"), str(bundle), *command[3:]],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "the hub's key: " in run.stdout and ", the published one" in run.stdout


def test_the_checkpoint_is_a_signed_note(demo: Flask) -> None:
    response = client_of(demo, "revisor-ballerup").get("/audit/checkpoint")
    lines = response.get_data(as_text=True).splitlines()
    assert response.status_code == 200 and lines[0].startswith("hub.invalid/audit/")
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert int(lines[1]) > 0 and any(line.startswith("— ") for line in lines)


# --- where each value comes from ---------------------------------------------------------------------


def test_the_citizens_own_municipality_sees_the_full_cpr_every_values_source_and_the_original(
    demo: Flask,
) -> None:
    record_id = first_record(demo, "163", "placement")
    client = client_of(demo, "kommune-herlev")
    html = client.get(f"/records/{record_id}").get_data(as_text=True)
    assert 'data-path="citizen.cpr"' in html and "XXXX" not in html
    assert 'data-path="benefit"' in html
    # The field in words for the caseworker; the canonical path only as the row's title.
    assert '<th scope="row" role="rowheader" title="citizen.cpr">CPR-nummer</th>' in html
    assert '<th scope="row" role="rowheader" title="site.p_number">P-nummer</th>' in html
    assert "celle" in html or "felt" in html or "række" in html  # a locator in Danish
    # What was done to a value, in words (Herlev's CPR column is read through `digits`), not the
    # adapter language's call.
    assert 'derefter <span class="transforms">kun cifrene</span>' in html
    with demo.app_context():
        record = db.session.get_one(Record, record_id)
        sha = db.session.get_one(Submission, record.versions[-1].submission_id).document_sha256
        original = blobs.store.get(sha)
        name = db.session.get_one(Document, sha).filename
    assert 'id="download-original"' in html and name in html
    download = client.get(f"/records/{record_id}/original")
    assert download.status_code == 200 and download.data == original


def test_a_version_that_is_no_number_or_does_not_exist_is_refused_not_another_versions(demo: Flask) -> None:
    record_id = first_record(demo, "163", "placement")
    client = client_of(demo, "kommune-herlev")
    with demo.app_context():
        versions = [v.version for v in db.session.get_one(Record, record_id).versions]
    assert versions == [1]
    assert client.get(f"/records/{record_id}/original?version=1").status_code == 200
    for path in (f"/records/{record_id}/original", f"/records/{record_id}"):
        bad = client.get(f"{path}?version=x")
        assert bad.status_code == 400, path
        assert "Version skal være et versionsnummer (1, 2, ...), ikke &#39;x&#39;" in bad.get_data(
            as_text=True
        )
        for missing in ("0", "2", "999"):
            answer = client.get(f"{path}?version={missing}")
            assert answer.status_code == 404, (path, missing)
            said = f"Posten {record_id} har ingen version {missing}; dens versioner er 1"
            assert said in answer.get_data(as_text=True)


def test_the_lead_sees_a_partners_citizen_masked_and_not_the_original(demo: Flask) -> None:
    record_id = first_record(demo, "163", "placement")
    client = client_of(demo, "lead-gladsaxe")
    html = client.get(f"/records/{record_id}").get_data(as_text=True)
    cpr_row = html.split('data-path="citizen.cpr"', 1)[1].split("</tr>", 1)[0]
    with demo.app_context():
        cpr = db.session.get_one(Record, record_id).versions[-1].data["citizen"]["cpr"]
    assert f"{cpr[:6]}-XXXX" in cpr_row and cpr not in html and f"{cpr[:6]}-{cpr[6:]}" not in html
    assert 'id="download-original"' not in html
    assert client.get(f"/records/{record_id}/original").status_code == 404


def test_the_company_sees_no_cpr_benefit_or_visitation_and_its_read_is_logged(demo: Flask) -> None:
    with demo.app_context():
        record_id = db.session.scalars(
            select(Record.id)
            .join(Placement, Placement.id == Record.placement_id)
            .where(Placement.agreement_id == "falck-hovedstaden", Record.form_type == "placement")
            .order_by(Record.id)
        ).first()
    html = client_of(demo, "falck").get(f"/records/{record_id}").get_data(as_text=True)
    assert 'data-path="citizen.name"' in html
    # Nor the case's own details: the caseworker (the agreement names one contact) and the purpose,
    # the caseworker's free text, which often names the benefit.
    for hidden in ("citizen.cpr", "benefit", "visitation", "caseworker.name", "caseworker.email", "purpose"):
        assert f'data-path="{hidden}"' not in html
    assert shown_cprs(html, citizen_cprs(demo, "falck-hovedstaden")) == []
    event = last_event(demo, "read.record")
    assert (event.actor, event.subject) == ("user:falck", f"record:{record_id}")


def test_the_company_sees_when_a_job_centre_assessed_its_intern_not_the_assessment(demo: Flask) -> None:
    # A municipality's progress report is its caseworker's view of its citizen: the company sees the
    # date, not the scores or the note; the lead sees them all.
    rows = sent_by_a_municipality(demo, ("progress_report",))
    record_id, data = rows[0]
    assert data["scores"]
    lead = client_of(demo, "lead-gladsaxe").get(f"/records/{record_id}").get_data(as_text=True)
    company = client_of(demo, "falck").get(f"/records/{record_id}").get_data(as_text=True)
    assert 'data-path="measured_on"' in lead and 'data-path="measured_on"' in company
    assert 'data-path="scores.attendance"' in lead and 'data-path="scores.' not in company
    assert 'data-path="note"' not in company  # the demo's municipalities write none; a note is hidden too


def test_an_auditor_reads_a_record_of_its_period_and_a_partner_not_another_municipalitys(demo: Flask) -> None:
    inside = first_record(demo, "151", "placement", on=date(2026, 9, 15))
    assert client_of(demo, "revisor-ballerup").get(f"/records/{inside}").status_code == 200
    herlev = first_record(demo, "163", "placement")
    response = client_of(demo, "kommune-ballerup").get(f"/records/{herlev}")
    assert response.status_code == 404 and "findes ikke" in response.get_data(as_text=True)


def test_no_page_of_ours_shows_an_english_word_in_danish(demo: Flask) -> None:
    pages = {"falck": ["/company"], "kommune-herlev": ["/upload"], "revisor-ballerup": ["/audit"]}
    for user, paths in pages.items():
        client = client_of(demo, user)
        for path in paths:
            html = client.get(path).get_data(as_text=True)
            for english in ("Upload forms", "Your contact", "Completeness", "Claim period", "Download the"):
                assert english not in html, (user, path, english)


PASTED = "0211851234"  # a CPR-like number a caseworker typed into a file name and a name field


@pytest.fixture
def pasted(lived_demo: Flask, tmp_path: Path) -> Iterator[tuple[Flask, int]]:
    """A copy of the demo where a partner's placement names its citizen's CPR in the file name, the
    citizen's name and a raw value, as caseworkers do."""
    with everyone_on_a_copy(lived_demo, tmp_path) as app:
        yield app, _pasted_into(app)


def _pasted_into(app: Flask) -> int:
    """The record of a Herlev placement whose file name, citizen's name and raw value now hold PASTED."""
    record_id = first_record(app, "163", "placement")
    with app.app_context():
        version = db.session.get_one(Record, record_id).versions[-1]
        submission = db.session.get_one(Submission, version.submission_id)
        submission.filename = f"praktik {PASTED}.pdf"
        db.session.get_one(Document, submission.document_sha256).filename = f"praktik {PASTED}.pdf"
        data = json.loads(json.dumps(version.data))
        data["citizen"]["name"] = f"Anna Hansen {PASTED}"
        version.data = data
        for row in version.provenance:
            if row.path == "citizen.name":
                row.raw_value = f"Anna Hansen {PASTED}"
        db.session.commit()
    return record_id


def test_cpr_like_text_in_file_names_and_names_is_masked_on_the_record_page(
    pasted: tuple[Flask, int],
) -> None:
    app, record_id = pasted
    company = client_of(app, "falck").get(f"/records/{record_id}").get_data(as_text=True)
    assert "Anna Hansen" in company and "praktik" in company
    assert PASTED[:6] not in company and PASTED[6:] not in company  # wholly: not even the birth date
    lead = client_of(app, "lead-gladsaxe").get(f"/records/{record_id}").get_data(as_text=True)
    assert f"Anna Hansen {PASTED[:6]}-XXXX" in lead and f"praktik {PASTED[:6]}-XXXX.pdf" in lead
    assert PASTED not in lead and PASTED[6:] not in lead
    own = client_of(app, "kommune-herlev").get(f"/records/{record_id}").get_data(as_text=True)
    assert f"Anna Hansen {PASTED}" in own and f"praktik {PASTED}.pdf" in own


def test_the_companys_form_is_downloaded_by_the_company_and_the_lead_only(demo: Flask) -> None:
    # One company form names interns of every municipality of the agreement: Herlev's record read from
    # it shows where each value came from, but the file itself is not Herlev's to have.
    with demo.app_context():
        record_id = db.session.scalars(
            select(Record.id)
            .join(RecordVersion, RecordVersion.record_id == Record.id)
            .join(Submission, Submission.id == RecordVersion.submission_id)
            .where(Record.municipality_code == "163", Submission.agreement_id == "falck-hovedstaden")
            .where(RecordVersion.version == Record.current_version)
            .order_by(Record.id)
        ).first()
    assert record_id is not None
    for user, allowed in (("kommune-herlev", False), ("lead-gladsaxe", True), ("falck", True)):
        client = client_of(demo, user)
        page = client.get(f"/records/{record_id}").get_data(as_text=True)
        assert ('id="download-original"' in page) == allowed, user
        assert client.get(f"/records/{record_id}/original").status_code == (200 if allowed else 404), user


def test_the_company_page_opens_on_the_last_whole_month(demo: Flask) -> None:
    # Its hours are the ones due; the month just begun has none yet (as on the lead's dashboard).
    html = client_of(demo, "falck").get("/company?agreement=falck-hovedstaden").get_data(as_text=True)
    last = month_of(month_of(local_today()).start - timedelta(days=1)).label
    assert f'<option value="{last}" selected>' in html


def test_the_auditor_page_names_the_keys_fingerprint(demo: Flask) -> None:
    html = client_of(demo, "revisor-ballerup").get("/audit").get_data(as_text=True)
    with demo.app_context():
        fingerprint = signer().fingerprint
    assert f"<code>{fingerprint}</code>" in html.split('id="key-fingerprint"', 1)[1]


@pytest.mark.usefixtures("demo_today")
def test_a_period_the_auditor_cannot_open_says_which_it_can(demo: Flask) -> None:
    # Ballerup claims by quarter: October alone is no quarter. On 1 December 2026 only Q3 has ended.
    response = client_of(demo, "revisor-ballerup").get("/audit?period=2026-10")
    text = response.get_data(as_text=True)
    assert response.status_code == 400  # the period asked for is of the wrong kind: a bad request
    assert (
        "Ballerup Kommune afregner pr. kvartal; oktober 2026 er ikke et kvartal; de perioder, du kan åbne: "
        "3. kvartal 2026" in text
    )
    # One inside the audit period that has not ended yet says so, and which can be opened.
    text = client_of(demo, "revisor-ballerup").get("/audit?period=2026-Q4").get_data(as_text=True)
    assert (
        "Perioden 4. kvartal 2026 er ikke slut endnu (den slutter 31. dec. 2026); de perioder, du kan åbne: "
        "3. kvartal 2026" in text
    )
    # One before the audit period is still not found for this auditor, with the periods it can open.
    before = client_of(demo, "revisor-ballerup").get("/audit?period=2026-Q2")
    said = before.get_data(as_text=True)
    assert before.status_code == 404 and "Perioden 2. kvartal 2026 kan ikke åbnes" in said
    assert said.count("(3. kvartal 2026)") == 1


def test_each_source_link_of_the_companys_hours_is_named_for_its_intern(demo: Flask) -> None:
    # A list of the page's links (as a screen reader gives it) would otherwise be "(kilde)" once per
    # timesheet, with nothing to tell them apart.
    html = (
        client_of(demo, "falck")
        .get("/company?agreement=falck-hovedstaden&period=2026-09")
        .get_data(as_text=True)
    )
    page = lxml.html.fromstring(html)
    links = page.xpath('//table[@id="interns"]//td[contains(@class, "hours")]//a')
    assert links
    names = [link.get("aria-label") for link in links]
    assert len(set(names)) == len(names)  # every one its own
    for link in links:
        row = link.xpath("ancestor::tr")[0]
        name = " ".join(row.xpath("./td")[0].text_content().split())
        record = link.get("href").rsplit("/", 1)[-1]
        assert link.get("aria-label") == f"Hvor timerne for {name} kommer fra: post {record}"
