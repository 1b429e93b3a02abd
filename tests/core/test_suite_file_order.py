"""The suite hands its files out longest first, each file whole (`tests/file_order.py`, decision 0058)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from file_order import MEAN_SECONDS, MEASURED, file_of, longest_first

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Item:
    nodeid: str


def test_a_long_file_of_one_test_goes_before_a_file_of_many_short_ones() -> None:
    long_one = "tests/ingest/test_faults.py"
    many = [Item(f"tests/core/test_many.py::test_{n}") for n in range(20)]  # 20 × 0.31 s = 6.2 s
    few = [Item("tests/core/test_few.py::test_a"), Item("tests/core/test_few.py::test_b")]
    items = [*few, *many, Item(f"{long_one}::test_every_upload")]

    ordered = longest_first(items)

    assert [file_of(i.nodeid) for i in ordered] == [long_one] + ["tests/core/test_many.py"] * 20 + [
        "tests/core/test_few.py"
    ] * 2
    assert ordered[1:21] == many  # a file's own tests keep their order
    assert ordered[21:] == few


def test_this_session_runs_its_files_whole_and_longest_first(request: pytest.FixtureRequest) -> None:
    files: list[str] = []
    counts: dict[str, int] = {}
    for item in request.session.items:
        name = file_of(item.nodeid)
        if not files or files[-1] != name:
            assert name not in files, f"{name} is split: xdist's loadfile would still keep it whole"
            files.append(name)
        counts[name] = counts.get(name, 0) + 1
    lengths = [max(counts[n] * MEAN_SECONDS, MEASURED.get(n, 0.0)) for n in files]
    assert lengths == sorted(lengths, reverse=True)


def test_every_measured_file_is_in_the_suite() -> None:
    # A file renamed or removed would otherwise keep a length nothing uses.
    assert [name for name in MEASURED if not (ROOT / name).is_file()] == []
