"""A worker's lease on the submission it processes: taken with the claim, renewed while it works.

The lease is the proof that someone is working: `lease_until` moves forward every third of
`LEASE_SECONDS` while the worker lives. A worker killed (SIGKILL, a machine lost) stops renewing, the
lease runs out, and the other workers' maintenance step gives the submission back to the queue
(`recovery.expired`, `jobs.heal`); an operator's `hub requeue` never takes a submission whose lease is alive.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from hub.models import Submission
from hub.models.base import utcnow

log = logging.getLogger(__name__)


def holder_name() -> str:
    """This process and thread, as a lease names its holder when rq gives no worker name."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def until(seconds: float, now: datetime | None = None) -> datetime:
    """When a lease taken or renewed now runs out."""
    return (now or utcnow()) + timedelta(seconds=seconds)


def renew(engine: Engine, submission_id: int, holder: str, seconds: float) -> bool:
    """Move the lease forward if this holder still has the submission `processing`; True if it did."""
    with engine.begin() as connection:
        result = connection.execute(
            update(Submission)
            .where(
                Submission.id == submission_id,
                Submission.status == "processing",
                Submission.leased_by == holder,
            )
            .values(lease_until=until(seconds))
        )
    return bool(result.rowcount)


@contextmanager
def kept(session: Session, submission_id: int, holder: str, seconds: float) -> Iterator[None]:
    """Renew the lease from a thread of its own, on its own connection, while the body runs."""
    stop = threading.Event()
    engine = session.get_bind()
    assert isinstance(engine, Engine)

    def keep() -> None:
        while not stop.wait(seconds / 3):
            try:
                if not renew(engine, submission_id, holder, seconds):
                    return  # finished, or taken over: nothing of ours to keep
            except Exception as exc:
                # The database may be back before the lease runs out: try again at the next tick.
                log.warning("renewing the lease of submission %s failed with %s", submission_id, exc)

    thread = threading.Thread(target=keep, name=f"lease-{submission_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
