"""A CPR number a caseworker typed into free text (a name, the mentor's, the purpose, the caseworker's
own) of a stored record reaches the company nowhere, however it is spelled: not in the API's placement
and record, the record page, the company's page or its export. The exports' writers are tried with
hand-made data in tests/exports/test_company_privacy.py; this is the same from the canonical store."""

from __future__ import annotations

from typing import Any

from flask import Flask
from page_support import add_version, current_version, demo_copy_fixture, sent_by_a_municipality
from sweep_reads import PERIOD, Reader

from hub.extensions import db
from hub.models import Record
from hub.pseudonyms import CPR_LIKE

app = demo_copy_fixture("planted-cpr")
PLANTED = {
    ("citizen", "name"): "Anna Hansen 010190-1234",
    ("mentor", "name"): "Mads 0101901234 Mentor",
    ("caseworker", "name"): "Åse 02.02.02-2222",
    ("purpose",): "Ring til borgeren (311285 4321) om opstart",
}


def _planted(data: dict[str, Any]) -> dict[str, Any]:
    changed = {k: (dict(v) if isinstance(v, dict) else v) for k, v in data.items()}
    for path, text in PLANTED.items():
        if len(path) == 1:
            changed[path[0]] = text
        else:
            changed[path[0]] = {**changed.get(path[0], {}), path[1]: text}
    return changed


def test_cpr_typed_into_free_text_reaches_the_company_nowhere(app: Flask) -> None:
    record_id, data = sent_by_a_municipality(app, ("placement",))[0]
    with app.app_context():
        record = db.session.get(Record, record_id)
        assert record is not None
        placement_id = record.placement_id
        before = current_version(record)
        add_version(record, _planted(data))
        # Read and mapped as the version before it (the helper notes neither; the record page shows both).
        after = current_version(record)
        after.read_with, after.mapped_with = before.read_with, before.mapped_with
        db.session.commit()
    falck = Reader(app, "falck")
    urls = [
        (f"/api/placements/{placement_id}", True),
        (f"/api/records/{record_id}", True),
        (f"/records/{record_id}", False),
        (f"/company?agreement=falck-hovedstaden&period={PERIOD}", False),
        *(
            (f"/company/export?agreement=falck-hovedstaden&format={f}&period={PERIOD}", False)
            for f in ("json", "pdf")
        ),
    ]
    for url, api in urls:
        assert falck.get(url, api=api).status_code == 200, url
    assert all(text for text in falck.read.values())
    assert [url for url, text in falck.read.items() if CPR_LIKE.search(text)] == []
    # The name is there, its number masked whole: the test reads what it means to.
    assert all("Anna Hansen XXXXXX-XXXX" in " ".join(falck.read[u].split()) for u, _ in urls[:3])
