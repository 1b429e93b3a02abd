"""`tools.bench_store_counts` counts, with the year's check, the versions a drain stored again on top
because a form received earlier was stored after a later one (decision 0067)."""

from __future__ import annotations

from typing import Any

import pytest
from simulator_support import fixture_script

bench_store_counts = fixture_script("bench_store_counts")


def test_the_check_also_counts_the_versions_stored_again(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    class Session:
        def scalar(self, query: Any) -> int:
            asked.append(str(query.compile(compile_kwargs={"literal_binds": True})))
            return 2

    monkeypatch.setattr(bench_store_counts.bench_year, "check", lambda session, mix: ["a finding"])
    found: dict[str, dict[str, int]] = {}
    assert bench_store_counts._checked(Session(), mix=None, found=found) == ["a finding"]
    assert found == {"store": {"versions reapplied (stored out of the order received)": 2}}
    assert len(asked) == 1 and "record_versions.reason = 'reapplied'" in asked[0]
