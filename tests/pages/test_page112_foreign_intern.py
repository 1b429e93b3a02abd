"""What walk-110 (stop 68) left on the company's list of forms sent: a form naming an intact participant id
that is no intern of the agreement it was sent for ("P-… er ikke en praktikant i aftalen …") was said to
have nothing wrong in it ("Der er ikke noget galt i selve filen … send så den samme fil igen"), though the
id on the form is by far the likeliest fault (copied from another form). It now follows the rule walk-110
made for dates and P-numbers (`FieldProblem.may_be_in_document`): the reason says to correct the id, and
no line says nothing is wrong in the file."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from accounts import add_user, csrf_token, sign_in
from flask import Flask
from page_support import load_agreements
from sqlalchemy import update

from hub.adapters.language.config_paths import REFERENCE
from hub.adapters.mapping.form import MappedForm
from hub.errors import Rejection
from hub.extensions import db
from hub.models import Submission
from hub.pseudonyms import participant_id
from hub.services import ingest, participants

# An intern no placement is held for: its id is intact (the hub's own check letters), but of no agreement.
CPR, SITE, START = "0101901234", "1900000101", "2026-08-03"
WORDS = {
    "da": "er ikke en praktikant i aftalen falck-hovedstaden: ret id'et på skemaet",
    "en": "is not an intern of agreement falck-hovedstaden: correct the id on the form",
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_form_naming_another_agreements_intern_is_to_be_corrected(
    app: Flask, client: Any, lang: str
) -> None:
    load_agreements(app)
    add_user(app, "falck")
    with app.app_context():
        sent = ingest.submit_company(
            db.session, b"x;y\n", "timer.pdf", "falck-hovedstaden", "web", "user:falck"
        )
        pid = participant_id(str(app.config["PSEUDONYM_KEY"]), CPR, SITE, START)
        mapped = MappedForm({REFERENCE: pid, "form_type": "mentor_hours"}, (), "company_form")
        submission = db.session.get(Submission, sent.submission_id)
        with pytest.raises(Rejection) as caught:
            participants.resolve(db.session, submission, mapped)
        db.session.execute(
            update(Submission)
            .where(Submission.id == sent.submission_id)
            .values(status="rejected", problems=[p.to_dict() for p in caught.value.problems])
        )
        db.session.commit()
    sign_in(client, "falck")
    client.post("/language", data={"lang": lang, "csrf_token": csrf_token(client)})
    html = client.get("/company").text
    [row] = lxml.html.fromstring(html).xpath('//tr[.//ul[@class="problems"]]')
    problems = row.xpath('.//ul[@class="problems"]')[0].text_content()
    assert f"{pid} {WORDS[lang]}" in " ".join(problems.split()), problems
    assert row.xpath('.//p[contains(@class, "outside-file")]') == []
