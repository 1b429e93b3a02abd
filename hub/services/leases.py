"""A worker's lease on the submission it processes: taken with the claim, renewed while it works.

The lease is the proof that someone is working: `lease_until` moves forward every third of
`LEASE_SECONDS` while the worker lives. A worker killed (SIGKILL, a machine lost) stops renewing, the
lease runs out, and the other workers' maintenance step gives the submission back to the queue
(`recovery.expired`, `healing.heal`); an operator's `hub requeue` never takes a submission whose lease is
alive.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from hub.logsetup import Both
from hub.models import Submission
from hub.models.base import utcnow
from hub.services.id_lists import among, ids_of

log = logging.getLogger(__name__)


def holder_name() -> str:
    """This process and thread, as a lease names its holder when rq gives no worker name."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def until(seconds: float, now: datetime | None = None) -> datetime:
    """When a lease taken or renewed now runs out."""
    return (now or utcnow()) + timedelta(seconds=seconds)


def renew(engine: Engine, submission_ids: int | Sequence[int], holder: str, seconds: float) -> bool:
    """Move the lease forward on the submissions (one, or a batch's) this holder still has
    `processing`; True if any still were (`renewal` says more)."""
    return renewal(engine, submission_ids, holder, seconds).still


def renewal(engine: Engine, submission_ids: int | Sequence[int], holder: str, seconds: float) -> Renewed:
    """`renew`, saying whether any submissions still were this holder's, and whether some were
    skipped, held by a transaction.

    Never waits for a row lock: the batch's own outcome transaction holds its rows `FOR UPDATE` while
    it stores, and may wait there for another worker's citizen for longer than a lease (decision 0026,
    "Stop 60"); a renewal queued behind it let the lease run out under a live batch. A row held by a
    transaction is skipped (`SKIP LOCKED`): the transaction's connection is alive, which healing and
    `hub requeue` take as proof enough (`recovery.release` skips held rows too), and the batch moves
    its lease forward itself when it lets the rows go (`refresh`, `kept`)."""
    ids = ids_of(submission_ids)
    with engine.begin() as connection:
        mine = (
            among(connection, Submission.id, ids),
            Submission.status == "processing",
            Submission.leased_by == holder,
        )
        free = select(Submission.id).where(*mine).with_for_update(skip_locked=True)
        moved = connection.execute(
            update(Submission).where(Submission.id.in_(free)).values(lease_until=until(seconds))
        ).rowcount
        # A plain read never waits for a row lock: how many are still this holder's, held or not.
        still = connection.execute(select(func.count()).where(*mine)).scalar_one()
    return Renewed(still=bool(still), skipped=still > moved)


class Renewed(NamedTuple):
    """What a renewal found: rows still this holder's, and whether a transaction held some of them."""

    still: bool
    skipped: bool


class Kept:
    """A batch's lease as `kept` renews it; on the batch's session (`session.info`) for `refresh`."""

    def __init__(self, ids: list[int], holder: str, seconds: float) -> None:
        self.ids, self.holder, self.seconds = ids, holder, seconds
        self.due = False  # a renewal skipped rows the batch held: their lease may have run out


KEPT = "hub.lease"


def refresh(session: Session) -> None:
    """In the batch's own transaction, before it lets its rows go (a commit): move their lease forward
    if a renewal had to skip them meanwhile, so that healing never finds them with a lease run out
    between the commit and the renewal thread's next tick. Nothing to do otherwise (no statement)."""
    kept_lease: Kept | None = session.info.get(KEPT)
    if kept_lease is None or not kept_lease.due:
        return
    session.execute(
        update(Submission)
        .where(
            among(session, Submission.id, kept_lease.ids),
            Submission.status == "processing",
            Submission.leased_by == kept_lease.holder,
        )
        .values(lease_until=until(kept_lease.seconds))
        .execution_options(synchronize_session=False)
    )
    kept_lease.due = False


@contextmanager
def kept(
    session: Session, submission_ids: int | Sequence[int], holder: str, seconds: float
) -> Iterator[None]:
    """Renew the lease on a submission, or a batch's, from a thread of its own, on its own connection,
    while the body runs."""
    ids = ids_of(submission_ids)
    name = f"{ids[0]}" if len(ids) == 1 else f"{ids[0]}..{ids[-1]}"
    # "submission 5", "indsendelserne 5..9": one or a range, said as such (not "submission(s) 5").
    noun, noun_da = ("submission", "indsendelse") if len(ids) == 1 else ("submissions", "indsendelserne")
    stop = threading.Event()
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    state = Kept(ids, holder, seconds)

    def keep() -> None:
        while not stop.wait(seconds / 3):
            try:
                renewed = renewal(engine, ids, holder, seconds)
                if not renewed.still:
                    return  # finished, or taken over: nothing of ours to keep
                state.due = state.due or renewed.skipped
            except Exception as exc:
                # The database may be back before the lease runs out: try again at the next tick.
                log.warning(
                    Both(
                        f"renewing the lease of {noun} %s failed with %s",
                        f"fornyelsen af leasen på {noun_da} %s fejlede med %s",
                        name,
                        type(exc).__name__,
                    )
                )

    thread = threading.Thread(target=keep, name=f"lease-{name}", daemon=True)
    session.info[KEPT] = state
    thread.start()
    try:
        yield
    except BaseException:
        # The body rolled back what it held: rows a renewal skipped come back with the lease they had
        # before, perhaps run out, while the batch is tried again (`backoff`) or given back.
        if state.due:
            _renew_quietly(engine, ids, holder, seconds)
        raise
    finally:
        stop.set()
        thread.join()
        session.info.pop(KEPT, None)


def _renew_quietly(engine: Engine, ids: list[int], holder: str, seconds: float) -> None:
    """`renew` once after a failed body; a database that cannot take it leaves the lease as it was."""
    try:
        renew(engine, ids, holder, seconds)
    except Exception as exc:
        log.debug("renewing a lease after a failed batch failed with %s", type(exc).__name__)
