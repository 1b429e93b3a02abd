"""The corpus check of the page cache compares three readings and counts the cache's misses and hits."""

from __future__ import annotations

from conftest import ROOT
from simulator_support import fixture_script

from hub.adapters.readers import pdf_pagecache

child = fixture_script("pdf_label_child")


def test_a_form_reads_the_same_three_times_with_one_miss_and_one_hit() -> None:
    before = pdf_pagecache.RUNS
    data = (ROOT / "tests/golden/gladsaxe/placement_kontanthjaelp.pdf").read_bytes()
    assert child.cache_agrees(data, "form.pdf") == (True, 1, 1)
    assert pdf_pagecache.RUNS is before  # the process's own cache is given back


def test_a_file_that_is_no_pdf_gives_the_same_failure_three_times_and_no_lookups() -> None:
    assert child.cache_agrees(b"%PDF-1.7\nnot really", "broken.pdf") == (True, 0, 0)
