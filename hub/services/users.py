"""Users: create, find by name, check a password, and the principal of each.

Passwords are argon2 hashes (argon2-cffi's defaults, rehashed when those change). API tokens are in
`api_tokens`; deactivating, activating and a new password in `user_status`.
"""

from __future__ import annotations

import functools
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hub.access import Principal, Role
from hub.errors import FieldError, NotFound
from hub.models import User
from hub.pseudonyms import mask_cpr_like
from hub.services import audit
from hub.services.user_parties import Party, check_party

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


def typed_name(username: str) -> str:
    """A username as typed, fit for the audit log: people type their CPR number into the box, and the
    log cannot be changed afterwards, so anything that looks like one is masked before it is written.
    Masked whole, then cut to 100 characters: a cut inside a number would leave digits no pattern knows."""
    return mask_cpr_like(username)[:100]


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
