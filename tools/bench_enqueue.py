"""Submitting and queueing for the bench: the public path a municipality's upload takes.

`enqueue` is the one place the bench queues work, so that what the bench measures follows the engine:
it queues as an upload of many files does, in batches of `BATCH_SIZE` (`jobs.enqueue_submissions`).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from hub import jobs
from hub.services import demo
from hub.services.demo import DemoForm


def enqueue(ids: Sequence[int]) -> None:
    """Queue the processing of these submissions."""
    jobs.enqueue_submissions(ids)


def submit_and_enqueue(session: Session, forms: Sequence[DemoForm]) -> list[int]:
    """Submit every form as its municipality would (each municipality's in one transaction), then queue
    those that need it; all their ids."""
    submitted = demo.submit_all(session, forms)
    enqueue([s.submission_id for s in submitted if s.needs_queueing])
    return [s.submission_id for s in submitted]


def submit_by_day(session: Session, forms: Sequence[DemoForm]) -> list[int]:
    """Submit forms day by day in the order given (each day's as `submit_and_enqueue` would, so the
    submissions' ids follow the days they came in), then queue those that need it; all their ids."""
    submitted: list[demo.ingest.Submitted] = []
    start = 0
    for end in range(1, len(forms) + 1):
        if end == len(forms) or forms[end].received != forms[start].received:
            submitted += demo.submit_all(session, forms[start:end])
            start = end
    enqueue([s.submission_id for s in submitted if s.needs_queueing])
    return [s.submission_id for s in submitted]
