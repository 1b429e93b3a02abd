"""A company's own form's original goes to that company, not to any company (stop 50's review): the
rule in `original_access.may_download` said "a company" where it meant the company of the agreement
the form was sent for. The record pages reach it only through a record already scoped to the company's
agreements (`scope.placement_clause`), so no other company's user could get there today; the rule is
said here on its own, as DESIGN.md's table says it, so that a new way to an original (a submission's
page, a bundle) cannot hand a form to another company."""

from __future__ import annotations

from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import select

from hub.access import Principal
from hub.extensions import db
from hub.models import Agreement, Submission
from hub.services.original_access import may_download

app = demo_copy_fixture("original-whose-company", users=False)


def test_only_the_forms_company_and_its_agreements_lead_may_have_it(app: Flask) -> None:
    with app.app_context():
        sha, lead, cvr = db.session.execute(
            select(Submission.document_sha256, Agreement.lead_municipality, Agreement.company_cvr)
            .join(Agreement, Agreement.id == Submission.agreement_id)
            .where(Agreement.company_cvr == "22222228")
            .order_by(Submission.id)
        ).first()
        falck = Principal(1, "falck", "company", company_cvr=cvr)
        danfoss = Principal(2, "danfoss", "company", company_cvr="77777776")
        its_lead = Principal(3, "lead", "lead", municipality=lead)
        other_lead = Principal(4, "lead-gentofte", "lead", municipality="157")
        assert lead != "157"
        assert may_download(db.session, falck, "none", sha)
        assert may_download(db.session, its_lead, "masked", sha)
        assert not may_download(db.session, danfoss, "none", sha)
        assert not may_download(db.session, other_lead, "none", sha)
