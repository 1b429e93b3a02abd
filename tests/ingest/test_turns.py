"""Batches take turns over the citizens' ranges on PostgreSQL (`batch_turns`, `batch_ranges`; decision
0030, "Stop 50"): a later batch never stores a citizen's form before an earlier batch stores its own,
yet follows close behind it, storing one range while the batch ahead stores the next; a batch that
dies between ranges leaves the ranges it committed final, and the rest is healed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask, current_app
from simulator_support import fixture_script
from sqlalchemy import func, select, text, update
from test_versions_in_order import correction_batches

from hub import healing, jobs
from hub.demo.population import CitizenPlan, build_population
from hub.extensions import db
from hub.models import AuditEvent, Record, Submission
from hub.models.base import utcnow
from hub.pseudonyms import cpr_key
from hub.services import agreements, batch_ranges, batch_turns, ingest, processing

bench_year = fixture_script("bench_year")
TERMINAL = ("submission.accepted", "submission.rejected", "submission.failed")
WAIT = 60.0  # seconds a step waits for the other worker before the test fails


_TURNS = (
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2 AND classid = :space"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
)


def turn_waited_for(turn: int | None = None) -> bool:
    """Whether a backend waits for `turn` (any turn: None) in this database (the two-int advisory form
    is objsubid 2)."""
    query = text(_TURNS + " AND NOT granted" + ("" if turn is None else " AND objid = :turn"))
    with db.engine.connect() as probe:
        return bool(probe.execute(query, {"space": batch_turns.SPACE, "turn": turn}).scalar())


def _turns_held() -> int:
    with db.engine.connect() as probe:
        return int(probe.execute(text(_TURNS), {"space": batch_turns.SPACE}).scalar() or 0)


def _load() -> dict[str, Any]:
    agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
    plan = next(p for p in build_population() if p.municipality == "gladsaxe")
    return next(a.data for a in agreements.list_agreements(db.session) if a.id == plan.agreement_id)


def _forms(plan: CitizenPlan, agreement: dict[str, Any], tag: str) -> list[Any]:
    forms, _ = bench_year.citizen_forms(plan, agreement, False, True, tag)
    return sorted(forms, key=lambda f: f.received)


def _submit(data: bytes, name: str) -> int:
    return ingest.submit(db.session, data, name, "gladsaxe", "test", "t").submission_id


def _two_citizens(agreement_id: str) -> list[tuple[int, CitizenPlan]]:
    """Two of the agreement's gladsaxe citizens in different ranges, the lower range first."""
    secret = str(current_app.config["PSEUDONYM_KEY"])
    plans = [p for p in build_population() if p.municipality == "gladsaxe" and p.agreement_id == agreement_id]
    first = plans[0]
    low = batch_turns.range_of(cpr_key(secret, first.cpr))
    other = next(p for p in plans if batch_turns.range_of(cpr_key(secret, p.cpr)) != low)
    pair = [(low, first), (batch_turns.range_of(cpr_key(secret, other.cpr)), other)]
    return sorted(pair, key=lambda entry: entry[0])


def _two_placements() -> tuple[int, list[int]]:
    """Two citizens' placements submitted, the lower range's first; the higher range and their ids."""
    agreement = _load()
    plan = next(p for p in build_population() if p.municipality == "gladsaxe")
    (_low, citizen_l), (high, citizen_h) = _two_citizens(plan.agreement_id)
    place_l = next(f for f in _forms(citizen_l, agreement, "l") if "placement" in f.filename)
    place_h = next(f for f in _forms(citizen_h, agreement, "h") if "placement" in f.filename)
    ids = [_submit(place_l.data, place_l.filename), _submit(place_h.data, place_h.filename)]
    db.session.commit()
    return high, ids


def _in_thread(app: Flask, ids: list[int], holder: str, done: dict[str, Any]) -> threading.Thread:
    def work() -> None:
        with app.app_context():
            try:
                done[holder] = processing.process_batch(db.session, ids, holder=holder)
            except Exception as exc:
                done[holder] = exc

    thread = threading.Thread(target=work, name=holder)
    thread.start()
    return thread


def test_a_later_batch_waits_for_its_turn_and_its_correction_is_the_later_version(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batch k holds another citizen's placement and the original timesheet, whose reading is slow;
    batch k+1, run by a second worker meanwhile, holds the correction. The second waits for turn 0
    (seen waiting, not timed) and stores only after batch k: the original is version 1, the correction
    version 2, and nothing is stored again on top (without the turns: decision 0067's `reapplied`)."""
    with postgres_app.app_context():
        batch_k, batch_next, reading, go_on = correction_batches(monkeypatch)
    done: dict[str, Any] = {}
    earlier = _in_thread(postgres_app, batch_k, "earlier", done)
    later = None
    try:
        assert reading.wait(WAIT)
        later = _in_thread(postgres_app, batch_next, "later", done)
        with postgres_app.app_context():
            deadline = time.monotonic() + WAIT
            while not turn_waited_for(0) and time.monotonic() < deadline:
                time.sleep(0.02)
            assert turn_waited_for(0), "the later batch did not wait for turn 0"
    finally:
        go_on.set()
        earlier.join(WAIT)
        if later is not None:
            later.join(WAIT)
    assert done == {
        "earlier": dict.fromkeys(batch_k, "accepted"),
        "later": dict.fromkeys(batch_next, "accepted"),
    }
    with postgres_app.app_context():
        sheet = db.session.scalars(select(Record).where(Record.form_type == "mentor_hours")).one()
        versions = [(v.version, v.submission_id, v.reason) for v in sheet.versions]
        assert versions == [(1, batch_k[1], "submitted"), (2, batch_next[0], "submitted")]
        assert sheet.current_version == 2
        assert _turns_held() == 0  # every turn given back, none left on a pooled connection


def _observing(ahead_ids: list[int]) -> tuple[dict[str, bool], Callable[..., Any]]:
    """A `batch_ranges._settle` in which batch "ahead", in its range of `ahead_ids`, and batch "behind",
    in any range, each wait for the other to be inside its range too: both see the other only when both
    are inside at once. What each saw is noted."""
    inside = {"ahead": threading.Event(), "behind": threading.Event()}
    seen: dict[str, bool] = {}
    store = batch_ranges._settle

    def observed(batch: Any, ids: list[int]) -> Any:
        if batch.holder == "behind" or set(ids) & set(ahead_ids):
            other = "ahead" if batch.holder == "behind" else "behind"
            inside[batch.holder].set()
            seen[f"{batch.holder} saw {other}"] = inside[other].wait(WAIT)
        return store(batch, ids)

    return seen, observed


def test_two_batches_store_two_ranges_at_once_the_later_one_behind(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batch "ahead" holds the placements of citizens L and H (L's range below H's); batch "behind"
    holds L's first timesheet. While "ahead" stores H's range, "behind" stores L's: both inside a range
    at once (observed: each waits inside its range until the other is inside one). And "behind" stores L's
    timesheet after "ahead" stored L's placement: it is accepted, not waiting for it."""
    with postgres_app.app_context():
        agreement = _load()
        plan = next(p for p in build_population() if p.municipality == "gladsaxe")
        (low, citizen_l), (high, citizen_h) = _two_citizens(plan.agreement_id)
        assert low < high
        forms_l, forms_h = _forms(citizen_l, agreement, "l"), _forms(citizen_h, agreement, "h")
        place_l = next(f for f in forms_l if "placement" in f.filename)
        place_h = next(f for f in forms_h if "placement" in f.filename)
        sheet_l = next(f for f in forms_l if "mentor_hours" in f.filename)
        ahead = [_submit(place_l.data, place_l.filename), _submit(place_h.data, place_h.filename)]
        behind = [_submit(sheet_l.data, sheet_l.filename)]
        db.session.commit()
    seen, observed = _observing(ahead[1:])
    monkeypatch.setattr(batch_ranges, "_settle", observed)
    alone = batch_turns.Turns.alone

    def with_company(self: batch_turns.Turns) -> bool:
        # "ahead" decides once "behind" waits for turn 0 (alone, it would store in one go, holding turn 0).
        if threading.current_thread().name == "ahead":
            deadline = time.monotonic() + WAIT
            while not turn_waited_for(0) and time.monotonic() < deadline:
                time.sleep(0.01)
        return alone(self)

    monkeypatch.setattr(batch_turns.Turns, "alone", with_company)
    done: dict[str, Any] = {}
    first = _in_thread(postgres_app, ahead, "ahead", done)
    with postgres_app.app_context():
        deadline = time.monotonic() + WAIT
        while first.is_alive() and _turns_held() == 0 and time.monotonic() < deadline:
            time.sleep(0.01)  # "ahead" holds a turn (claimed first) before "behind" starts
    second = _in_thread(postgres_app, behind, "behind", done)
    first.join(WAIT)
    second.join(WAIT)
    assert done == {"ahead": dict.fromkeys(ahead, "accepted"), "behind": dict.fromkeys(behind, "accepted")}
    assert seen == {"ahead saw behind": True, "behind saw ahead": True}


def test_a_batch_that_dies_between_ranges_keeps_what_it_committed_and_the_rest_is_healed(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch of two citizens' placements, in two ranges, dies when it would take the second range's
    turn: the first placement is final (accepted, one audit entry), the second stays `processing` under
    the dead worker's lease, its turns went with the dropped connection, and once the lease ran out the
    healing queues it again and it is stored once."""
    with postgres_app.app_context():
        high, ids = _two_placements()
        step = batch_turns.Turns.step

        def die_at_high(self: batch_turns.Turns, turn: int, commit: Callable[[], None]) -> None:
            if turn == high:
                commit()  # the first range committed (as when another batch is behind this one) ...
                raise RuntimeError("the worker died here")  # ... and then the worker died
            step(self, turn, commit)

        monkeypatch.setattr(batch_turns.Turns, "step", die_at_high)
        monkeypatch.setattr(batch_turns.Turns, "alone", lambda self: False)  # another batch is behind
        with pytest.raises(RuntimeError):
            processing.process_batch(db.session, ids, holder="dead")
        monkeypatch.setattr(batch_turns.Turns, "step", step)
        db.session.expire_all()
        assert [db.session.get_one(Submission, i).status for i in ids] == ["accepted", "processing"]
        assert _turns_held() == 0
        db.session.execute(update(Submission).where(Submission.id == ids[1]).values(lease_until=utcnow()))
        db.session.commit()
    healing.heal(postgres_app)
    with postgres_app.app_context():
        db.session.expire_all()
        if db.session.get_one(Submission, ids[1]).status != "accepted":  # queued: run its job here
            assert processing.process_batch(db.session, ids, holder="next") == dict.fromkeys(ids, "accepted")
        for submission_id in ids:
            terminal = db.session.scalar(
                select(func.count()).where(
                    AuditEvent.subject == f"submission:{submission_id}",
                    AuditEvent.action.in_(
                        ("submission.accepted", "submission.rejected", "submission.failed")
                    ),
                )
            )
            assert terminal == 1
        db.session.commit()


def test_a_batch_whose_turns_connection_is_cut_is_tried_again_and_stores_each_form_once(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server ends the turns' own connection mid-batch (an administrator's kill, a restart seen by
    one connection only): the batch fails with a transient error, is tried again from its claim by
    `jobs.process_batch` (its rows are still its own), and every form ends accepted once, with no turn
    left held."""
    with postgres_app.app_context():
        high, ids = _two_placements()
        step = batch_turns.Turns.step
        cut: list[int] = []

        def cut_once(self: batch_turns.Turns, turn: int, commit: Callable[[], None]) -> None:
            if turn == high and not cut:
                pid = self._connection.execute(text("SELECT pg_backend_pid()")).scalar()
                with db.engine.connect() as other:
                    cut.append(
                        int(other.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar())
                    )
            step(self, turn, commit)

        monkeypatch.setattr(batch_turns.Turns, "step", cut_once)
        monkeypatch.setattr(jobs, "_alone", lambda: False)  # another worker listens
        assert jobs.process_batch(ids) == dict.fromkeys(ids, "accepted")
        assert cut == [1]
        for submission_id in ids:
            terminal = db.session.scalar(
                select(func.count()).where(
                    AuditEvent.subject == f"submission:{submission_id}", AuditEvent.action.in_(TERMINAL)
                )
            )
            assert terminal == 1
        db.session.commit()
        assert _turns_held() == 0
