"""A form's XSD is the one its loaded config read, not one another app of the process loaded from the same
path before the file changed (decision 0017, "Stop 40": process state in what a document is checked with).

Høje-Taastrup's placement form has an XSD whose CVR is eight digits. Edited to nine, every placement of it
fails the schema: an app that loads the edited config must reject the golden placement, and say so in its
adapter fingerprint, even if another app in the same process checked a document against the old file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT, make_app
from flask import Flask
from sqlalchemy import select

from hub.adapters.language.fingerprint import fingerprint
from hub.extensions import db
from hub.models import Submission
from hub.services import agreements, ingest, processing
from hub.services.registry import registry

PLACEMENT = ROOT / "tests" / "golden" / "hoeje-taastrup" / "placement.xml"
XSD = Path("schemas") / "hoeje-taastrup" / "praktikaftale.xsd"


def _placement(app: Flask) -> tuple[str, str | None, str]:
    """Høje-Taastrup's placement submitted and processed: its status, problems and the adapter's
    fingerprint the app computes."""
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        sent = ingest.submit(db.session, PLACEMENT.read_bytes(), PLACEMENT.name, "169", "test", "tester")
        processing.process_batch(db.session, [sent.submission_id], holder="me")
        status, problems = db.session.execute(
            select(Submission.status, Submission.problems).where(Submission.id == sent.submission_id)
        ).one()
        adapter = fingerprint(registry().get("169"))
        db.engine.dispose()
    return status, str(problems) if problems else None, adapter


def test_an_xsd_changed_on_disk_is_the_one_a_new_app_checks_with(tmp_path: Path) -> None:
    configs = tmp_path / "municipalities"
    shutil.copytree(ROOT / "config" / "municipalities", configs)
    first = _placement(make_app(tmp_path / "first", MUNICIPALITIES_DIR=str(configs)))
    assert first[0] == "accepted"
    xsd = configs / XSD
    text = xsd.read_text(encoding="utf-8")
    assert text.count('<xs:pattern value="[0-9]{8}"/>') == 1  # the CVR's, the only eight-digit pattern
    xsd.write_text(text.replace('<xs:pattern value="[0-9]{8}"/>', '<xs:pattern value="[0-9]{9}"/>'))
    second = _placement(make_app(tmp_path / "second", MUNICIPALITIES_DIR=str(configs)))
    assert second[0] == "rejected" and second[1] is not None and "does not match the schema" in second[1]
    assert second[2] != first[2]  # another XSD, another adapter fingerprint
