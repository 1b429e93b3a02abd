"""A query argument given more than once (`?period=2026-08&period=2026-09`) is refused, not read as one of
its values: Werkzeug's `request.args.get` and webargs both take the first and drop the rest without a
word, so a user who sent two periods got one of them back as if that were what they asked (decision 0016,
"Stop 46 (arguments)").

The API refuses it as it refuses an unknown argument: a 422 whose `problems` name the parameter (`QUERY`
in `hub.api.common` runs `once_each` on every operation's arguments). A page refuses it as it refuses a
period it cannot read: a 400 in the person's language (`refuse_repeated`, before every page's view). An
argument that is a list by design (a `fields.List` in an operation's schema) may still be repeated; no
page takes one today.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask, request
from marshmallow import ValidationError

from hub.errors import HubError
from hub.schemas.messages import Said

API_PREFIX = "/api/"


class RepeatedArgument(HubError):
    """A page's URL gives one argument more than once."""

    code = "repeated_argument"


def repeated(args: Any) -> dict[str, int]:
    """The names the query string gives more than once, with how often, in the order they came."""
    counts = {name: len(args.getlist(name)) for name in args}
    return {name: count for name, count in counts.items() if count > 1}


def once_each(data: Mapping[str, Any]) -> None:
    """webargs' validator of an operation's query arguments (`data`, as loaded): a 422 naming each
    single-valued one the query string repeats. A name the schema loads as a list is one by design."""
    found = {name: count for name, count in repeated(request.args).items() if not _is_list(data.get(name))}
    if found:
        raise ValidationError(
            {
                name: [
                    Said(f"Given {count} times; send it once.", f"Angivet {count} gange; send den én gang.")
                ]
                for name, count in found.items()
            }
        )


def is_repeat(reason_en: str) -> bool:
    """Whether a problem's English reason is `once_each`'s: about the query string, not the value."""
    return reason_en.endswith("; send it once.")


def _is_list(value: Any) -> bool:
    return isinstance(value, list | tuple)


def refuse_repeated() -> None:
    """Before a page's view: refuse a URL that gives an argument more than once (the API's own
    operations say it in their 422, `once_each`)."""
    if request.path.startswith(API_PREFIX):
        return
    found = repeated(request.args)
    if found:
        name, count = next(iter(found.items()))
        raise RepeatedArgument(
            f"the address gives {name!r} {count} times; give it once",
            f"adressen angiver {name!r} {count} gange; angiv den kun én gang",
        )


def init_app(app: Flask) -> None:
    """Install `refuse_repeated` (after the guard, so that a signed-out user is asked to sign in first)."""
    app.before_request(refuse_repeated)
