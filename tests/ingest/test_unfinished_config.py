"""A municipality config with a form that fills no rule for a required field: the app still starts (one
municipality's unfinished form must not stop the others), says so in its log at start, and each
document of that form is refused as the adapter's gap, not as "Feltet mangler" at a field the sender
cannot fill."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from conftest import ROOT, make_app

from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.queue import queue
from hub.services import ingest, records

HERLEV = ROOT / "config" / "municipalities" / "herlev.toml"
P_NUMBER = (
    '  [[forms.fields]]\n  path = "site.p_number"\n  source = "label:P-nr."\n  transforms = ["digits"]\n\n'
)


def test_an_unfinished_form_is_said_at_start_and_to_the_sender(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    configs = tmp_path / "municipalities"
    configs.mkdir()
    text = HERLEV.read_text(encoding="utf-8")
    # Herlev's placement form (its first) without its P-number rule; its other forms keep theirs.
    assert text.count(P_NUMBER) >= 2
    (configs / "herlev.toml").write_text(text.replace(P_NUMBER, "", 1), encoding="utf-8")
    for folder in ("schemas", "templates"):
        (configs / folder).symlink_to(ROOT / "config" / "municipalities" / folder)
    with caplog.at_level(logging.WARNING, logger="hub.services.registry"):
        app = make_app(tmp_path, MUNICIPALITIES_DIR=str(configs))
    [said] = [r.getMessage() for r in caplog.records if r.name == "hub.services.registry"]
    assert said.startswith(
        "herlev.toml: forms[0] (praktikaftale): no field fills site.p_number: every document"
    )
    assert "intet felt udfylder site.p_number" in said
    placement = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
    with app.app_context():
        sent = ingest.submit(db.session, placement, "p.csv", "herlev", "test", "tester")
        enqueue_submission(sent.submission_id)
        queue.run_burst(app)
        db.session.expire_all()
        done = records.submission(db.session, sent.submission_id)
    assert done.status == "rejected"
    [problem] = done.problems
    assert problem["reason_en"].startswith("the hub's adapter for this form fills no field for site.p_number")
    assert problem["reason_da"].startswith("hubbens adapter til blanketten udfylder ikke site.p_number")
