"""An upload's `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header): the same key with the same
request is answered the first answer again; with another request it is refused (decision 0016, "Stop 65:
api-93").

A key is claimed before the upload is stored (a row with no answer yet), answered after it, and let go
when the upload is refused, so that nothing is kept of a request that stored nothing and its retry is read
afresh. A second request with the key while the first is under way is refused (409) rather than stored
twice; a claim left by a process that died is taken over once `ABANDONED` has passed. Keys are a party's
own (`Principal.party`) and kept `HUB_IDEMPOTENCY_KEY_HOURS`; the expired ones are deleted by the next
keyed request. The bytes stay the key of each document as before: a new key, or none, with the same
files is answered `duplicate` file by file.
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

# How long a claim with no answer holds its key: longer than any upload takes to store (the largest,
# 50 MB of 200 files, is stored in seconds), short enough that a retry after a crash gets through.
ABANDONED = timedelta(minutes=10)


class KeyReused(HubError):
    """The key was sent before with another request: its answer is not this request's."""

    status_code = 422
    code = "idempotency_key_reused"


class KeyInUse(HubError):
    """The key's first request is still being answered."""

    status_code = 409
    code = "idempotency_key_in_use"


@dataclass(frozen=True)
class Answer:
    """A kept answer: its status, its body as sent and its `Location`."""

    status: int
    body: dict[str, Any]
    location: str | None


def claim(session: Session, party: str, key: str, fingerprint: str, hours: int) -> Answer | None:
    """Claim `key` for this request (None: answer it, then `keep` or `let_go`), or the first answer of
    the same request; `KeyReused` for another request, `KeyInUse` while the first is under way. Commits."""
    now = utcnow()
    session.execute(delete(IdempotencyKey).where(IdempotencyKey.created_at < now - timedelta(hours=hours)))
    for _ in range(3):  # a key freed and claimed again by others between each try is three races lost
        try:
            with session.begin_nested():
                session.add(IdempotencyKey(party=party, key=key, fingerprint=fingerprint, created_at=now))
        except IntegrityError:
            row = session.scalars(_row(party, key)).one_or_none()
            if row is None:
                # The claim met was let go (its request refused) between the insert and this read, on
                # PostgreSQL's READ COMMITTED: the key is free again, so it is claimed afresh.
                continue
            answer = _answered(row, key, fingerprint, now)
            if answer is None:
                _take_over(session, row, key, now)
            session.commit()
            return answer
        session.commit()
        return None
    raise _in_use(key)


def _take_over(session: Session, row: IdempotencyKey, key: str, now: datetime) -> None:
    """Take an abandoned claim over, unless another retry took it (or answered it) since it was read:
    only the row as read is updated, so two retries that both read it abandoned store the upload once."""
    taken = session.execute(
        update(IdempotencyKey)
        .where(IdempotencyKey.id == row.id, IdempotencyKey.created_at == row.created_at)
        .where(IdempotencyKey.status.is_(None))
        .values(created_at=now)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        session.rollback()
        raise _in_use(key)


def _answered(row: IdempotencyKey, key: str, fingerprint: str, now: datetime) -> Answer | None:
    if row.fingerprint != fingerprint:
        raise KeyReused(
            f"the Idempotency-Key {key!r} was sent before with other files or form fields: use a new key "
            "for a new upload",
            f"Idempotency-Key {key!r} er sendt før med andre filer eller formularfelter: brug en ny nøgle "
            "til en ny indsendelse",
        )
    if row.status is not None and row.body is not None:
        return Answer(row.status, row.body, row.location)
    if row.created_at > now - ABANDONED:
        raise _in_use(key)
    return None


def _in_use(key: str) -> KeyInUse:
    """The refusal of a key whose first request is still being answered."""
    return KeyInUse(
        f"the upload first sent with the Idempotency-Key {key!r} is still being stored: ask again in a "
        "moment with the same key",
        f"indsendelsen, der først blev sendt med Idempotency-Key {key!r}, gemmes stadig: spørg igen om "
        "lidt med samme nøgle",
    )


def keep(session: Session, party: str, key: str, answer: Answer) -> None:
    """Keep the answer of the request that claimed `key`. Commits."""
    row = session.scalars(_row(party, key)).one()
    row.status, row.body, row.location = answer.status, answer.body, answer.location
    session.commit()


def let_go(session: Session, party: str, key: str) -> None:
    """Let go of a claim whose request was refused: nothing of it is kept. Commits."""
    session.rollback()  # whatever the refused request left undone
    session.execute(delete(IdempotencyKey).where(IdempotencyKey.party == party, IdempotencyKey.key == key))
    session.commit()


def _row(party: str, key: str) -> Any:
    return select(IdempotencyKey).where(IdempotencyKey.party == party, IdempotencyKey.key == key)
