"""The bench's table says PASS or MISS against a target, and never invents a ratio."""

from __future__ import annotations

import math

from simulator_support import fixture_script

bench_report = fixture_script("bench_report")
Row = bench_report.Row


def test_verdicts() -> None:
    assert Row("x", 80.0, 100.0, 0.8).verdict == "PASS"
    assert Row("x", 79.0, 100.0, 0.8).verdict == "MISS"
    assert Row("x", 79.0, 100.0).verdict == "info"
    assert Row("x", 79.0, math.nan, 0.8).verdict == "info"


def test_table_lines_up_and_dashes_what_is_missing() -> None:
    text = bench_report.table([Row("pdf end to end", 45.5, 262.0, 0.8), Row("skipped", math.nan)])
    lines = text.splitlines()
    assert len({len(line) for line in lines}) == 1
    assert "0.17" in lines[2] and lines[2].rstrip().endswith("MISS")
    assert lines[3].count("—") >= 3
