"""Which submissions a job worked on, read from its arguments: what the admin needs to act on a failure.

Jobs take ids only, never personal data (`hub.queue.JobQueue.enqueue`), so a job's first argument is
safe to show when the job is one of the submission jobs below. Any other job, or any other argument, is
never read out: it is not known to hold only ids.
"""

from __future__ import annotations

from rq.exceptions import DeserializationError
from rq.job import Job

# `hub.jobs` as rq names its functions; by name, because a service may not import the floor above it.
# `process_submission` takes one id (jobs queued before batches existed), `process_batch` a list.
SUBMISSION_JOBS = frozenset({"hub.jobs.process_batch", "hub.jobs.process_submission"})


def submission_ids(job: Job) -> tuple[int, ...]:
    """The ids of the submissions a job of `hub.jobs` processes, in order; none for any other job."""
    try:
        if job.func_name not in SUBMISSION_JOBS or not job.args:
            return ()
        first = job.args[0]
    except (DeserializationError, AttributeError, ValueError):
        # A job written by another version of the code: the page still shows the rest of it.
        return ()
    ids = first if isinstance(first, list | tuple) else [first]
    # bool is an int to Python, and no submission's id.
    return tuple(sorted({i for i in ids if isinstance(i, int) and not isinstance(i, bool)}))
