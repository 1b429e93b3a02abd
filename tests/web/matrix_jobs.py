"""Matrix entries for the admin's job monitor (DESIGN.md: the admin runs the job queue, sees no citizen)."""

from __future__ import annotations

from matrix import entry

ENTRIES = [
    # The queue has no party: the admin sees the same page whatever "own" and "other" stand for.
    entry("jobs.index", lambda t: "/admin/jobs", "admin", page=True, other=200),
    entry(
        "jobs.requeue", lambda t: "/admin/jobs/requeue", "admin", method="POST", ok=302, other=302, page=True
    ),
]
