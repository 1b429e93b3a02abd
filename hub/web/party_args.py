"""A page's address that names a municipality (`?municipality=151`, `?municipality_code=`) is refused in
words, not ignored: no page chooses a municipality by its address (each shows the user's own), so walk-110
(stop 68) met `/audit?municipality=151` answering Herlev's own periods as if that were what was asked. The
user's own municipality, by code or name, is what the page shows anyway and passes. The words are the same
for a municipality that does not exist and one the user may not see, so that the answer tells no one which
codes are in use. The API refuses an argument an operation does not take itself (422, `Unknown field.`).
"""

from __future__ import annotations

from flask import Flask, request

from hub.errors import HubError
from hub.schemas.municipalities import municipality_name, normalise_municipality
from hub.web.guard import current
from hub.web.query_once import API_PREFIX

# The query arguments that would pick another party's municipality, were a page to read them.
MUNICIPALITY_ARGS = ("municipality", "municipality_code")


def _code(value: str) -> str | None:
    try:
        return normalise_municipality(value)
    except ValueError:
        return None


def refuse_other_municipality() -> None:
    """Before a page's view: refuse an address that names a municipality other than the user's own."""
    if request.path.startswith(API_PREFIX):
        return
    who = current()
    own = who.municipality if who is not None else None
    for name in MUNICIPALITY_ARGS:
        value = request.args.get(name)
        if value is None or (own is not None and _code(value) == own):
            continue
        asked = f"{name}={value}"
        if own is None:
            raise HubError(
                f"the address names a municipality ({asked}): this page chooses none by its address",
                f"adressen nævner en kommune ({asked}): siden vælger ingen kommune efter adressen",
            )
        mine = municipality_name(own)
        raise HubError(
            f"the address names municipality {value!r} ({asked}): this page shows only your own"
            f" municipality's ({mine}); no other can be chosen by the address",
            f"adressen nævner kommune {value!r} ({asked}): siden viser kun din egen kommunes ({mine}); en"
            " anden kan ikke vælges i adressen",
        )


def init_app(app: Flask) -> None:
    """Install `refuse_other_municipality` (after the guard, which finds who is asking)."""
    app.before_request(refuse_other_municipality)
