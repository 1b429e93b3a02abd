"""The one rq job id each batch of submissions has, so that asking twice queues it once.

Apart from `jobs`, the job functions and their queueing: here only what a batch's job is called, worked
out from its ids alone (which submissions make a batch: `services.batch_choice`).
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
