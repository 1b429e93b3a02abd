"""An `Idempotency-Key`'s answer kept once its request is answered (`idempotency.claim` claimed the key),
unless the claim was lost to another try (decision 0016, "Stop 66: api-103")."""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from hub.logsetup import Both
from hub.services.idempotency import Answer, Claim, key_row

log = logging.getLogger(__name__)


def keep(session: Session, held: Claim, answer: Answer) -> bool:
    """Keep the answer of the request that claimed the key, and release its hold; False when its hold
    was lost and another try took the key over (its answer, or the one it will keep, stays the key's:
    the first a caller got). Commits."""
    try:
        # Locked, so that no take-over commits between the hold's check and the write (it waits, then
        # finds the row answered); the check is in the same transaction as the write.
        locked = key_row(held.party, held.key).with_for_update().execution_options(populate_existing=True)
        row = session.scalars(locked).one_or_none()
        ours = row is not None and row.status is None and row.created_at == held.made
        if row is None or not (held.hold.still_held(session) or ours):
            session.rollback()
            log.warning(
                Both(
                    "an Idempotency-Key's claim (%s) was lost and taken over by another try: its answer "
                    "is sent but not kept",
                    "en Idempotency-Keys krav (%s) blev mistet og overtaget af et andet forsøg: svaret "
                    "sendes, men gemmes ikke",
                    held.party,
                )
            )
            return False
        row.status, row.body, row.location = answer.status, answer.body, answer.location
        session.commit()
        return True
    finally:
        held.hold.release()
