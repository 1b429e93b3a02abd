"""API tokens: issue one, find the principal of one, revoke one, and list a user's.

A token is shown once, when issued, and stored as its SHA-256 only: a token is long and random, so a slow
hash buys nothing.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.access import Principal
from hub.errors import FieldError, HubError, NotFound
from hub.models import ApiToken, User
from hub.models.base import utcnow
from hub.services import audit
from hub.services.users import existing, principal

TOKEN_PREFIX = "hub_"
TOKEN_TOUCH = timedelta(minutes=1)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(session: Session, user: User, name: str, actor: str) -> tuple[ApiToken, str]:
    """A new token for a user's party: the row (the caller commits) and the token, shown this once."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(user=user, name=name, token_hash=_digest(raw), prefix=raw[:12])
    session.add(row)
    session.flush()
    audit.append(session, actor, "token.issued", f"user:{user.username}", {"token": row.id, "name": name})
    return row, raw


def token_principal(session: Session, raw: str) -> Principal | None:
    """The principal of a live token, or None for an unknown, revoked or inactive one.

    Marks the token used; to keep a busy system's requests from each writing a row, at most once a
    minute (`last_used_at` is for a person deciding which token to revoke, not an audit trail).
    """
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(raw)))
    if row is None or row.revoked_at is not None or not row.user.active:
        return None
    now, last = utcnow(), row.last_used_at
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=UTC)  # SQLite hands back naive datetimes; they were stored as UTC
    if last is None or now - last > TOKEN_TOUCH:
        row.last_used_at = now
        session.commit()
    return principal(row.user, token_id=row.id)


def revoke_token(session: Session, owner: Principal | None, token_id: int, actor: str = "") -> ApiToken:
    """Revoke a token (the caller commits): its own user may, an admin any, and the CLI (`owner` None)."""
    row = session.get(ApiToken, token_id)
    if row is None or (owner is not None and owner.role != "admin" and row.user_id != owner.user_id):
        # "for you" only to a signed-in user: at the command line there is no one it is for.
        whose = "" if owner is None else " for you"
        raise NotFound(f"no token {token_id}{whose}", f"nøglen {token_id} findes ikke")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        who = owner.actor if owner is not None else actor
        audit.append(session, who, "token.revoked", f"user:{row.user.username}", {"token": row.id})
    return row


def tokens_of(session: Session, user_id: int) -> list[ApiToken]:
    """A user's tokens, newest first, revoked ones too."""
    return list(
        session.scalars(select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id.desc()))
    )


def new_token(session: Session, username: str, name: str, actor: str) -> tuple[ApiToken, str]:
    """Issue a token for a user by name and commit; the token is returned this once."""
    name = name.strip()
    if not name or len(name) > 100:
        raise FieldError(
            "name", "a token needs a name of 1-100 characters", "en nøgle skal have et navn på 1-100 tegn"
        )
    user = existing(session, username)
    if not user.active:
        # Its requests would all be refused (401): a token that can never work is no token.
        raise HubError(
            f"user {username!r} is deactivated: a token for it would always be refused",
            f"brugeren {username!r} er deaktiveret: en nøgle til den ville altid blive afvist",
        )
    row, raw = issue_token(session, user, name, actor)
    session.commit()
    return row, raw


def revoke(session: Session, owner: Principal | None, token_id: int, actor: str = "") -> ApiToken:
    """Revoke a token (see `revoke_token`) and commit."""
    row = revoke_token(session, owner, token_id, actor)
    session.commit()
    return row


def user_tokens(session: Session, username: str) -> list[ApiToken]:
    """The tokens of a user given by name (`tokens_of`), with an error for an unknown name."""
    return tokens_of(session, existing(session, username).id)
