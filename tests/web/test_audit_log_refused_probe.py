"""A refused request for a municipality's stored object is on that municipality's own audit log (page-119,
stop 71): an auditor's (or a company's) address naming Herlev's record, placement or document by an id that
exists is Herlev's business, as a read of it is; an id that names nothing is no one's; Gladsaxe sees
none of Herlev's."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
from flask import Flask
from page_support import client_of, demo_copy_fixture
from sqlalchemy import select

from hub.extensions import db
from hub.models import Placement, Record, Submission

app = demo_copy_fixture("audit-log-refused")
HERLEV = "163"


def _refused(client: Any) -> dict[str, str]:
    """The `read.refused` entries a staff user's page shows: subject to the detail's text."""
    answer = client.get("/audit-log?action=read.refused")
    assert answer.status_code == 200, answer.get_data(as_text=True)
    page = lxml.html.fromstring(answer.get_data(as_text=True))
    rows = page.xpath('//table[@id="entries"]/tbody/tr[@data-action="read.refused"]')
    return {row.xpath('string(td[@class="about"])').strip(): row.text_content() for row in rows}


@pytest.fixture(scope="module")
def probed(app: Flask) -> dict[str, str]:
    """Herlev's stored record, placement and document asked for by Ballerup's auditor, each refused; and
    a record id that names nothing."""
    with app.app_context():
        record, placement, submission = (
            db.session.scalar(select(model.id).where(model.municipality_code == HERLEV).limit(1))
            for model in (Record, Placement, Submission)
        )
        nothing = (db.session.scalar(select(Record.id).order_by(Record.id.desc()).limit(1)) or 0) + 1000
    paths = {
        "record": f"/records/{record}",
        "original": f"/records/{record}/original",
        "placement": f"/api/placements/{placement}",
        "submission": f"/upload/sent/{submission}",
        "nothing": f"/records/{nothing}",
    }
    auditor = client_of(app, "revisor-ballerup")
    for path in paths.values():
        assert auditor.get(path).status_code in (403, 404), path
    return paths


def test_a_probe_of_its_stored_objects_is_on_its_own_log(app: Flask, probed: dict[str, str]) -> None:
    shown = _refused(client_of(app, "kommune-herlev"))
    for kind in ("record", "original", "placement", "submission"):
        assert probed[kind] in shown, kind
    assert "revisor-ballerup" in shown[probed["record"]]
    assert probed["nothing"] not in shown  # an id that names nothing is no municipality's


def test_another_municipality_sees_none_of_them(app: Flask, probed: dict[str, str]) -> None:
    shown = _refused(client_of(app, "lead-gladsaxe"))
    assert not set(probed.values()) & set(shown)
