"""A batch of submissions: which go together in one processing job (at most so many, and so many bytes),
and the one rq job id each batch has, so that asking twice queues it once.

Apart from `jobs`, the job functions and their queueing: here only which submissions make a batch and
what it is called, worked out from ids and sizes alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def submission_job_id(submission_id: int) -> str:
    """The one rq job id a submission's processing has alone (a batch of one)."""
    return f"submission-{submission_id}"


def batch_job_id(submission_ids: Sequence[int]) -> str:
    """The one rq job id a batch of submissions has, derived from its ids, so that it is queued once."""
    ids = sorted(set(submission_ids))
    if len(ids) == 1:
        return submission_job_id(ids[0])
    # Short enough for `submissions.job_id` (64) with the queue's name in front (`queue.full_id`).
    digest = hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()[:16]
    return f"batch-{digest}"


def batches(sized: Sequence[tuple[int, int]], most: int, most_bytes: int) -> list[list[int]]:
    """Split (submission id, document bytes) pairs, in id order, into batches of at most `most`
    submissions and `most_bytes` bytes (a larger document alone is a batch of its own). The same
    submissions always make the same batches, and so the same jobs (`batch_job_id`)."""
    found: list[list[int]] = []
    taken = 0
    for submission_id, size in sorted(sized):
        if not found or len(found[-1]) >= most or taken + size > most_bytes:
            found.append([])
            taken = 0
        found[-1].append(submission_id)
        taken += size
    return found
