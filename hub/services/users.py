"""Users and API tokens: create, check a password, issue and revoke tokens, and the principal of each.

Passwords are argon2 hashes (argon2-cffi's defaults, rehashed when those change). A token is shown once,
when issued, and stored as its SHA-256 only: a token is long and random, so a slow hash buys nothing.
"""

from __future__ import annotations

import functools
import hashlib
import re
import secrets
from datetime import UTC, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hub.access import Principal, Role
from hub.errors import FieldError, HubError, NotFound
from hub.models import ApiToken, User
from hub.models.base import utcnow
from hub.pseudonyms import mask_cpr_like
from hub.services import audit, browser_sessions
from hub.services.user_parties import Party, check_party

TOKEN_PREFIX = "hub_"
TOKEN_TOUCH = timedelta(minutes=1)
_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so that a wrong name costs as long as a wrong
    password. Made at the first sign-in, not at import: hashing takes ~0.15 s, which every `hub`
    command and worker would otherwise pay at start-up."""
    return _hasher.hash("not a password anyone has")


# What a local user may be called: one word, as people type it at the sign-in form (single sign-on
# names come from the provider and are taken as they are).
USERNAME = re.compile(r"[\w.@+-]{1,100}")


def folded(username: str) -> str:
    """A username as the hub keeps and compares it: lower case, without surrounding spaces.

    Names are one per person whatever the case typed ("T-Herlev" and "t-herlev" are one user), as the
    sign-in limit per username already counted them (decision 0047).
    """
    return username.strip().lower()


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
    party = check_party(role, party)
    username = folded(username)
    if user_by_name(session, username) is not None:
        raise FieldError("username", f"user {username!r} exists", f"brugeren {username!r} findes allerede")
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
    """The user with this name in any case, or None."""
    # Compared by lower(): a name stored before names were folded may have capitals (and SQLite's lower()
    # folds ASCII only, so the name as typed matches too). Should two such names differ only in case, the
    # one spelt as typed wins, then the older (decision 0047).
    typed = username.strip()
    return session.scalars(
        select(User)
        .where(or_(func.lower(User.username) == folded(username), User.username == typed))
        .order_by((User.username == typed).desc(), User.id)
        .limit(1)
    ).first()


class Deactivated(Exception):
    """The right password of a deactivated user: said as such, since only its owner can know it."""


def authenticate(session: Session, username: str, password: str, source: str) -> User | None:
    """The active user whose password this is, or None; the attempt is an audit entry, and this commits.

    It takes as long whether or not the user exists, active or not (one hash checked each time). The right
    password of a deactivated user raises `Deactivated` (`login.refused`): the person has proved who they
    are and is owed the reason, where a wrong password learns nothing. `source` is where it came from.
    """
    user = user_by_name(session, username)
    stored = user.password_hash if user is not None else None
    try:
        _hasher.verify(stored or _dummy_hash(), password)
        proved = user is not None and stored is not None
    except (VerificationError, InvalidHashError):
        proved = False
    ok = proved and user is not None and user.active
    if ok and user is not None and stored is not None and _hasher.check_needs_rehash(stored):
        user.password_hash = _hasher.hash(password)
    name = typed_name(user.username if user is not None else folded(username))
    if proved and not ok:
        detail = {"source": source, "reason": "the user is deactivated"}
        audit.append(session, f"user:{name}", "login.refused", f"user:{name}", detail)
        session.commit()
        raise Deactivated(name)
    action = "login.succeeded" if ok else "login.failed"
    audit.append(session, f"user:{name}", action, f"user:{name}", {"source": source})
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


def typed_name(username: str) -> str:
    """A username as typed, fit for the audit log: people type their CPR number into the box, and the
    log cannot be changed afterwards, so anything that looks like one is masked before it is written."""
    return mask_cpr_like(username[:100])


def note_limited(session: Session, username: str, source: str) -> None:
    """Write a sign-in attempt refused by the rate limit to the audit log, and commit."""
    name = typed_name(folded(username))
    audit.append(session, f"user:{name}", "login.limited", f"user:{name}", {"source": source})
    session.commit()


def all_users(session: Session) -> list[User]:
    """Every user, by name."""
    return list(session.scalars(select(User).order_by(User.username)))


def existing(session: Session, username: str) -> User:
    """The user of this name; `NotFound` naming it when there is none."""
    user = user_by_name(session, username)
    if user is None:
        raise NotFound(f"no user {username!r}", f"brugeren {username!r} findes ikke")
    return user


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
        for token in tokens_of(session, user.id):
            if token.revoked_at is None:
                revoke_token(session, None, token.id, actor)
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


def tokens_of(session: Session, user_id: int) -> list[ApiToken]:
    """A user's tokens, newest first, revoked ones too."""
    return list(
        session.scalars(select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id.desc()))
    )


def add_user(
    session: Session, username: str, role: str, party: Party, actor: str, password: str | None = None
) -> User:
    """Create a user bound to its party and commit (the CLI's and the admin page's way in)."""
    check_new_user(session, username, role, party)
    if password is not None and len(password) < 8:
        raise FieldError(
            "password", "a password needs at least 8 characters", "en adgangskode skal have mindst 8 tegn"
        )
    user = create_user(session, username, role, party, actor, password=password)
    session.commit()
    return user


def check_new_user(session: Session, username: str, role: str, party: Party) -> Party:
    """What `add_user` checks of the user itself: the name's form, that it is free, and the party for the
    role (`check_party`, whose checked party it returns). The CLI asks it before asking for a password."""
    if not USERNAME.fullmatch(username):
        raise FieldError(
            "username",
            f"username {username!r}: 1-100 letters, digits and . _ @ + - (no spaces)",
            f"brugernavn {username!r}: 1-100 bogstaver, cifre og . _ @ + - (ingen mellemrum)",
        )
    checked = check_party(role, party)
    if user_by_name(session, folded(username)) is not None:
        name = folded(username)
        raise FieldError("username", f"user {name!r} exists", f"brugeren {name!r} findes allerede")
    return checked


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
