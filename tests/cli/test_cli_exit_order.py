"""`hub ingest`'s exit code from its files' final statuses, as README's exit-code table says.

README: 2 when at least one file is rejected "or partly (`partial`: some records of a document of many)";
5 when every file is kept but not all processed; 4 when a server is down; "when several codes apply,
the first of 4, 2, 1, 5 wins". The statuses are the submissions' own words (DESIGN's flow), not the
command's output, so each case below is the table read row by row.
"""

from __future__ import annotations

import pytest

from hub.cli.batch import Batch, exit_code

# (statuses read at the end, database down, queue down, the code README's table gives)
CASES = [
    (["accepted", "accepted"], False, False, 0),
    (["accepted", "partial"], False, False, 2),  # a document of many, some of its records refused
    (["accepted", "rejected"], False, False, 2),
    (["accepted", "failed"], False, False, 1),
    (["accepted", "queued"], False, False, 5),
    (["accepted", None], False, False, 5),  # stored and queued, its outcome unread
    (["partial", "failed", "queued"], False, False, 2),  # 2 before 1 before 5
    (["failed", "processing"], False, False, 1),  # 1 before 5
    (["partial"], False, True, 4),  # a server down outranks everything
    (["accepted"], True, False, 4),
]


@pytest.mark.parametrize(("statuses", "database_down", "queue_down", "expected"), CASES)
def test_the_exit_code_is_the_first_of_4_2_1_5_that_applies(
    statuses: list[str | None], database_down: bool, queue_down: bool, expected: int
) -> None:
    batch = Batch(database_down=database_down, queue_down=queue_down)
    assert exit_code(batch, statuses) == expected
