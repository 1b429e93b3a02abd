"""The order the suite's files are handed out in: the longest first (decision 0058, stop 56).

`make test` runs `--dist loadfile --no-loadscope-reorder`: xdist gives each free process the next file
in collection order, whole. Its own order (most tests first) sent a long file of few tests late:
`tests/ingest/test_faults.py`, one test of 40–54 s on CI, was the 560th of 611 files, so one process
could run it alone while the other had finished. Longest first is the classic bound for such a
schedule: the tail is then at most the shortest of the last files begun.

A file's length is its tests at the suite's mean (CI: 2 × 989 s over 6,421 tests) or, for the few-test
files CI's `--durations` named as slow, the seconds it counted for them, whichever is more. Only the
order of whole files changes: each file's tests stay together and in their own order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

MEAN_SECONDS = 0.31  # a test's mean on CI, stop 56's clean-clone run: 2 processes × 989 s / 6,421 tests

# Seconds CI's `--durations` counted in these files (stop 56's run, its 15 slowest: setup + call of the
# tests it listed, a lower bound of the file). Refresh from a later run's list; a file missing here only
# goes where its number of tests puts it.
MEASURED = {
    "tests/browser/test_every_page.py": 54.6,
    "tests/ingest/test_worker_waits.py": 41.4,
    "tests/ingest/test_faults.py": 40.0,
    "tests/ingest/test_fault_servers_apart.py": 17.5,
    "tests/privacy/test_sweep_reads_logged.py": 15.8,
    "tests/privacy/test_cpr_sweep.py": 14.3,
    "tests/web/test_access_matrix.py": 13.6,
    "tests/cli/test_cli_ingest_interrupt.py": 13.3,
    "tests/web/test_access_matrix_tokens.py": 13.1,
    "tests/privacy/test_staff_sweep.py": 12.7,
    "tests/privacy/test_company_reads_no_assessment.py": 12.7,
}


class _Item(Protocol):
    nodeid: str


T = TypeVar("T", bound=_Item)


def file_of(nodeid: str) -> str:
    """The file a test is in, as xdist's `loadfile` groups them."""
    return nodeid.split("::", 1)[0]


def longest_first(items: Sequence[T]) -> list[T]:
    """The items, their files longest first (ties: as collected); within a file, as collected."""
    files: dict[str, list[T]] = {}
    for item in items:
        files.setdefault(file_of(item.nodeid), []).append(item)

    def seconds(name: str) -> float:
        return max(len(files[name]) * MEAN_SECONDS, MEASURED.get(name, 0.0))

    order = sorted(files, key=lambda name: -seconds(name))  # stable: ties keep collection order
    return [item for name in order for item in files[name]]
