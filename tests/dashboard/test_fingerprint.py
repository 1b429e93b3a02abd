"""What the dashboards' summaries were computed with (`dashboard_states.fingerprint`, decision 0017): the
same in every app of a process however its objects were collected, and another once a municipality's
audit rules or an agreement's terms change (decision 0017, "Stop 40").

Falck Hovedstaden's file writes its hours as "3.0"; the database keeps them at its column's scale, 3.00.
An agreement object this session built from the file outlives its commit only until the garbage collector
frees it (the identity map holds it weakly), so a load whose objects were not yet collected computed the
fingerprint with the file's 3.0, and every later transaction with the stored 3.00: stale at once.
"""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import ROOT, make_app
from flask import Flask
from sqlalchemy import select

from hub.extensions import db
from hub.models import Agreement, SummaryState
from hub.services import agreements, dashboard_summary, ingest, processing

GOLDEN = ROOT / "tests" / "golden" / "hoeje-taastrup"
FORMS = ("placement.xml", "progress_report.xml", "mentor_hours.xml", "placement_end.xml")
AGREEMENTS = ROOT / "config" / "agreements"


@contextmanager
def collector(enabled: bool) -> Iterator[None]:
    """Python's cyclic garbage collector on or off: off, an object in a reference cycle (an agreement
    and its municipalities) outlives every reference to it, as it does until a collection happens."""
    was = gc.isenabled()
    if not enabled:
        gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _load_and_drain(app: Flask) -> dict[str, str]:
    """The agreements loaded and Høje-Taastrup's forms stored in one batch, in one session; the
    fingerprints stored then."""
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(AGREEMENTS), "test")
        files = {name: (GOLDEN / name).read_bytes() for name in FORMS}
        sent = [ingest.submit(db.session, data, name, "169", "test", "me") for name, data in files.items()]
        ids = [s.submission_id for s in sent]
        processing.process_batch(db.session, ids, holder="me")
        return dict(db.session.execute(select(SummaryState.agreement_id, SummaryState.fingerprint)).all())


def _stale(app: Flask) -> list[str]:
    """The agreements whose stored fingerprint is not what a fresh read of them gives."""
    with app.app_context():
        db.session.expire_all()  # as the next request: the agreements as the database holds them
        every = agreements.list_agreements(db.session)
        found = [a.id for a in every if dashboard_summary.stale(db.session, a)]
        db.engine.dispose()
        return found


def test_three_apps_in_one_process_store_the_same_fingerprints_and_none_is_stale(tmp_path: Path) -> None:
    stored = []
    # The middle app's objects are never collected while it loads and drains; the others' may be.
    for n, enabled in enumerate((True, False, True)):
        app = make_app(tmp_path / str(n))
        with collector(enabled):
            stored.append(_load_and_drain(app))
        assert _stale(app) == [], f"app {n}"
    assert len(stored[0]) == 4 and stored[0] == stored[1] == stored[2]


def test_the_fingerprint_is_what_the_database_holds_whichever_object_is_asked(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    with app.app_context(), collector(False):
        agreements.load_files(db.session, agreements.agreement_files(AGREEMENTS), "test")
        kept = db.session.get(Agreement, "falck-hovedstaden")
        assert kept is not None
        during = dashboard_summary.fingerprint(kept)
        db.session.expire_all()
        assert dashboard_summary.fingerprint(kept) == during


def _with_rule(source: Path, target: Path, slug: str, old: str, new: str) -> Path:
    """A copy of the municipality configs with one line of one file changed."""
    shutil.copytree(source, target)
    path = target / f"{slug}.toml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return target


def test_an_audit_rule_changed_in_a_config_file_makes_its_agreements_stale(tmp_path: Path) -> None:
    app = make_app(tmp_path / "before")
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(AGREEMENTS), "test")
    configs = _with_rule(
        ROOT / "config" / "municipalities",
        tmp_path / "configs",
        "ballerup",
        "progress_report_every_weeks = 6",
        "progress_report_every_weeks = 8",
    )
    edited = make_app(tmp_path / "before", MUNICIPALITIES_DIR=str(configs))  # the same data, other rules
    # Ballerup (151) is a partner of Falck Hovedstaden only.
    assert _stale(edited) == ["falck-hovedstaden"]
    with edited.app_context():
        dashboard_summary.rebuild(db.session, "falck-hovedstaden")
    assert _stale(edited) == []
    assert _stale(app) == ["falck-hovedstaden"]  # the unedited rules are now the other ones


def test_an_agreement_loaded_with_another_rate_stores_another_fingerprint(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    files = agreements.agreement_files(AGREEMENTS)
    with app.app_context():
        agreements.load_files(db.session, files, "test")
        before = dict(db.session.execute(select(SummaryState.agreement_id, SummaryState.fingerprint)).all())
    changed = tmp_path / "agreements"
    changed.mkdir()
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.stem == "falck-randers":
            assert text.count('hourly_rate_dkk = "275.00"') == 1
            text = text.replace('hourly_rate_dkk = "275.00"', 'hourly_rate_dkk = "280.00"')
        (changed / path.name).write_text(text, encoding="utf-8")
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(changed), "test")
        after = dict(db.session.execute(select(SummaryState.agreement_id, SummaryState.fingerprint)).all())
    assert {a for a in before if before[a] != after[a]} == {"falck-randers"}
    assert _stale(app) == []
