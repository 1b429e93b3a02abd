"""The values the hub sets itself say so on the record page. A record's form type, schema version and
municipality are set by the hub (`record_header`: the form it recognised, its own format, the sender) and
read from no cell of the file, so they have no provenance; the page said "ingen oprindelse gemt" ("no
provenance kept") beside "Kommune: Herlev (163)", which a caseworker reads as something lost."""

from __future__ import annotations

import lxml.html
from accounts import add_everyone
from conftest import ROOT
from flask import Flask
from page_support import accepted, client_of, load_agreements
from sqlalchemy import select

from hub.extensions import db
from hub.models import RecordVersion

HUB_SET = ("form_type", "schema_version", "municipality_code")


def test_the_values_the_hub_sets_say_so_and_the_read_ones_name_their_cell(app: Flask) -> None:
    load_agreements(app)
    add_everyone(app)
    placement = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
    submission_id = accepted(app, placement, "placement.csv", "163")
    with app.app_context():
        made = select(RecordVersion.record_id).where(RecordVersion.submission_id == submission_id)
        record_id = db.session.scalars(made).one()
    html = client_of(app, "kommune-herlev").get(f"/records/{record_id}").text
    rows = {
        row.get("data-path"): row
        for row in lxml.html.fromstring(html).xpath('//table[@id="values"]/tbody/tr')
    }
    for path in HUB_SET:
        assert (
            rows[path].xpath('td[@class="sources"]')[0].text_content().strip()
            == "sat af hubben, ikke læst i filen"
        )
    # A value read in the file still names its file and cell (the CSV's B3 holds the CPR number).
    read = rows["citizen.cpr"].xpath('td[@class="sources"]')[0].text_content()
    assert "placement.csv" in read and "række 3, kolonne 2 (B3)" in read, read
    assert "ingen oprindelse gemt" not in html
