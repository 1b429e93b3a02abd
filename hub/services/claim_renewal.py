"""SQLite's `Idempotency-Key` claims, renewed by the process storing their uploads (`claim_holds`;
decision 0016, "Stop 67: api-104").

SQLite has no lock that outlives a statement and ends with its holder, as PostgreSQL's advisory lock ends
with its connection. So the process holding a claim says it lives: a thread of its own stamps each held
claim's `renewed_at` every third of `HUB_IDEMPOTENCY_HOLD_SECONDS` while the upload is stored, and a retry
in any process on the file takes over a claim not renewed for that long. A thread rather than the
request's own steps: an upload is stored in steps of unknown length (a large zip, a busy file), and the
process, not the step, is what must be alive. The thread runs only while this process holds a claim.
"""

from __future__ import annotations

import logging
import threading

from sqlalchemy import Engine, update
from sqlalchemy.exc import SQLAlchemyError

from hub.logsetup import Both
from hub.models import IdempotencyKey
from hub.models.base import utcnow

log = logging.getLogger(__name__)

# The claims this process holds, by database and claim id, with the seconds between their renewals.
_HELD: dict[tuple[str, int], float] = {}
_ENGINES: dict[str, Engine] = {}
_LOCK = threading.Lock()
_renewer: threading.Thread | None = None


def hold(engine: Engine, claim_id: int, seconds: int) -> bool:
    """Hold the claim `claim_id` in this process, renewed every third of `seconds` until `let_go`; False
    when this process holds it already (another of its requests)."""
    global _renewer
    held = (str(engine.url), claim_id)
    with _LOCK:
        if held in _HELD:
            return False
        _HELD[held] = seconds / 3
        _ENGINES[held[0]] = engine
        if _renewer is None:
            _renewer = threading.Thread(target=_renewing, name="idempotency-claims", daemon=True)
            _renewer.start()
    return True


def held_here(engine: Engine, claim_id: int) -> bool:
    """Whether a request of this process holds the claim `claim_id` (so it is alive)."""
    with _LOCK:
        return (str(engine.url), claim_id) in _HELD


def let_go(engine: Engine, claim_id: int) -> None:
    """Renew the claim no more (its answer kept, or it let go of)."""
    with _LOCK:
        _HELD.pop((str(engine.url), claim_id), None)


def _renewing() -> None:
    """Renew the held claims until none is held; then end (the next `hold` starts another)."""
    global _renewer
    while True:
        with _LOCK:
            if not _HELD:
                _renewer = None
                return
            every = min(_HELD.values())
            by_database: dict[str, list[int]] = {}
            for url, claim_id in _HELD:
                by_database.setdefault(url, []).append(claim_id)
            engines = {url: _ENGINES[url] for url in by_database}
        for url, ids in by_database.items():
            _renew(engines[url], ids)
        threading.Event().wait(every)


def _renew(engine: Engine, ids: list[int]) -> None:
    """Stamp the unanswered claims `ids` renewed now, in a short transaction of their own."""
    renewed = (
        update(IdempotencyKey)
        .where(IdempotencyKey.id.in_(ids), IdempotencyKey.status.is_(None))
        .values(renewed_at=utcnow())
    )
    try:
        with engine.begin() as connection:
            connection.execute(renewed)
    except SQLAlchemyError as exc:
        # The file busy past its timeout: renewed at the next turn; only if none succeeds for the whole
        # hold may a retry take the claim over (then `keep` finds the row another's and keeps nothing).
        log.warning(
            Both(
                "an Idempotency-Key's claim could not be renewed (%s): tried again in a moment",
                "en Idempotency-Keys krav kunne ikke fornyes (%s): prøves igen om lidt",
                type(exc).__name__,
            )
        )
