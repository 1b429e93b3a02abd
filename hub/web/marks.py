"""A checkbox as a caseworker reads it: "afkrydset" or "ikke afkrydset", not the PDF's own state name;
a radio group with no button chosen: "ikke valgt", not "læst som Off" (its locator says `radio`); a choice
whose page draws nothing, a dropdown drawing other lines than the one read, or a list holding several
where one can be chosen, said so (`undrawn`, `drawn_lines`, `unchoosable`).

A PDF checkbox reads as its state: "Off" when not ticked, else its export value ("Yes", "On",
"Kontanthjaelp"); a radio group as its chosen button's export value, "Off" when none is. The provenance
keeps that raw value (the API gives it as it is, and the record page keeps it in a title); the page says
what it means.
"""

from __future__ import annotations

from typing import Any, Protocol

from flask import Flask
from flask_babel import gettext as _

from hub.adapters.mapping.checkbox_marks import box_state_mark, is_checked
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.unchosen import is_unchosen


class _Source(Protocol):
    @property
    def raw_value(self) -> str | None: ...

    @property
    def transforms(self) -> tuple[str, ...]: ...

    @property
    def locator(self) -> dict[str, Any]: ...


def is_box(source: _Source) -> bool:
    """Whether a value's source is a box read for whether it is ticked (its first step is `checked`)."""
    return bool(source.transforms) and source.transforms[0].split("(", 1)[0] == "checked"


def box_mark(source: _Source) -> str | None:
    """A box's raw state as "checked" or "not checked" in the page's language; None when the source is not
    a box or its mark is one the hub does not know (the raw value is then shown as it is)."""
    if source.raw_value is None or not is_box(source):
        return None
    # A PDF checkbox (its locator says so) is ticked in any state but "Off", as `checked` read it.
    raw = box_state_mark(source.raw_value) if (source.locator or {}).get("box") else source.raw_value
    try:
        ticked = is_checked(raw or "")
    except TransformError:
        return None
    return _("checked") if ticked else _("not checked")


def choice_mark(source: _Source) -> str | None:
    """A PDF radio group with no button chosen (raw state "Off") as "nothing chosen" in the page's
    language, however it was read (with no transform it is stored as no value, decision 0060 "Stop 53:
    noticed-61"); a PDF choice read through `map` alike; None for any other value (shown as it is)."""
    locator = source.locator or {}
    if not is_unchosen(source.raw_value) or "field" not in locator:
        return None  # only a PDF field ("field" in its locator) has pypdf's "Off"
    if locator.get("radio"):  # read since stop 54: the locator says the field is a radio group
        return _("nothing chosen")
    # Read before: a `map` from the field is a choice (a text field's "Off" would be the sender's word).
    first = source.transforms[0].split("(", 1)[0] if source.transforms else ""
    return _("nothing chosen") if first == "map" else None


def undrawn_mark(source: _Source) -> str | None:
    """A PDF box or radio group read as chosen from its saved value whose page draws nothing (its locator
    says `undrawn`: PDFKit's buttons have no appearance), said as a warning in the page's language: the
    value stands, but whoever opens the file sees nothing chosen (decision 0025, "Stop 63: pdf-77")."""
    if not (source.locator or {}).get("undrawn"):
        return None
    return _(
        "the form draws nothing here: whoever opens the file sees nothing chosen; read from the field's "
        "saved value"
    )


def drawn_mark(source: _Source) -> str | None:
    """A PDF dropdown whose box draws other lines of its list than the one read (its locator's
    `drawn_lines`: TCPDF draws every line), said as a warning in the page's language: the value stands,
    but a PDF program showing the drawing shows those lines (decision 0025, "Stop 63: pdf-77")."""
    lines = (source.locator or {}).get("drawn_lines")
    if not lines:
        return None
    return _(
        "the dropdown draws %(lines)s on the page, not only the line read: a PDF program that shows the "
        "drawing may show another line than the one chosen; read from the field's saved value",
        lines=", ".join(f"'{line}'" for line in lines),
    )


def unchoosable_mark(source: _Source) -> str | None:
    """A PDF list or dropdown that lets one line be chosen holding several (its locator's `unchoosable`,
    how many; the lines are its raw value), read where the record may leave it out, said as a warning in
    the page's language (decision 0025, "Stop 63: pdf-77")."""
    count = (source.locator or {}).get("unchoosable")
    if not count:
        return None
    return _(
        "the field holds %(count)s lines of its list, where only one can be chosen: no one could have chosen "
        "this value; read from the field's saved value",
        count=count,
    )


def init_app(app: Flask) -> None:
    """`box_mark`, `choice_mark` and the marks of what a page does not show as read, as template globals."""
    app.add_template_global(box_mark, "box_mark")
    app.add_template_global(choice_mark, "choice_mark")
    app.add_template_global(undrawn_mark, "undrawn_mark")
    app.add_template_global(drawn_mark, "drawn_mark")
    app.add_template_global(unchoosable_mark, "unchoosable_mark")
