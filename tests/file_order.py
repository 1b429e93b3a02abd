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

# Seconds counted in these files: stop 56's CI `--durations` (its 15 slowest, setup + call), and stop 58's
# niced `--durations=0` run on two processes at load ~12 (setup + call + teardown of each file, scaled to
# this table's mean by 0.72, its mean a test being 0.43 s), the larger of the two; files of few tests that
# last more than twice what their number gives and 10 s or more. That run's order put some of them
# 294th–553rd of 653 files (test_cli_stop_signals.py, two tests of 34 s here, 541st). Refresh from a later
# run's list; a file missing here only goes where its number of tests puts it. Stop 61: stop 60's CI
# figure for test_company_reads_no_assessment.py, and four files added since stop 57 that a niced run
# on two processes (load 14-25) counted at 14-18 CPU-s each, the process's and its children's (this
# host's CPU-s came within 0.75-1.0 of CI's seconds for four files CI listed), where their number of
# tests gave 1.2-3.1 s. Stop 63: test_cpr_sweep.py walks once what it, test_sweep_reads_logged.py and
# test_company_reads_no_assessment.py walked each (the two merged into it): CI's 14.1 + 1.7 s for the
# counted walks (Falck's, the auditor's) scaled by what the merged walks took against them here on two
# processes (1.46), 23.5 s. Stop 65: test_every_page.py's one walk makes the checks test_target_size.py and
# test_narrow_screen.py walked the same pages for (their signed-out tests stay there, a few seconds): its
# 64.1 s and the phone walks of test_narrow_screen.py's 28.2 s, the target-size walks' visits shared.
MEASURED = {
    "tests/browser/test_every_page.py": 92.3,
    "tests/browser/test_journeys.py": 57.5,
    "tests/ingest/test_faults.py": 41.7,
    "tests/ingest/test_worker_waits.py": 41.4,
    "tests/adapters/test_sandbox_clock.py": 38.9,
    "tests/cli/test_cli_stop_signals.py": 33.7,
    "tests/api/test_spec_walk.py": 30.9,
    "tests/pages/test_company_refusal_words.py": 30.6,
    "tests/ingest/test_servers_down.py": 29.7,
    "tests/ingest/test_ingest_flow.py": 29.2,
    "tests/outbound/test_cli_outbound.py": 28.4,
    "tests/browser/test_walk_stop48_lead.py": 28.4,
    "tests/tools/test_bench_data.py": 27.8,
    "tests/adapters/test_readers_pdf_sandbox.py": 27.0,
    "tests/cli/test_cli_ingest_interrupt.py": 26.1,
    "tests/privacy/test_cpr_sweep.py": 23.5,
    "tests/ingest/test_many_records.py": 22.9,
    "tests/privacy/test_staff_sweep.py": 21.1,
    "tests/pages/test_submissions_api.py": 20.7,
    "tests/ingest/test_batch.py": 19.2,
    "tests/audit/test_audit_walk_provenance.py": 18.8,
    "tests/browser/test_walk_stop59_phone.py": 18.0,
    "tests/ingest/test_leases.py": 17.9,
    "tests/browser/test_walk_stop47_company.py": 17.9,
    "tests/ingest/test_fault_servers_apart.py": 17.5,
    "tests/adapters/test_sandbox_many.py": 15.8,
    "tests/browser/test_upload_page_live_lines.py": 15.8,
    "tests/ingest/test_read_again.py": 15.5,
    "tests/browser/test_walk_stop46.py": 15.3,
    "tests/api/test_hostile_client.py": 14.4,
    "tests/browser/test_company_words_stop48.py": 14.3,
    "tests/ingest/test_lifecycle_ingest.py": 14.2,
    "tests/auth/test_tokens_page.py": 14.1,
    "tests/ingest/test_corrections.py": 14.0,
    "tests/web/test_access_matrix.py": 13.6,
    "tests/dashboard/test_refresh_marks.py": 13.5,
    "tests/ingest/test_link_ahead.py": 13.5,
    "tests/browser/test_walk_stop45.py": 13.3,
    "tests/web/test_access_matrix_tokens.py": 13.1,
    "tests/core/test_longlived.py": 12.7,
    "tests/ingest/test_waiting_many_records.py": 12.6,
    "tests/web/test_units_shown.py": 12.5,
    "tests/web/test_row_headers.py": 12.5,
    "tests/core/test_database.py": 12.0,
    "tests/dashboard/test_totals.py": 11.9,
    "tests/exports/test_pdf_appearance.py": 11.6,
    "tests/browser/test_walk_stop58_lead.py": 11.4,
    "tests/browser/test_session_warning.py": 11.3,
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
