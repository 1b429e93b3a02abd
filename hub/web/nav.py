"""The menu: each page module registers its entry with the permission it needs; each user sees theirs."""

from __future__ import annotations

from dataclasses import dataclass

from flask import request, url_for
from flask_babel import LazyString

from hub.access import ROLE_NAMES
from hub.web.guard import current
from hub.web.pages import HOME


@dataclass(frozen=True)
class Entry:
    """One menu entry."""

    endpoint: str
    label: LazyString | str
    permission: str


@dataclass(frozen=True)
class Shown:
    """An entry as one user sees it."""

    url: str
    label: str
    current: bool


MENU: list[Entry] = []


def register(endpoint: str, label: LazyString | str, permission: str) -> None:
    """Add a page to the menu of every role that holds `permission` (call at import time)."""
    if all(e.endpoint != endpoint for e in MENU):
        MENU.append(Entry(endpoint, label, permission))


def menu() -> list[Shown]:
    """The entries the signed-in user may open, their first page (`pages.HOME`) first, the current one
    marked."""
    who = current()
    if who is None:
        return []
    # The order pages are imported in is no order for a person: the page they land on after signing in
    # leads the menu (the lead's "Overblik" was fifth), the others keep their order after it.
    home = HOME.get(who.role)
    entries = sorted((e for e in MENU if who.may(e.permission)), key=lambda e: e.endpoint != home)
    return [Shown(url_for(e.endpoint), str(e.label), request.endpoint == e.endpoint) for e in entries]


def role_name(role: str, lang: str) -> str:
    """A role's name in Danish or English."""
    da, en = ROLE_NAMES.get(role, (role, role))
    return da if lang == "da" else en
