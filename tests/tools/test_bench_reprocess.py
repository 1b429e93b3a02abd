"""Reprocess is compared with the pypdf floor round by round; the summary takes the median round."""

from __future__ import annotations

from simulator_support import fixture_script

bench_reprocess = fixture_script("bench_reprocess")


def test_the_summary_takes_the_round_whose_ratio_is_the_median() -> None:
    rounds = [
        # 2,000 docs/s against 125 forms/s: 16 ×.
        bench_reprocess.Round(documents=4000, seconds=2.0, changes=0, floor=125.0),
        # 2,500 against 100: 25 ×, the fastest reprocess but not the median ratio.
        bench_reprocess.Round(documents=4000, seconds=1.6, changes=0, floor=100.0),
        # 1,600 against 80: 20 ×.
        bench_reprocess.Round(documents=4000, seconds=2.5, changes=0, floor=80.0),
    ]
    assert bench_reprocess.median_rates(rounds) == (1600.0, 80.0)
    text = "\n".join(bench_reprocess.notes(rounds))
    assert "round 2: 4000 documents in 1.60 s (2,500.0 docs/s), pypdf floor 100.0 forms/s, 25.00 ×" in text
    assert "over 3 rounds, each timing both in turn: median 20.00 ×, from 16.00 to 25.00" in text


def test_of_an_even_number_of_rounds_the_lower_middle_one_counts() -> None:
    rounds = [
        bench_reprocess.Round(documents=1000, seconds=1.0, changes=0, floor=100.0),  # 10 ×
        bench_reprocess.Round(documents=1000, seconds=0.5, changes=0, floor=100.0),  # 20 ×
    ]
    assert bench_reprocess.median_rates(rounds) == (1000.0, 100.0)
