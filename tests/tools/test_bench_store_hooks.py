"""The store path's counts (tools/bench_store_hooks.py, decision 0030 stop 44): what a batch did,
counted in the process that stored it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from simulator_support import fixture_script

from hub.extensions import db
from hub.services import agreements, batch_outcome, ingest, processing

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"
FORMS = ("placement_kontanthjaelp.pdf", "placement_sygedagpenge.pdf")  # two citizens' placements

bench_store_hooks = fixture_script("bench_store_hooks")


@pytest.fixture
def counting() -> Iterator[dict[str, int]]:
    bench_store_hooks.COUNTS.clear()
    bench_store_hooks.install()
    try:
        yield bench_store_hooks.COUNTS
    finally:
        bench_store_hooks.uninstall()


def test_a_batch_of_two_placements_is_counted_once_each(backend_app: Flask, counting: dict[str, int]) -> None:
    """Two citizens' placement forms in one batch: one batch, one pass without savepoints (nothing
    failed), both settled as stored, each a read-ahead pair, and no pass redone with savepoints."""
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        sent = [
            ingest.submit(db.session, (GOLDEN / n).read_bytes(), n, "gladsaxe", "test", "t") for n in FORMS
        ]
        db.session.commit()
        ids = [s.submission_id for s in sent]
        counting.clear()  # the submissions' own statements are not the batch's
        assert processing.process_batch(db.session, ids, holder="me") == dict.fromkeys(ids, "accepted")
    assert counting["batches"] == 1
    assert counting["forms claimed or asked"] == 2
    assert counting["passes unguarded"] == 1
    assert "passes careful" not in counting
    assert counting["settled stored"] == 2
    assert counting["mappings (settling.prepare)"] == 2  # each document mapped once
    assert counting["pairs read ahead"] == 2
    assert not [key for key in counting if key.startswith("redo")]
    assert counting["statements SELECT"] > 0


def test_uninstall_puts_the_store_path_back() -> None:
    before = (processing.process_batch, batch_outcome._store_all)
    bench_store_hooks.install()
    assert processing.process_batch is not before[0]
    bench_store_hooks.uninstall()
    assert (processing.process_batch, batch_outcome._store_all) == before
