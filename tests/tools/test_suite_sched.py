"""The suite's measure of blocked time: the kernel's counters summed by file, and the wall they predict."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import suite_cpu, suite_kernel, suite_sched


def test_a_files_blocked_and_idle_seconds_are_its_wall_less_what_ran_and_waited_for_a_cpu() -> None:
    # 10 s of wall: pytest's thread ran 2.5 and queued 0.5, so it was blocked 7; of those 7, its tree
    # of 3 + 1 CPU-s and the servers (2 CPU-s) were sampled as neither running nor runnable for 2.5.
    entry = suite_cpu._File(tests=2, own=3.0, children=1.0, wall=10.0, sched=(2.5, 0.5, 1.0, 2.0, 0.5, 2.5))
    name, tests, *figures = entry.line("tests/x.py").split("\t")
    assert (name, tests) == ("tests/x.py", "2")
    assert figures == ["3.00", "1.00", "10.00", "2.50", "0.50", "7.00", "1.00", "2.00", "2.50"]


def test_the_processes_lines_of_one_file_are_summed(tmp_path: Path) -> None:
    gw0, gw1 = tmp_path / "gw0.tsv", tmp_path / "gw1.tsv"
    gw0.write_text("tests/a.py\t3\t1\t2\t10\t1\t0\t9\t0.5\t0\t6.5\n", encoding="utf-8")
    a_line = "tests/a.py\t1\t1\t0\t4\t1\t1\t2\t1\t0\t1\n"
    b_line = "tests/b.py\t1\t0\t0\t1\t0\t0\t1\t0\t0\t1\n"
    gw1.write_text(a_line + b_line, encoding="utf-8")
    files = suite_sched.read([str(gw0), str(gw1)])
    assert set(files) == {"tests/a.py", "tests/b.py"}
    assert files["tests/a.py"]["tests"] == 4
    assert files["tests/a.py"]["children"] == 2
    assert files["tests/a.py"]["wall"] == 14
    assert files["tests/a.py"]["blocked"] == 11
    assert files["tests/a.py"]["idle"] == 7.5


@pytest.mark.parametrize(
    ("processes", "per_process", "wall"),
    [
        (2, 0.0, 75.0),  # two processes run the 150 s of files end to end: 75 s each
        (3, 0.0, 50.0),  # three: 50 s each, as long as two cores take for the 100 CPU-s
        (4, 0.0, 50.0),  # a fourth fills no wait: the cores are busy
        (3, 10.0, 65.0),  # each process' own start costs CPU: 130 CPU-s on two cores
    ],
)
def test_the_wall_is_the_longer_of_the_processes_files_and_the_cores_cpu(
    processes: int, per_process: float, wall: float
) -> None:
    assert suite_sched.estimate(100.0, 50.0, processes, per_process=per_process) == wall


def test_a_tree_is_every_process_below_its_roots() -> None:
    parents = {1: 0, 10: 1, 11: 10, 12: 11, 20: 1, 30: 12}
    assert suite_kernel.descendants(parents, {10}) == {11, 12, 30}
    assert suite_kernel.descendants(parents, {20}) == set()
