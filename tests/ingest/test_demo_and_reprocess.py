"""`hub demo` through the real adapters, the outcome report, `hub reprocess` and `hub adapters`."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner
from page_support import copy_of
from seed_numbers import PUBLISHED_TABLE
from sqlalchemy import select
from sweep_capture import LetOut

from hub import create_app
from hub.cli import cli
from hub.extensions import db
from hub.models import RecordVersion, Submission


def _runner(app: Flask) -> Any:
    runner = FlaskCliRunner(app)
    return lambda *args: runner.invoke(cli, list(args))


@pytest.fixture(scope="module")
def demo_app(
    lived_demo: Flask, lived_demo_let_out: LetOut, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Flask]:
    """One demo run shared by the tests of this module (it ingests 324 forms): the session's lived demo,
    `hub agreements load` and `hub demo` on a fresh app (conftest), copied with the municipalities'
    configs into a folder of the module's own, as its tests write (a second demo, reprocessing, a config
    changed). A demo of the module's own was the same two commands again: ten seconds of CI's setup."""
    assert "324 accepted" in lived_demo_let_out.output
    tmp = tmp_path_factory.mktemp("demo")
    config_dir = tmp / "municipalities"
    shutil.copytree(ROOT / "config" / "municipalities", config_dir)
    app = copy_of(lived_demo, tmp, MUNICIPALITIES_DIR=str(config_dir))
    yield app
    with app.app_context():
        db.engine.dispose()


def test_outcome_report_reproduces_the_seed(demo_app: Flask) -> None:
    result = _runner(demo_app)("report", "outcomes", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == PUBLISHED_TABLE


def test_outcome_table_in_danish(demo_app: Flask) -> None:
    text = _runner(demo_app)("report", "outcomes").output
    assert "81 borgere: 21 i forløb, 60 afsluttet" in text
    assert "  4 kom i ordinært job" in text and " 23 modtog kontanthjælp som aktivitetsparate" in text


def test_demo_twice_is_the_same_submissions(demo_app: Flask) -> None:
    with demo_app.app_context():
        before = db.session.scalar(select(RecordVersion.id).order_by(RecordVersion.id.desc()).limit(1))
    result = _runner(demo_app)("demo")
    assert result.exit_code == 0 and "324 accepted" in result.output
    with demo_app.app_context():
        after = db.session.scalar(select(RecordVersion.id).order_by(RecordVersion.id.desc()).limit(1))
    assert after == before


def test_reprocess_applies_a_config_change_without_parsing(
    demo_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = Path(demo_app.config["MUNICIPALITIES_DIR"]) / "randers.toml"
    text = config.read_text(encoding="utf-8")
    # A config change a municipality might make: its purpose field is now read in capitals.
    assert 'path = "purpose"' in text
    changed = text.replace('path = "purpose"', 'path = "purpose"\n  transforms = ["upper"]', 1)
    config.write_text(changed, encoding="utf-8")

    def no_parsing(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("reprocess must work from kept extractions")

    monkeypatch.setattr("hub.adapters.pipeline.extract", no_parsing)
    app = make_app_reusing(demo_app)
    invoke = _runner(app)
    dry = invoke("reprocess", "--municipality", "randers", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "purpose:" in dry.output and "nothing written" in dry.output
    with app.app_context():
        assert not db.session.scalars(
            select(RecordVersion).where(RecordVersion.reason == "reprocessed")
        ).all()
    done = invoke("reprocess", "--municipality", "randers")
    assert done.exit_code == 0, done.output
    assert "purpose:" in done.output and "committing" in done.output  # shown before it is stored
    with app.app_context():
        versions = db.session.scalars(
            select(RecordVersion).where(RecordVersion.reason == "reprocessed")
        ).all()
        assert versions and all(v.data["purpose"] == v.data["purpose"].upper() for v in versions)
        assert all(v.version == 2 for v in versions)  # the old version stays
        # The records left unchanged were compared without locators; a changed one is stored with them,
        # the same as its first version's, and the new transform on the purpose.
        for version in versions:
            first = db.session.scalars(
                select(RecordVersion).where(
                    RecordVersion.record_id == version.record_id, RecordVersion.version == 1
                )
            ).one()
            assert [(p.path, p.locator) for p in version.provenance] == [
                (p.path, p.locator) for p in first.provenance
            ]
            assert all(p.locator["text"]["en"] and p.locator["text"]["da"] for p in version.provenance)
            (purpose,) = [p for p in version.provenance if p.path == "purpose"]
            assert "upper" in purpose.transforms


def make_app_reusing(app: Flask, **settings: Any) -> Flask:
    """A second app on the same database, blobs and keys, which reads the (changed) config files afresh."""

    return create_app(
        {
            k: app.config[k]
            for k in (
                "DATABASE_URL",
                "BLOB_DIR",
                "DATA_DIR",
                "SIGNING_KEY",
                "MUNICIPALITIES_DIR",
                "SECRET_KEY",
            )
        }
        | {"TESTING": True, "AGREEMENTS_DIR": app.config["AGREEMENTS_DIR"]}
        | settings
    )


def test_reprocess_reads_the_companys_forms_again_after_its_adapter_changed(
    demo_app: Flask, tmp_path: Path
) -> None:
    # config/company.toml changed: the mentor's signature is now kept in capitals. Only the company's
    # forms are read again (every agreement's), and their records get a new version.
    text = (ROOT / "config" / "company.toml").read_text(encoding="utf-8")
    changed = text.replace(
        'source = "underskrevet_af"', 'source = "underskrevet_af"\n  transforms = ["upper"]'
    )
    changed = changed.replace(
        'source = "next:Underskrevet af"', 'source = "next:Underskrevet af"\n  transforms = ["upper"]'
    )
    assert changed.count('transforms = ["upper"]') == 2
    adapter = tmp_path / "company.toml"
    adapter.write_text(changed, encoding="utf-8")
    app = make_app_reusing(demo_app, COMPANY_ADAPTER=str(adapter))
    invoke = _runner(app)
    assert invoke("reprocess").exit_code == 2  # neither a municipality nor the company
    done = invoke("reprocess", "--company")
    assert done.exit_code == 0, done.output
    assert "of the stored documents of the company (every agreement)" in done.output
    with app.app_context():
        versions = db.session.scalars(
            select(RecordVersion)
            .join(Submission, Submission.id == RecordVersion.submission_id)
            .where(
                RecordVersion.reason == "reprocessed",
                RecordVersion.data["form_type"].as_string() == "mentor_hours",
            )
        ).all()
        assert versions and all(v.data["signed_by"] == v.data["signed_by"].upper() for v in versions)
        assert {db.session.get_one(Submission, v.submission_id).from_company for v in versions} == {True}


def test_adapters_check_and_test(app: Flask, tmp_path: Path) -> None:
    invoke = _runner(app)
    check = invoke("adapters", "check", "--dir", str(ROOT / "config" / "municipalities"))
    assert check.exit_code == 0, check.output
    assert check.output.count("ok ") == 14  # the seeds' nine job centres and five dialects of issue 8
    assert "warning" not in check.output  # every stop rule matches on its golden file
    golden = invoke("adapters", "test", "gentofte", "--golden", str(ROOT / "tests" / "golden"))
    assert golden.exit_code == 0, golden.output
    assert "warning" not in golden.output
    # A sample without its expected JSON is said, not skipped in silence; a difference is named by path.
    mine = tmp_path / "golden" / "gentofte"
    shutil.copytree(ROOT / "tests" / "golden" / "gentofte", mine)
    shutil.copy(mine / "placement.pdf", mine / "placement-copy.pdf")
    expected = json.loads((mine / "placement.expected.json").read_text(encoding="utf-8"))
    expected["period"]["end"] = "2099-01-01"
    (mine / "placement.expected.json").write_text(json.dumps(expected), encoding="utf-8")
    told = invoke("adapters", "test", "gentofte", "--golden", str(tmp_path / "golden"))
    assert told.exit_code == 1 and "FAIL placement.pdf" in told.output
    assert "  period.end: expected '2099-01-01', got '" in told.output
    assert "warning: placement-copy.pdf is not checked" in told.output
    broken = tmp_path / "municipalities"
    broken.mkdir()
    (broken / "nowhere.toml").write_text(
        'config_version = 1\n[municipality]\ncode = "999"\n', encoding="utf-8"
    )
    bad = invoke("adapters", "check", "--dir", str(broken))
    assert bad.exit_code == 2 and "nowhere.toml" in bad.output
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = invoke("adapters", "check", "--dir", str(empty))
    assert nothing.exit_code == 2 and "no municipality configs" in nothing.output
    # A form that never fills a required field loads, but every document of it would be rejected.
    partial = tmp_path / "partial"
    partial.mkdir()
    text = (ROOT / "config" / "municipalities" / "herlev.toml").read_text(encoding="utf-8")
    start = text.index('path = "signed_on"')
    cut = text[: text.rindex("[[forms.fields]]", 0, start)] + text[text.index("[[forms", start) :]
    (partial / "herlev.toml").write_text(cut, encoding="utf-8")
    warned = invoke("adapters", "check", "--dir", str(partial))
    assert warned.exit_code == 2
    assert "INCOMPLETE herlev (163)" in warned.output and "ok herlev" not in warned.output
    assert (
        "error: herlev.toml: forms[1] (mentortimer): no field fills signed_on: every document would be "
        in (warned.output)
    )
    assert "fejl: herlev.toml: forms[1] (mentortimer): intet felt udfylder signed_on" in warned.output
