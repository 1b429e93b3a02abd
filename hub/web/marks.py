"""A checkbox as a caseworker reads it: "afkrydset" or "ikke afkrydset", not the PDF's own state name.

A PDF checkbox reads as its state: "Off" when not ticked, else its export value ("Yes", "On",
"Kontanthjaelp"). The provenance keeps that raw value (the API gives it as it is, and the record page
keeps it in a title); the page says what it means.
"""

from __future__ import annotations

from typing import Protocol

from flask import Flask
from flask_babel import gettext as _

from hub.adapters.mapping.transforms import TransformError, is_checked


class _Source(Protocol):
    @property
    def raw_value(self) -> str | None: ...

    @property
    def transforms(self) -> tuple[str, ...]: ...


def is_box(source: _Source) -> bool:
    """Whether a value's source is a box read for whether it is ticked (its first step is `checked`)."""
    return bool(source.transforms) and source.transforms[0].split("(", 1)[0] == "checked"


def box_mark(source: _Source) -> str | None:
    """A box's raw state as "checked" or "not checked" in the page's language; None when the source is not
    a box or its mark is one the hub does not know (the raw value is then shown as it is)."""
    if source.raw_value is None or not is_box(source):
        return None
    try:
        ticked = is_checked(source.raw_value)
    except TransformError:
        return None
    return _("checked") if ticked else _("not checked")


def init_app(app: Flask) -> None:
    """`box_mark` as a template global."""
    app.add_template_global(box_mark, "box_mark")
