"""API tokens: issue one, find the principal of one, revoke one, and list a user's.

A token is shown once, when issued, and stored as its SHA-256 only: a token is long and random, so a slow
hash buys nothing. Every token expires (`DEFAULT_DAYS`, at most `MAX_DAYS`; decision 0015, stop 49): one
leaked from a company's or an auditor's system would otherwise read personal data for ever. When one
expires, and the notice before, is `token_expiry`'s.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.access import Principal
from hub.errors import FieldError, HubError, NotFound
from hub.models import ApiToken, User
from hub.models.base import utcnow
from hub.services import audit
from hub.services.token_expiry import TokenExpired, aware, expired, expires_soon
from hub.services.users import existing, principal

TOKEN_PREFIX = "hub_"
TOKEN_TOUCH = timedelta(minutes=1)
REFUSAL_NOTED = timedelta(hours=1)  # an expired token's tries written to the audit log at most this often
# A year: one renewal a year is a small chore for the operator of a case system, and the agreements and
# the audit periods a token serves are yearly. Two at most: longer, and the person who set the system up
# has likely moved on, and no one remembers the token is out there.
DEFAULT_DAYS = 365
MAX_DAYS = 730


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(
    session: Session, user: User, name: str, actor: str, days: int = DEFAULT_DAYS
) -> tuple[ApiToken, str]:
    """A new token for a user's party, valid `days` days: the row (the caller commits) and the token,
    shown this once."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    expires = utcnow() + timedelta(days=days)
    row = ApiToken(user=user, name=name, token_hash=_digest(raw), prefix=raw[:12], expires_at=expires)
    session.add(row)
    session.flush()
    detail = {"token": row.id, "name": name, "expires_at": expires.isoformat(timespec="seconds")}
    audit.append(session, actor, "token.issued", f"user:{user.username}", detail)
    return row, raw


def expiring_of(session: Session, user_id: int, now: datetime | None = None) -> list[ApiToken]:
    """A user's live tokens that expire within `token_expiry.WARN_DAYS`, the soonest first. Filtered
    here, not in SQL: a user has a handful of tokens, and SQLite compares stored datetimes as text."""
    soon = [row for row in tokens_of(session, user_id) if expires_soon(row, now)]
    return sorted(soon, key=lambda row: aware(row.expires_at))


def token_principal(session: Session, raw: str) -> Principal | None:
    """The principal of a live token, or None for an unknown, revoked or inactive one; `TokenExpired`
    for one past its expiry. A known token refused (expired, revoked, its user deactivated) is written
    to the audit log: its system is still out there using it, and a revoked one may be in other hands.

    Marks the token used; to keep a busy system's requests from each writing a row, at most once a
    minute (`last_used_at` is for a person deciding which token to revoke, not an audit trail).
    """
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(raw)))
    if row is None:
        return None
    now, last = utcnow(), row.last_used_at
    if row.revoked_at is not None:
        _refused(session, row, now, {"reason": "revoked"}, aware(row.revoked_at))
        return None
    if not row.user.active:
        _refused(session, row, now, {"reason": "deactivated"}, None)
        return None
    if expired(row, now):
        until = aware(row.expires_at)
        _refused(
            session, row, now, {"reason": "expired", "expires_at": until.isoformat(timespec="seconds")}, until
        )
        raise TokenExpired(until)
    if last is not None:
        last = aware(last)
    if last is None or now - last > TOKEN_TOUCH:
        row.last_used_at = now
        session.commit()
    return principal(row.user, token_id=row.id)


def _refused(
    session: Session, row: ApiToken, now: datetime, why: dict[str, str], since: datetime | None
) -> None:
    """Write a known token's refusal to the audit log: its first try after `since` (the expiry, the
    revocation), then at most one an hour. A system retrying with its token would otherwise append an
    entry to the signed log at the API's rate limit. The try is noted as the token's last use, which
    is what tells the next one apart."""
    last = aware(row.last_used_at) if row.last_used_at is not None else None
    if last is not None and (since is None or last >= since) and now - last <= REFUSAL_NOTED:
        return
    who = f"user:{row.user.username}"
    audit.append(session, f"{who} token:{row.id}", "token.refused", who, {"token": row.id, **why})
    row.last_used_at = now
    session.commit()


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


def new_token(
    session: Session, username: str, name: str, actor: str, days: int = DEFAULT_DAYS
) -> tuple[ApiToken, str]:
    """Issue a token for a user by name, valid `days` days, and commit; the token is returned this once."""
    if not 1 <= days <= MAX_DAYS:
        raise FieldError(
            "days",
            f"a token is valid 1-{MAX_DAYS} days, not {days}",
            f"en nøgle gælder 1-{MAX_DAYS} dage, ikke {days}",
        )
    name = name.strip()
    if not name or len(name) > 100:
        raise FieldError(
            "name", "a token needs a name of 1-100 characters", "en nøgle skal have et navn på 1-100 tegn"
        )
    # A NUL is refused by PostgreSQL (a 500 where SQLite kept it), and a line break would split the
    # audit log's and the tokens page's lines: a name is one line of text.
    if any(unicodedata.category(c) == "Cc" for c in name):
        raise FieldError(
            "name",
            "a token's name cannot hold a control character (a line break, a tab, a NUL)",
            "en nøgles navn kan ikke indeholde styretegn (linjeskift, tabulator, NUL)",
        )
    user = existing(session, username)
    if not user.active:
        # Its requests would all be refused (401): a token that can never work is no token.
        raise HubError(
            f"user {username!r} is deactivated: a token for it would always be refused",
            f"brugeren {username!r} er deaktiveret: en nøgle til den ville altid blive afvist",
        )
    row, raw = issue_token(session, user, name, actor, days)
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
