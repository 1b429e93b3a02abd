"""A company's read of an agreement's citizens (its export: subject the agreement, not a record) is in the
bundle of each municipality whose citizens it held, as logged and with its proof, and in no other's;
the auditor's own read of the completeness page is in its municipality's bundle, of the period the read
was made in (decision 0012, stop 49).
"""

from __future__ import annotations

import html
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import time_machine
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import client_of, demo_copy_fixture
from sqlalchemy import select
from test_bundle import verify
from test_bundle_originals import _bundle

from hub.cli import cli
from hub.extensions import db
from hub.models import AuditEvent, Placement, Record, RecordVersion
from hub.services import audit, audit_reach

# The reads and `hub bundle` write to the log: this module's own copy of the demo, with its users.
demo = demo_copy_fixture("bundle-reads", name="demo")

# In the demo's September, within Ballerup's 2026-Q3 and Gladsaxe's 2026-09 (monthly claims).
SEPTEMBER = datetime(2026, 9, 20, 10, tzinfo=UTC)
# An auditor reads a quarter once it has ended: Q3's page in October, within Ballerup's 2026-Q4, whose
# bundle may be made from January.
OCTOBER = datetime(2026, 10, 15, 10, tzinfo=UTC)
JANUARY = datetime(2027, 1, 4, 10, tzinfo=UTC)


def _entries(path: Path) -> list[dict[str, Any]]:
    with zipfile.ZipFile(path) as bundle:
        return [json.loads(line) for line in bundle.read("log/entries.jsonl").decode().splitlines()]


@pytest.fixture(scope="module")
def reads(demo: Flask) -> dict[str, Any]:
    """Falck's export of its agreement for September, read in September, and Ballerup's auditor's
    completeness page of 2026-Q3, read in October; the entries as logged."""
    with time_machine.travel(SEPTEMBER, tick=False):
        falck = client_of(demo, "falck")
        got = falck.get("/company/export?agreement=falck-hovedstaden&format=json&period=2026-09")
        assert got.status_code == 200
        # A read logged before its entries named municipalities: the participants it names decide.
        with demo.app_context():
            ballerups = db.session.scalars(
                select(Placement.participant_id).where(Placement.municipality_code == "151").limit(1)
            ).one()
            old = audit.append(
                db.session,
                "user:falck",
                "read.company_page",
                "agreement:falck-hovedstaden",
                {"party": "22222228", "participants": [ballerups]},
            )
            db.session.commit()
            old_id = old.id
    with time_machine.travel(OCTOBER, tick=False):
        auditor = client_of(demo, "revisor-ballerup")
        assert auditor.get("/audit?period=2026-Q3").status_code == 200
    with demo.app_context():
        export = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "export.company").order_by(AuditEvent.id.desc())
        ).first()
        page = db.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "read.completeness").order_by(AuditEvent.id.desc())
        ).first()
        assert export is not None and page is not None
        # Whose citizens the export held, from the placements of the participants it names.
        held = set(
            db.session.scalars(
                select(Placement.municipality_code).where(
                    Placement.participant_id.in_(export.detail["participants"])
                )
            )
        )
        return {"export": export.id, "page": page.id, "old": old_id, "detail": export.detail, "held": held}


def test_the_read_names_whose_citizens_it_held(reads: dict[str, Any]) -> None:
    # Falck's agreement (config/agreements/falck-hovedstaden.toml): Gladsaxe leads, Ballerup is a partner.
    assert {"159", "151"} <= reads["held"]
    assert reads["detail"]["municipalities"] == sorted(reads["held"])
    assert not any(len(str(p)) == 10 and str(p).isdigit() for p in reads["detail"]["participants"])


def test_in_each_holders_bundle_and_not_anothers(
    demo: Flask, reads: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("bundles")
    ballerup = _bundle(demo, folder, "ballerup", "2026-Q3")
    gladsaxe = _bundle(demo, folder, "gladsaxe", "2026-09")
    # Lyngby-Taarbæk is no member of Falck's agreement: none of its citizens were in the export.
    lyngby = _bundle(demo, folder, "lyngby-taarbaek", "2026-Q3")
    assert "173" not in reads["held"]

    in_ballerup = {entry["id"]: entry for entry in _entries(ballerup)}
    assert reads["export"] in in_ballerup and reads["old"] in in_ballerup
    # As logged: the whole detail, other municipalities' participant ids and all, so its proof holds.
    assert in_ballerup[reads["export"]]["detail"] == reads["detail"]
    in_gladsaxe = {entry["id"] for entry in _entries(gladsaxe)}
    assert reads["export"] in in_gladsaxe and reads["page"] not in in_gladsaxe
    in_lyngby = {entry["id"] for entry in _entries(lyngby)}
    assert reads["export"] not in in_lyngby and reads["old"] not in in_lyngby
    assert reads["old"] not in in_gladsaxe  # it named a citizen of Ballerup only
    # Each entry once.
    assert len(_entries(ballerup)) == len(in_ballerup)
    with zipfile.ZipFile(ballerup) as bundle:
        readme = bundle.read("README.md").decode()
    assert "detail.municipalities" in readme and "enhver læsning i perioden" in readme

    with demo.app_context():
        published = FlaskCliRunner(demo).invoke(cli, ["audit", "key"]).stderr
    key = published.split("fingerprint: ", 1)[1].split()[0]
    checked = verify(ballerup, args=("--municipality", "151", "--period", "2026-Q3"), key=key)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_read_is_in_the_bundle_of_the_period_it_was_made_in(
    demo: Flask, reads: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("later")
    # Gladsaxe's August: the export was read in September, so it is in September's bundle only.
    august = _bundle(demo, folder, "gladsaxe", "2026-08")
    assert reads["export"] not in {entry["id"] for entry in _entries(august)}
    # The auditor's own read of Q3's page, made in October: in Ballerup's Q4 bundle, not Q3's.
    with time_machine.travel(JANUARY, tick=False):
        q4 = {entry["id"]: entry for entry in _entries(_bundle(demo, folder, "ballerup", "2026-Q4"))}
    assert reads["page"] in q4 and reads["export"] not in q4
    assert q4[reads["page"]]["detail"]["municipalities"] == ["151"]


def test_what_a_read_names_decides_whose_it_was(demo: Flask) -> None:
    # A company's read of a submission (`read.submission`, or a page of `read.submissions`) names no
    # participant: the records read from the submission say whose citizens it held.
    with demo.app_context():
        record = db.session.scalars(select(Record).where(Record.municipality_code == "151").limit(1)).one()
        submission = db.session.scalars(
            select(RecordVersion.submission_id).where(RecordVersion.record_id == record.id).limit(1)
        ).one()
        reached = audit_reach.reach(
            db.session,
            [
                (f"submission:{submission}", {}),
                ("submissions", {"submissions": [submission], "page": 1}),
                (f"record:{record.id}", {"version": 1}),
                (f"placement:{record.placement_id}", {"records": 3, "page": 1}),  # a count, not ids
                ("audit-log", {"tree_size": 12}),
                ("agreement:falck-hovedstaden", {"municipalities": ["163"], "participants": []}),
            ],
        )
    assert all("151" in codes for codes in reached[:4])
    assert reached[4] == [] and reached[5] == ["163"]  # the log names no citizen; a named list is kept


def test_the_auditors_page_says_the_bundle_holds_the_reads_of_its_citizens(demo: Flask) -> None:
    with time_machine.travel(OCTOBER, tick=False):
        page = client_of(demo, "revisor-ballerup").get(
            "/audit?period=2026-Q3", headers={"Accept-Language": "da"}
        )
    said = page.get_data(as_text=True).split('id="reads-logged">', 1)[1].split("</p>", 1)[0]
    assert "enhver læsning af kommunens borgeres data i dens periode" in html.unescape(said)
