"""Giving a stopped worker's work back: the submissions it still holds `processing` made claimable again
at once, rather than left until their lease runs out (`leases` keeps a lease alive while the worker
lives; this is what a worker does when it stops in the middle of a batch).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from sqlalchemy import update
from sqlalchemy.orm import Session

from hub import interrupts
from hub.logsetup import Both
from hub.models import Submission
from hub.services import audit
from hub.services.id_lists import among, ids_of
from hub.words import SUBMISSIONS, counted

log = logging.getLogger(__name__)


def give_back_at_stop(session: Session, claimed: Sequence[int], holder: str, actor: str) -> None:
    """`give_back` for a batch stopped in the middle, never cut by a further signal (a third Ctrl-C:
    `interrupts.shielded`); a database that cannot take it leaves the lease to run out, as before."""
    with interrupts.shielded():
        try:
            session.rollback()  # the batch's own transaction, cut where the stop came
            given = give_back(session, claimed, holder, actor)
            if given:
                given_en, given_da = counted(len(given), *SUBMISSIONS)  # not "submission(s)"
                log.warning(
                    Both(
                        f"stopped: {given_en} given back to the queue",
                        f"stoppet: {given_da} givet tilbage til køen",
                    )
                )
        except Exception as exc:
            quiet_rollback(session, "stopped")
            name = type(exc).__name__
            left_en, left_da = counted(len(claimed), *SUBMISSIONS)
            log.warning(
                Both(
                    f"stopped: the lease of {left_en} left to run out (%s)",
                    f"stoppet: leasen på {left_da} får lov at løbe ud (%s)",
                    name,
                )
            )


def quiet_rollback(session: Session, what: str) -> None:
    """Roll back after a batch was stopped or failed (`what`), when the connection may be gone: a
    rollback that fails then has nothing left to undo, since the locks went with the connection."""
    try:
        session.rollback()
    except Exception as exc:  # the connection is gone, and its locks with it
        log.debug("rollback after a %s batch failed with %s", what, type(exc).__name__)


def give_back(session: Session, submission_ids: Sequence[int], holder: str, actor: str) -> list[int]:
    """Make the submissions this holder still has `processing` claimable again now (status `received`,
    no lease), as healing would once the lease ran out; commit, and return their ids. For a worker
    stopped in the middle of a batch (a second Ctrl-C, rq's cold shutdown): nobody renews the lease
    after it, and until it ran out `hub requeue`, a re-send and the other workers' healing would all
    leave the work alone. Audit `submission.released`, detail `{"stopped": true}`."""
    ids = ids_of(submission_ids)
    given = list(
        session.scalars(
            update(Submission)
            .where(
                among(session, Submission.id, ids),
                Submission.status == "processing",
                Submission.leased_by == holder,
            )
            .values(status="received", lease_until=None)
            .returning(Submission.id)
            .execution_options(synchronize_session=False)
        )
    )
    for submission_id in sorted(given):
        audit.append(session, actor, "submission.released", f"submission:{submission_id}", {"stopped": True})
    session.commit()
    return sorted(given)
