"""A progress report's scores say their scale on the record page. They are 1 to 5, 5 the best
(`hub.schemas.parts`); the page said "Fremmøde 4", and the caseworker who wrote "Godt" in Herlev's form
could not tell whether 4 was good, nor on what scale, from the page alone."""

from __future__ import annotations

import json

import lxml.html
from accounts import add_everyone, csrf_token
from conftest import ROOT
from flask import Flask
from page_support import accepted, client_of, load_agreements
from sqlalchemy import select

from hub.extensions import db
from hub.models import RecordVersion

HERLEV = ROOT / "tests" / "golden" / "herlev"


def _values(html: str) -> dict[str, str]:
    rows = lxml.html.fromstring(html).xpath('//table[@id="values"]/tbody/tr')
    return {row.get("data-path"): row.xpath("td[1]")[0].text_content().strip() for row in rows}


def test_a_progress_reports_scores_are_said_out_of_five(app: Flask) -> None:
    load_agreements(app)
    add_everyone(app)
    accepted(app, (HERLEV / "placement.csv").read_bytes(), "placement.csv", "163")
    report = accepted(app, (HERLEV / "progress_report.csv").read_bytes(), "progress_report.csv", "163")
    with app.app_context():
        made = select(RecordVersion.record_id).where(RecordVersion.submission_id == report)
        record_id = db.session.scalars(made).one()
    scores = json.loads((HERLEV / "progress_report.expected.json").read_text())["scores"]
    client = client_of(app, "kommune-herlev")
    shown = _values(client.get(f"/records/{record_id}").text)
    for name, score in scores.items():
        assert shown[f"scores.{name}"] == f"{score} af 5", (name, shown)
    client.post("/language", data={"lang": "en", "csrf_token": csrf_token(client, "/login")})
    shown = _values(client.get(f"/records/{record_id}").text)
    assert shown["scores.attendance"] == f"{scores['attendance']} of 5"
