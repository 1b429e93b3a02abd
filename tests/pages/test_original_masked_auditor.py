"""The original document holds the citizen's full CPR number: an auditor whose municipality's rule masks
CPR (Ballerup) is refused it with the reason, and the refusal is in the audit log; an auditor whose rule
is full (Gentofte), the citizen's own municipality and the lead keep what they had (decision 0055)."""

from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest
from accounts import csrf_token
from flask import Flask
from page_support import client_of, everyone_on_a_copy
from sqlalchemy import select

from hub.extensions import blobs, db
from hub.models import AuditEvent, Record, RecordVersion, Submission

REFUSED_EN = "Your municipality's rules show its auditor CPR numbers masked"
REFUSED_DA = "Kommunens regler viser dens revisor CPR-numre maskeret"


@pytest.fixture(scope="module")
def demo(lived_demo: Flask, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    with everyone_on_a_copy(lived_demo, tmp_path_factory.mktemp("masked-original")) as app:
        yield app


def _audited_record(app: Flask, auditor: str, code: str) -> tuple[int, bytes]:
    """A record of the municipality's own form (not the company's) that the auditor may read, and the
    bytes of its original."""
    with app.app_context():
        rows = db.session.execute(
            select(Record.id, Submission.document_sha256)
            .join(RecordVersion, RecordVersion.record_id == Record.id)
            .join(Submission, Submission.id == RecordVersion.submission_id)
            .where(Record.municipality_code == code, Submission.municipality_code == code)
            .where(RecordVersion.version == Record.current_version)
            .order_by(Record.id)
        ).all()
    client = client_of(app, auditor)
    for record_id, sha256 in rows:
        if client.get(f"/records/{record_id}").status_code == 200:  # in the auditor's period
            with app.app_context():
                return record_id, blobs.store.get(sha256)
    raise AssertionError(f"no record of {code} in {auditor}'s period")


def _refusals(app: Flask, actor: str) -> list[AuditEvent]:
    with app.app_context():
        query = select(AuditEvent).where(
            AuditEvent.actor.startswith(actor), AuditEvent.action == "read.refused"
        )
        found = list(db.session.scalars(query))
        db.session.expunge_all()
        return found


def test_a_masked_auditor_is_refused_the_original_with_the_reason_and_a_full_one_gets_it(
    demo: Flask,
) -> None:
    record_id, _ = _audited_record(demo, "revisor-ballerup", "151")
    auditor = client_of(demo, "revisor-ballerup")
    before = len(_refusals(demo, "user:revisor-ballerup"))
    refused = auditor.get(f"/records/{record_id}/original", headers={"Accept-Language": "da"})
    assert refused.status_code == 403 and refused.mimetype == "text/html"
    assert REFUSED_DA in refused.get_data(as_text=True) and "Traceback" not in refused.get_data(as_text=True)
    as_json = auditor.get(f"/records/{record_id}/original?version=1", headers={"Accept": "application/json"})
    assert as_json.status_code == 403
    body = as_json.get_json()
    assert body["code"] == "forbidden" and REFUSED_EN in body["message"] and REFUSED_DA in body["message_da"]
    # Refused reads are the log's business as much as reads are (scope.note_refused).
    logged = _refusals(demo, "user:revisor-ballerup")[before:]
    assert [(e.subject, e.detail["status"]) for e in logged] == [
        (f"/records/{record_id}/original", 403),
        (f"/records/{record_id}/original", 403),
    ]
    # The citizen's own municipality keeps it; so does an auditor whose municipality's rule is full.
    assert client_of(demo, "kommune-ballerup").get(f"/records/{record_id}/original").status_code == 200
    full_id, data = _audited_record(demo, "revisor-gentofte", "157")
    download = client_of(demo, "revisor-gentofte").get(f"/records/{full_id}/original")
    assert download.status_code == 200 and download.data == data


def test_the_record_page_tells_a_masked_auditor_why_there_is_no_original_to_download(demo: Flask) -> None:
    record_id, _ = _audited_record(demo, "revisor-ballerup", "151")
    page = client_of(demo, "revisor-ballerup").get(f"/records/{record_id}").get_data(as_text=True)
    assert 'id="download-original"' not in page and 'id="original-withheld"' in page
    full_id, _ = _audited_record(demo, "revisor-gentofte", "157")
    page = client_of(demo, "revisor-gentofte").get(f"/records/{full_id}").get_data(as_text=True)
    assert 'id="download-original"' in page and 'id="original-withheld"' not in page


# Written from the refusal's words (`original_access.OriginalWithheld`); the 403's own advice sent the
# auditor to the hub's administrator, under a reason that says to ask the municipality (walk-110, stop 68).
NEXT_STEP = {
    "da": "Gå tilbage til posten: hver værdi på den siger, hvor i dokumentet den er læst.",
    "en": "Go back to the record: each value on it says where in the document it was read.",
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_refused_original_sends_the_auditor_back_to_the_record_not_to_the_administrator(
    demo: Flask, lang: str
) -> None:
    record_id, _ = _audited_record(demo, "revisor-ballerup", "151")
    auditor = client_of(demo, "revisor-ballerup")
    auditor.post("/language", data={"lang": lang, "csrf_token": csrf_token(auditor)})
    refused = auditor.get(f"/records/{record_id}/original")
    assert refused.status_code == 403
    page = lxml.html.fromstring(refused.get_data(as_text=True))
    assert page.get_element_by_id("error-advice").text_content() == NEXT_STEP[lang]
    reason = page.get_element_by_id("error-message").text_content()
    assert reason.startswith(REFUSED_DA if lang == "da" else REFUSED_EN), reason
    # Another 403 of the auditor's keeps the status's advice: its role is what refuses it.
    other = lxml.html.fromstring(auditor.get("/payments").get_data(as_text=True))
    assert "administrator" in other.get_element_by_id("error-advice").text_content()
