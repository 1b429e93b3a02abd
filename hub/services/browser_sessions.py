"""Signed-in browsers kept on the server: a session ends when its owner signs out, not when the cookie goes.

Flask's session is a signed cookie, valid until it expires wherever a copy of it is. The cookie now also
carries a random id, and this table the id's SHA-256: signing out deletes the row, so the cookie copied
before then (a shared PC, a proxy's log) signs no one in. A password change or a deactivation ends every
session of the user (decision 0053).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from hub.models import BrowserSession, User
from hub.models.base import utcnow
from hub.services import audit


def _digest(sid: str) -> str:
    return hashlib.sha256(sid.encode()).hexdigest()


def start(session: Session, user: User, hours: int) -> str:
    """A new session of `user`, committed; returns the id for the cookie. Sessions older than `hours`
    (which the cookie's own age would refuse anyway) are deleted on the way."""
    stale = utcnow() - timedelta(hours=hours)
    session.execute(delete(BrowserSession).where(BrowserSession.started_at < stale))
    sid = secrets.token_urlsafe(32)
    session.add(BrowserSession(id=_digest(sid), user_id=user.id))
    session.commit()
    return sid


def user_of(session: Session, user_id: int, sid: str) -> User | None:
    """The active user of a live session, or None when it ended (signed out, password changed) or the
    user may no longer sign in."""
    return session.scalar(
        select(User)
        .join(BrowserSession, BrowserSession.user_id == User.id)
        .where(BrowserSession.id == _digest(sid), User.id == user_id, User.active.is_(True))
    )


def renew(session: Session, sid: str, actor: str) -> bool:
    """Start a live session's time again (its owner asked to stay signed in), committed with its audit
    entry; False when the session has ended. Its row must look new too: rows older than the lifetime are
    deleted at sign-in."""
    renewed = session.execute(
        update(BrowserSession).where(BrowserSession.id == _digest(sid)).values(started_at=utcnow())
    )
    alive = bool(getattr(renewed, "rowcount", 0))
    if alive:
        # A session's life is in the log from its sign-in to its end: an extension lets one sign-in
        # stand for longer than `SESSION_HOURS`, which whoever reads the log must be able to see.
        audit.append(session, actor, "session.extended", actor, {})
    session.commit()
    return alive


def end(session: Session, sid: str, how: str) -> None:
    """End one session, committed with its audit entry naming its user and `how` (`signed_out`,
    `expired`); nothing to log when it had ended already."""
    row = session.get(BrowserSession, _digest(sid))
    if row is None:
        return
    user = session.get(User, row.user_id)
    actor = f"user:{user.username}" if user is not None else f"user-id:{row.user_id}"
    session.delete(row)
    audit.append(session, actor, "session.ended", actor, {"how": how})
    session.commit()


def end_all(session: Session, user: User) -> None:
    """Delete every session of `user`; the caller commits."""
    session.execute(delete(BrowserSession).where(BrowserSession.user_id == user.id))
