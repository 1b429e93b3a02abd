"""The fields of a PDF form as the claim templates use them: each field's fully qualified name, kind,
pages, a checkbox's ticked state and a choice's entries (`pdf_fields`), read once per template's bytes
(`form_fields`).

Apart from `claim_templates`, which checks a `[claim]` against its template when the config loads:
writing a claim (`exports.claims.pdf_claim`, `pdf_stamp`) reads the same fields by the same names.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    # pypdf itself is imported where a template is read: loading a config with no PDF claim (and every
    # `hub` command loads every config) need not import it, a tenth of a CPU-second.
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

_RADIO, _PUSHBUTTON = 1 << 15, 1 << 16


@dataclass(frozen=True)
class PdfField:
    """One field of a PDF form: its kind, the pages its widgets sit on, a checkbox's ticked state."""

    name: str
    kind: str  # text | checkbox | radio | choice | button | signature
    pages: tuple[int, ...]  # 0-based
    on_state: str | None = None  # a checkbox's ticked appearance state, with the slash ("/Yes")
    options: tuple[str, ...] = ()  # a choice field's entries


def _inherited(field: DictionaryObject, key: str) -> Any:
    node: DictionaryObject | None = field
    while node is not None:
        if key in node:
            return node[key]
        parent = node.get("/Parent")
        node = cast("DictionaryObject", parent.get_object()) if parent is not None else None
    return None


def qualified_name(field: DictionaryObject) -> str:
    """A field's fully qualified name: the /T of every node from the top of its tree down, joined by dots."""
    names: list[str] = []
    node: DictionaryObject | None = field
    while node is not None:
        if "/T" in node:
            names.append(str(node["/T"]))
        parent = node.get("/Parent")
        node = cast("DictionaryObject", parent.get_object()) if parent is not None else None
    return ".".join(reversed(names))


def _kind(field: DictionaryObject) -> str:
    field_type, flags = _inherited(field, "/FT"), int(_inherited(field, "/Ff") or 0)
    if field_type == "/Btn":
        return "radio" if flags & _RADIO else "button" if flags & _PUSHBUTTON else "checkbox"
    return {"/Tx": "text", "/Ch": "choice", "/Sig": "signature"}.get(str(field_type), "unknown")


def pdf_fields(reader: PdfReader) -> dict[str, PdfField]:
    """Every field of a form by fully qualified name, from the widgets on its pages."""
    found: dict[str, PdfField] = {}
    for number, page in enumerate(reader.pages):
        for ref in cast(list[Any], page.get("/Annots") or []):
            widget = cast("DictionaryObject", ref.get_object())
            if widget.get("/Subtype") != "/Widget":
                continue
            field = widget if "/T" in widget else cast("DictionaryObject", widget["/Parent"].get_object())
            name, kind = qualified_name(field), _kind(field)
            states = cast("DictionaryObject", widget.get("/AP", {})).get("/N", {})
            on = next((str(s) for s in cast("DictionaryObject", states) if s != "/Off"), None)
            options = tuple(
                str(o[-1]) if isinstance(o, list) else str(o) for o in _inherited(field, "/Opt") or ()
            )
            known = found.get(name)
            pages = (known.pages if known else ()) + (() if known and number in known.pages else (number,))
            on_state = on if kind == "checkbox" else None
            found[name] = PdfField(name, kind, pages, (known and known.on_state) or on_state, options)
    return found


@functools.lru_cache(maxsize=32)
def form_fields(data: bytes) -> Mapping[str, PdfField]:
    """The fields of a PDF form given as bytes, kept for the next call with the same bytes: pypdf takes
    a good part of a second for a form of a hundred fields, and every config load and claim asks."""
    from pypdf import PdfReader  # noqa: PLC0415 - see the imports

    return MappingProxyType(pdf_fields(PdfReader(io.BytesIO(data))))
