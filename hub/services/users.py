"""Users and API tokens: create, check a password, issue and revoke tokens, and the principal of each.

Passwords are argon2 hashes (argon2-cffi's defaults, rehashed when those change). A token is shown once,
when issued, and stored as its SHA-256 only: a token is long and random, so a slow hash buys nothing.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.access import ROLES, Principal, Role
from hub.errors import HubError, NotFound
from hub.models import ApiToken, User
from hub.models.base import utcnow
from hub.services import audit

TOKEN_PREFIX = "hub_"
_hasher = PasswordHasher()
# Verified against when the user does not exist, so that a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


@dataclass(frozen=True)
class Party:
    """What a user is bound to; which fields matter depends on the role (see `hub.models.User`)."""

    municipality: str | None = None
    company_cvr: str | None = None
    audit_start: date | None = None
    audit_end: date | None = None


def _check_party(role: str, party: Party) -> None:
    if role not in ROLES:
        raise HubError(f"unknown role {role!r}; one of {', '.join(ROLES)}", f"ukendt rolle {role!r}")
    needs = {
        "lead": party.municipality,
        "municipality": party.municipality,
        "company": party.company_cvr,
        "auditor": party.municipality and party.audit_start and party.audit_end,
        "admin": True,
    }[role]
    if not needs:
        raise HubError(
            f"a {role} user must be bound to its party (municipality code, CVR, or municipality and period)",
            f"en bruger med rollen {role} skal bindes til sin part (kommunekode, CVR, kommune og periode)",
        )


def create_user(
    session: Session,
    username: str,
    role: str,
    party: Party,
    actor: str,
    password: str | None = None,
    **extra: str,
) -> User:
    """Add a user bound to its party (the caller commits). `extra` may set `display_name` and `locale`."""
    _check_party(role, party)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise HubError(f"user {username!r} exists", f"brugeren {username!r} findes allerede")
    user = User(
        username=username,
        role=role,
        municipality_code=party.municipality,
        company_cvr=party.company_cvr,
        audit_start=party.audit_start,
        audit_end=party.audit_end,
        password_hash=_hasher.hash(password) if password else None,
        **extra,
    )
    session.add(user)
    session.flush()
    audit.append(
        session, actor, "user.created", f"user:{username}", {"role": role, "party": principal(user).party}
    )
    return user


def user_by_name(session: Session, username: str) -> User | None:
    """The user with this name, or None."""
    return session.scalar(select(User).where(User.username == username))


def authenticate(session: Session, username: str, password: str, source: str) -> User | None:
    """The active user whose password this is, or None; the attempt is an audit entry, and this commits.

    It takes as long whether or not the user exists. `source` says where the attempt came from (an IP).
    """
    user = user_by_name(session, username)
    stored = user.password_hash if user is not None and user.active else None
    try:
        _hasher.verify(stored or _DUMMY_HASH, password)
        ok = user is not None and stored is not None
    except (VerificationError, InvalidHashError):
        ok = False
    if ok and user is not None and stored is not None and _hasher.check_needs_rehash(stored):
        user.password_hash = _hasher.hash(password)
    action = "login.succeeded" if ok else "login.failed"
    audit.append(session, f"user:{username[:100]}", action, f"user:{username[:100]}", {"source": source})
    session.commit()
    return user if ok else None


def set_password(user: User, password: str) -> None:
    """Replace a user's password (the caller commits)."""
    user.password_hash = _hasher.hash(password)


def principal(user: User, token_id: int | None = None) -> Principal:
    """The user as access control sees it."""
    role: Role = user.role  # type: ignore[assignment]  # checked by _check_party on the way in
    return Principal(
        user_id=user.id,
        username=user.username,
        role=role,
        municipality=user.municipality_code,
        company_cvr=user.company_cvr,
        audit_start=user.audit_start,
        audit_end=user.audit_end,
        token_id=token_id,
    )


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
    """The principal of a live token, or None for an unknown, revoked or inactive one."""
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(raw)))
    if row is None or row.revoked_at is not None or not row.user.active:
        return None
    return principal(row.user, token_id=row.id)


def revoke_token(session: Session, owner: Principal, token_id: int) -> ApiToken:
    """Revoke a token (the caller commits): its own user may, and an admin may revoke any."""
    row = session.get(ApiToken, token_id)
    if row is None or (owner.role != "admin" and row.user_id != owner.user_id):
        raise NotFound(f"no token {token_id} for you", f"nøglen {token_id} findes ikke")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        audit.append(session, owner.actor, "token.revoked", f"user:{row.user.username}", {"token": row.id})
    return row
