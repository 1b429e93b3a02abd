"""A form's leaf field as the walks find it (`pdf_fields`, `pdf_unlisted`): its tuple, the keys its kids
inherit, its kind, and how many field nodes a form may have."""

from __future__ import annotations

from typing import Any

from hub.adapters.readers.pdf_objects import KEYS, integer
from hub.adapters.readers.pdf_text import text

MAX_FIELD_NODES = 5000
# A field's keys that its kids inherit; /Opt for a box's export values (`pdf_values.exported`).
INHERITED = ("/FT", "/Ff", "/V", "/Opt")
Field = tuple[str, Any, dict, list, str]  # qualified name, node, inherited keys, widgets, kind (`kind`)
T_NAME = KEYS["/T"]
INHERITED_NAMES = tuple((key, KEYS[key]) for key in INHERITED)  # each as text (the dict's) and as a name


def kind(inherited: dict) -> str:
    """A field's kind from its (inherited) type and flags: "button", "radio", "checkbox", "text",
    "choice", "signature" or "unknown". Worked out once a field, in the walk that finds it: its type's
    text is two calls into pikepdf, and it was worked out three times a field (decision 0030, "Stop 61:
    pdfread-72")."""
    field_type, flags = text(inherited.get("/FT")), integer(inherited.get("/Ff"))
    if field_type == "/Btn":
        return "button" if flags & (1 << 16) else "radio" if flags & (1 << 15) else "checkbox"
    return {"/Tx": "text", "/Ch": "choice", "/Sig": "signature"}.get(str(field_type), "unknown")


def radio(kind: str, inherited: dict) -> bool:
    """A radio group's field (not a push button), as the walks merge them: /Btn with the Radio flag
    (bit 16) and not bit 17, its flags an integer (not a real, which `kind` reads as one)."""
    return kind == "radio" and isinstance(inherited.get("/Ff"), int)
