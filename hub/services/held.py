"""Work held on a session until its commit, and dropped with the savepoint or transaction it was held in.

A batch stores many documents in one transaction, each in a savepoint of its own. Some of what a
document adds is cheaper written for all of them at once at the commit (the placements' summaries, the
dashboards' totals, the audit entries): it is held here, with the transaction or savepoint it was held
in, and a `before_commit` hook takes it. A savepoint that rolls back (a rejected document) drops what it
held, as the database drops its rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

_KEYS: set[str] = set()  # the `session.info` keys whose items are dropped on a rollback


def key(name: str) -> str:
    """Register a `session.info` key for held items; returns it."""
    _KEYS.add(name)
    return name


def hold(session: Session, name: str, item: Any) -> None:
    """Hold `item` under `name` until the commit of the current transaction."""
    # Begun now if none is (autobegin would begin it at the next statement): the item belongs to it.
    transaction = session.get_nested_transaction() or session.get_transaction() or session.begin()
    session.info.setdefault(name, []).append((transaction, item))


def take(session: Session, name: str) -> list[Any]:
    """Every item held under `name` in the current transaction, in the order held; they are no longer
    held. Items left from a transaction that ended without a commit or a rollback event (a session
    closed) are dropped, never written into this one."""
    current = session.get_transaction()
    return [item for transaction, item in session.info.pop(name, None) or () if _within(transaction, current)]


def keep_only(session: Session, name: str, wanted: Callable[[Any], bool]) -> None:
    """Drop the items held under `name` that `wanted` refuses."""
    held = session.info.get(name)
    if held:
        session.info[name] = [entry for entry in held if wanted(entry[1])]


def committing(session: Session) -> bool:
    """Whether a `before_commit` hook sees the transaction's commit, not a savepoint's release."""
    return session.get_nested_transaction() is None


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, previous: SessionTransaction) -> None:
    """Drop what was held inside a transaction or savepoint that rolled back."""
    for name in _KEYS:
        held = session.info.get(name)
        if held:
            session.info[name] = [entry for entry in held if not _within(entry[0], previous)]


def _within(transaction: SessionTransaction | None, outer: SessionTransaction | None) -> bool:
    while transaction is not None:
        if transaction is outer:
            return True
        transaction = transaction.parent
    return False


def count(session: Session) -> int:
    """How many items the session holds, under every key: a document that held one has written."""
    return sum(len(session.info.get(name) or ()) for name in _KEYS)
