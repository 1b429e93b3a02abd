"""A name or id on the command line that names nothing: refused with the names there are, so that a
person who mistyped one sees the right one (`hub ingest --company nope`).

Each check runs before the command does anything, and raises `NotFound` (exit 2, `error:`/`fejl:`) in
the words the services used before ("no agreement 'nope'"), with the known names after them, as
`hub payments` already listed agreements: "(known: a, b)" / "(kendte: a, b)". A long list is cut at
`SHOWN`, with how many more and the command that lists them all.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.errors import NotFound
from hub.models import Agreement, User
from hub.quantities import number_text
from hub.services.registry import registry
from hub.services.users import user_by_name

SHOWN = 20  # names on one line: enough for a hub's agreements and municipalities, a glance for its users


def listed(names: list[str], lists_all: str, most: int = SHOWN) -> tuple[str, str]:
    """`(known: a, b, c)` in English and Danish; past `most` names, the rest counted, and the command
    (`lists_all`) that shows every one."""
    if not names:
        return "(known: none)", "(kendte: ingen)"
    shown, rest = ", ".join(names[:most]), len(names) - most
    if rest <= 0:
        return f"(known: {shown})", f"(kendte: {shown})"
    return (
        f"(known: {shown} and {number_text(rest, 'en')} more: {lists_all} lists every one)",
        f"(kendte: {shown} og {number_text(rest, 'da')} til: {lists_all} viser dem alle)",
    )


def agreement(session: Session, agreement_id: str) -> None:
    """Refuse an agreement id that is not stored, listing those that are."""
    if session.get(Agreement, agreement_id) is not None:
        return
    ids = list(session.scalars(select(Agreement.id).order_by(Agreement.id)))
    en, da = listed(ids, "hub agreements list")
    raise NotFound(f"no agreement {agreement_id!r} {en}", f"ingen aftale {agreement_id!r} {da}")


def municipality(slug_or_code: str) -> None:
    """Refuse a municipality that has no adapter config, in the registry's words, listing those that
    have one as a person may type them: `herlev (163)`."""
    configs = registry()
    try:
        configs.get(slug_or_code)
    except NotFound as exc:
        en, da = listed([f"{c.slug} ({c.code})" for c in configs.all()], "hub adapters check")
        raise NotFound(f"{exc.message} {en}", f"{exc.message_da} {da}") from None


def user(session: Session, username: str) -> None:
    """Refuse a username no user has (in any case, as signing in compares it), listing the users."""
    if user_by_name(session, username) is not None:
        return
    names = list(session.scalars(select(User.username).order_by(User.username)))
    en, da = listed(names, "hub users list")
    raise NotFound(f"no user {username!r} {en}", f"brugeren {username!r} findes ikke {da}")
