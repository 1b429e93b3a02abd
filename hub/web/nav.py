"""The menu: each page module registers its entry with the permission it needs; `MENU_ROLES` says which
role sees which entry; each user sees theirs.

Holding a page's permission is not the same as the page being of use: a partner municipality holds
`dashboard:read` for its own page (`/municipality`), and the lead's dashboard showed it only "your
municipality leads no agreement". So the menu is one table of role by entry, and a role sees an entry
only when the table names it *and* it holds the page's permission (never a link the guard refuses).
An entry the table does not name is in no one's menu; `tests/web/test_menu_roles.py` opens every
role's every menu link.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from flask import request, url_for
from flask_babel import LazyString

from hub.access import ROLE_NAMES, ROLES, STAFF, Role
from hub.web.guard import current
from hub.web.pages import HOME


@dataclass(frozen=True)
class Entry:
    """One menu entry."""

    endpoint: str
    label: LazyString | str
    permission: str
    # A role for whom the page is another's business by another word (`register`).
    by_role: Mapping[Role, LazyString | str] = field(default_factory=dict)


@dataclass(frozen=True)
class Shown:
    """An entry as one user sees it."""

    url: str
    label: str
    current: bool


MENU: list[Entry] = []

EVERYONE: frozenset[Role] = frozenset(ROLES)
# Which role sees which entry (by the entry's endpoint). DESIGN.md's pages, as each role uses them.
MENU_ROLES: dict[str, frozenset[Role]] = {
    "dashboard.index": frozenset({"lead"}),  # the agreements its municipality leads
    "partner.index": STAFF,  # a municipality's own citizens (the lead: its own part of an agreement)
    "payments.index": STAFF,
    "auditor.index": STAFF | {"auditor"},  # staff: their own municipality's claim periods
    "company.index": frozenset({"company"}),
    "upload.index": STAFF | {"company"},
    "agreements.index": EVERYONE,
    "tokens.index": STAFF | {"admin"},
    "admin_users.index": frozenset({"admin"}),
    "jobs.index": frozenset({"admin"}),
    "audit_log.index": frozenset({"admin"}),  # who read or changed what (decision 0062, stop 69)
    "own_audit_log.index": STAFF,  # who read or changed their own citizens' data (stop 70)
    "auditor_reads.index": frozenset({"auditor"}),  # who read its municipality's citizens' data (stop 74)
}


def register(
    endpoint: str,
    label: LazyString | str,
    permission: str,
    by_role: Mapping[Role, LazyString | str] | None = None,
) -> None:
    """Add a page to the menu of every role that holds `permission` (call at import time), named
    `label`, or `by_role`'s label for a role it names."""
    if all(e.endpoint != endpoint for e in MENU):
        MENU.append(Entry(endpoint, label, permission, dict(by_role or {})))


def menu() -> list[Shown]:
    """The entries the signed-in user may open, their first page (`pages.HOME`) first, the current one
    marked."""
    who = current()
    if who is None:
        return []
    # The order pages are imported in is no order for a person: the page they land on after signing in
    # leads the menu (the lead's "Overblik" was fifth), the others keep their order after it.
    home = HOME.get(who.role)
    mine = (e for e in MENU if who.role in MENU_ROLES.get(e.endpoint, ()) and who.may(e.permission))
    entries = sorted(mine, key=lambda e: e.endpoint != home)
    return [
        Shown(url_for(e.endpoint), str(e.by_role.get(who.role, e.label)), request.endpoint == e.endpoint)
        for e in entries
    ]


def home_page() -> Shown | None:
    """The signed-in user's own first page (`pages.HOME`) as its menu names it, or None when no one is
    signed in: the way on from a refusal (an auditor's 403 or 404 for another municipality or period
    said why and led only to "the front page")."""
    who = current()
    if who is None:
        return None
    endpoint = HOME.get(who.role)
    entry = next((e for e in MENU if e.endpoint == endpoint), None)
    if entry is None or not who.may(entry.permission):
        return None
    return Shown(url_for(entry.endpoint), str(entry.by_role.get(who.role, entry.label)), False)


def role_name(role: str, lang: str) -> str:
    """A role's name in Danish or English."""
    da, en = ROLE_NAMES.get(role, (role, role))
    return da if lang == "da" else en
