"""A municipality's golden records (tests/golden/), printed as its own forms and worked as one batch: what
the dashboard tests that run the batch worker's refresh send."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from conftest import ROOT

from hub.demo.simulators import simulator
from hub.extensions import db
from hub.services import ingest, processing


def golden(slug: str, name: str, **changes: Any) -> dict[str, Any]:
    """The municipality's golden record of a form type, with `changes` made to it."""
    path = ROOT / "tests" / "golden" / slug / f"{name}.expected.json"
    record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return record | changes


def work_batch(slug: str, suffix: str, sent: list[tuple[dict[str, Any], datetime | None]]) -> list[str]:
    """The records printed as the municipality's own forms (files named `f<n><suffix>`), each received
    when given (None: now), submitted and worked as one batch: their statuses."""
    printer = simulator(slug)
    ids = []
    for n, (record, received_at) in enumerate(sent):
        data = printer.render(record["form_type"], printer.localise(record["form_type"], record))
        submitted = ingest.submit(db.session, data, f"f{n}{suffix}", slug, "test", "tester", received_at)
        ids.append(submitted.submission_id)
    statuses = processing.process_batch(db.session, ids, holder="test")
    db.session.expire_all()
    return [statuses[i] for i in ids]
