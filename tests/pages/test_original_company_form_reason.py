"""A record read from the company's form tells an auditor and a partner why its original is not theirs.

Walking Ballerup's audit (stop 61, walk-73), the auditor opened a record of Falck Hovedstaden's mentor
hours from the completeness table and read: "Du kan ikke hente det oprindelige dokument: det har fulde
CPR-numre ... dets SHA-256 står i revisionspakkens manifest". The company's form has no CPR number (its
interns stand under participant ids) and the bundle leaves the company's forms out, manifest and all: the
reason is that one form names interns of every municipality of the agreement (the audit page says so). A
partner (Herlev) was told nothing at all. The lead of the agreement and the company keep their link.
"""

from __future__ import annotations

import pytest
from flask import Flask
from lxml import html
from page_support import client_of, demo_copy_fixture
from sqlalchemy import select

from hub.extensions import db
from hub.models import Record, RecordVersion, Submission

demo = demo_copy_fixture("original-company-form-reason", name="demo")

COMPANY_FORM_DA = (
    "Du kan ikke hente det oprindelige dokument: det er virksomhedens skema, og ét skema nævner "
    "praktikanter fra alle aftalens kommuner. Aftalens tovholder har det; hver værdi herunder siger, hvor i "
    "skemaet den er læst."
)


def company_form_records(app: Flask, code: str) -> list[int]:
    """The municipality's records whose current version the company's form made, oldest first."""
    with app.app_context():
        return list(
            db.session.scalars(
                select(Record.id)
                .join(RecordVersion, RecordVersion.record_id == Record.id)
                .join(Submission, Submission.id == RecordVersion.submission_id)
                .where(Record.municipality_code == code, Submission.from_company)
                .where(RecordVersion.version == Record.current_version)
                .order_by(Record.id)
            )
        )


def withheld(client: object, record_id: int) -> tuple[str | None, bool]:
    """The page's reason for giving no original (None: none said), and whether it links the original."""
    response = client.get(f"/records/{record_id}")  # type: ignore[attr-defined]
    assert response.status_code == 200
    tree = html.fromstring(response.data)
    said = tree.xpath('//p[@id="original-withheld"]')
    return (" ".join(said[0].text_content().split()) if said else None), bool(
        tree.xpath('//*[@id="download-original"]')
    )


@pytest.mark.usefixtures("demo_today")  # 1 December 2026: Q3 is in Ballerup's auditor's period
def test_the_company_forms_record_says_why_its_original_is_not_given(demo: Flask) -> None:
    auditor = client_of(demo, "revisor-ballerup")
    ballerup = [
        r for r in company_form_records(demo, "151") if auditor.get(f"/records/{r}").status_code == 200
    ]
    assert ballerup, "the demo has Ballerup interns on Falck Hovedstaden's forms"
    reason, link = withheld(auditor, ballerup[0])
    assert (reason, link) == (COMPANY_FORM_DA, False)
    assert "CPR" not in reason and "manifest" not in reason
    herlev = company_form_records(demo, "163")
    assert withheld(client_of(demo, "kommune-herlev"), herlev[0]) == (COMPANY_FORM_DA, False)
    # The agreement's lead and the company that sent it have the original, and no reason.
    assert withheld(client_of(demo, "lead-gladsaxe"), herlev[0]) == (None, True)
    assert withheld(client_of(demo, "falck"), herlev[0]) == (None, True)
