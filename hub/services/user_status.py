"""A user's standing: deactivate and activate one, and change its password. Each ends the ways in that
the change should close (browser sessions, old tokens) and writes the audit entry."""

from __future__ import annotations

from sqlalchemy.orm import Session

from hub.errors import FieldError
from hub.models import User
from hub.services import api_tokens, audit, browser_sessions
from hub.services.users import existing, set_password


def deactivate(session: Session, username: str, actor: str) -> User:
    """Stop a user signing in and its tokens working (the row stays: the log names it); commits."""
    user = existing(session, username)
    if user.active:
        user.active = False
        browser_sessions.end_all(session, user)
        audit.append(session, actor, "user.deactivated", f"user:{user.username}", {})
    session.commit()
    return user


def activate(session: Session, username: str, actor: str) -> tuple[User, int]:
    """Let a deactivated user sign in again; commits. Its tokens from before are revoked (how many is
    returned): a token outlives the reason its user was stopped, and whoever holds it may not be its user
    any more, so working again is a new token's, made by the user once back."""
    user = existing(session, username)
    revoked = 0
    if not user.active:
        user.active = True
        for token in api_tokens.tokens_of(session, user.id):
            if token.revoked_at is None:
                api_tokens.revoke_token(session, None, token.id, actor)
                revoked += 1
        audit.append(session, actor, "user.activated", f"user:{user.username}", {"tokens_revoked": revoked})
    session.commit()
    return user, revoked


def change_password(session: Session, username: str, password: str, actor: str) -> User:
    """Set a user's password and commit; the audit entry says that it changed, never what to."""
    user = existing(session, username)  # first: no user is the answer, whatever the password
    if len(password) < 8:
        raise FieldError(
            "password", "a password needs at least 8 characters", "en adgangskode skal have mindst 8 tegn"
        )
    set_password(user, password)
    browser_sessions.end_all(session, user)  # whoever knew the old password is signed out everywhere
    audit.append(session, actor, "user.password_changed", f"user:{user.username}", {})
    session.commit()
    return user
