"""An upload's `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header): the same key with the same
request is answered the first answer again; with another request it is refused (decision 0016, "Stop 65:
api-93").

A key is claimed before the upload is stored (a row with no answer yet), answered after it, and let go
when the upload is refused, so that nothing is kept of a request that stored nothing and its retry is read
afresh. A second request with the key while the first is under way is refused (409) rather than stored
twice; a claim left by a process that died is taken over as soon as the database knows it died
(`claim_holds`: on PostgreSQL the claim's lock goes with its connection). Keys are a party's
own (`Principal.party`) and kept `HUB_IDEMPOTENCY_KEY_HOURS`; the expired ones are deleted by the next
keyed request. The bytes stay the key of each document as before: a new key, or none, with the same
files is answered `duplicate` file by file.

The claim is here; the answer kept is `idempotency_keep`'s, the expired keys' cleanup
`idempotency_sweep`'s (decision 0016, "Stop 67: api-104").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hub.errors import HubError
from hub.models import IdempotencyKey
from hub.models.base import utcnow
from hub.services import claim_holds, idempotency_sweep
from hub.services.claim_holds import Hold


class KeyReused(HubError):
    """The key was sent before with another request: its answer is not this request's."""

    status_code = 422
    code = "idempotency_key_reused"


class KeyInUse(HubError):
    """The key's first request is still being answered: ask again after `retry_after` seconds."""

    status_code = 409
    code = "idempotency_key_in_use"

    def __init__(self, message: str, message_da: str, retry_after: int) -> None:
        super().__init__(message, message_da)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Answer:
    """A kept answer: its status, its body as sent and its `Location`."""

    status: int
    body: dict[str, Any]
    location: str | None


@dataclass(frozen=True)
class Claim:
    """This request's claim of a key: answer it, then `keep` its answer or `let_go` of it (either
    releases its `hold`). `made` is the row's `created_at` as this request claimed it: a take-over
    stamps its own, so a row stamped otherwise was taken over by another try."""

    party: str
    key: str
    hold: Hold
    made: datetime


def claim(
    session: Session, party: str, key: str, fingerprint: str, hours: int, hold_seconds: int = 15
) -> Answer | Claim:
    """Claim `key` for this request, or the first answer of the same request; `KeyReused` for another
    request, `KeyInUse` while the first is under way. `hold_seconds` is `HUB_IDEMPOTENCY_HOLD_SECONDS`
    (SQLite: a claim not renewed for them is free). Commits."""
    now = utcnow()
    idempotency_sweep.sweep(session, now - timedelta(hours=hours))
    for _ in range(3):  # a key freed and claimed again by others between each try is three races lost
        try:
            with session.begin_nested():
                made = IdempotencyKey(party=party, key=key, fingerprint=fingerprint, created_at=now)
                session.add(made)
                session.flush()
                hold = claim_holds.fresh(
                    session, made.id, hold_seconds
                )  # held before any other request can see it
        except IntegrityError:
            row = session.scalars(key_row(party, key)).one_or_none()
            if row is None:
                # The claim met was let go (its request refused) between the insert and this read, on
                # PostgreSQL's READ COMMITTED: the key is free again, so it is claimed afresh.
                continue
            answer = _answered(row, key, fingerprint)
            if answer is not None:
                session.commit()
                return answer
            return Claim(party, key, _take_over(session, row, key, now, hold_seconds), now)
        try:
            session.commit()
        except BaseException:
            hold.release()
            raise
        return Claim(party, key, hold, now)
    raise _in_use(key, claim_holds.ALIVE_WAIT)


def _take_over(session: Session, row: IdempotencyKey, key: str, now: datetime, seconds: int) -> Hold:
    """Take over a claim whose request is gone (`claim_holds.take`), unless another retry took it (or it
    was answered) since it was read: only the row as read is updated, so two retries that both read it
    abandoned store the upload once."""
    last_word = max(row.created_at, row.renewed_at or row.created_at)
    hold = claim_holds.take(session, row.id, last_word, now, seconds)
    if isinstance(hold, int):
        session.rollback()
        raise _in_use(key, hold)
    taken = session.execute(
        update(IdempotencyKey)
        .where(IdempotencyKey.id == row.id, IdempotencyKey.created_at == row.created_at)
        .where(IdempotencyKey.status.is_(None))
        .values(created_at=now)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        hold.release()
        raise _in_use(key, claim_holds.ALIVE_WAIT)
    try:
        session.commit()
    except BaseException:
        hold.release()
        raise
    return hold


def _answered(row: IdempotencyKey, key: str, fingerprint: str) -> Answer | None:
    if row.fingerprint != fingerprint:
        raise KeyReused(
            f"the Idempotency-Key {key!r} was sent before with other files or form fields: use a new key "
            "for a new upload",
            f"Idempotency-Key {key!r} er sendt før med andre filer eller formularfelter: brug en ny nøgle "
            "til en ny indsendelse",
        )
    if row.status is not None and row.body is not None:
        return Answer(row.status, row.body, row.location)
    return None


def _in_use(key: str, retry_after: int) -> KeyInUse:
    """The refusal of a key whose first request is still being answered."""
    return KeyInUse(
        f"the upload first sent with the Idempotency-Key {key!r} is still being stored: ask again with "
        f"the same key in {retry_after} s (Retry-After)",
        f"indsendelsen, der først blev sendt med Idempotency-Key {key!r}, gemmes stadig: spørg igen med "
        f"samme nøgle om {retry_after} s (Retry-After)",
        retry_after,
    )


def let_go(session: Session, held: Claim) -> None:
    """Let go of a claim whose request was refused: nothing of it is kept. Commits."""
    try:
        session.rollback()  # whatever the refused request left undone
        where = (IdempotencyKey.party == held.party, IdempotencyKey.key == held.key)
        session.execute(delete(IdempotencyKey).where(*where))
        session.commit()
    finally:
        held.hold.release()


def key_row(party: str, key: str) -> Any:
    """The query of `party`'s row of `key`."""
    return select(IdempotencyKey).where(IdempotencyKey.party == party, IdempotencyKey.key == key)
