"""What the claim template's form holds, read once from the stamp (the parsed template no copy changes):
each page's widgets with the field above each, and which objects a copy of some pages has of its own.

A copy of pages owns its pages, their annotations and (unless flattened) every field above their widgets;
the fields of copy 2, 3, ... are renamed at the top of each tree (`field_copy`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from pypdf import PageObject
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, TextStringObject

from hub.adapters.language.claim_template_fields import qualified_name


@dataclass(frozen=True)
class TemplateWidget:
    """A widget of the template and the field it belongs to (the widget itself when they are merged)."""

    number: int
    widget: DictionaryObject
    field_number: int | None  # None: the widget is its own field
    field: DictionaryObject
    name: str
    kind: str  # /Tx, /Btn or /Ch


@dataclass(frozen=True)
class CopyScope:
    """The objects each copy of some pages has of its own, by stamp number, with their place among them;
    which of them are fields (renamed and pruned per copy) and which fields are at the top of a tree."""

    position: dict[int, int]
    fields: frozenset[int]
    roots: tuple[int, ...]


def page_widgets(page: PageObject) -> list[TemplateWidget]:
    """The widgets of one template page that are objects of their own, in the page's order."""
    found = []
    for ref in page.get("/Annots") or []:
        widget = ref.get_object()
        if not isinstance(ref, IndirectObject) or widget.get("/Subtype") != "/Widget":
            continue
        parent = None if "/T" in widget else cast(IndirectObject, widget.raw_get("/Parent"))
        field = widget if parent is None else _dict(parent)
        kind = str(field.get_inherited("/FT", ""))
        number = parent.idnum if parent is not None else None
        found.append(TemplateWidget(ref.idnum, widget, number, field, qualified_name(field), kind))
    return found


def copy_scope(template_pages: Sequence[PageObject], pages: Iterable[int], flatten: bool) -> CopyScope:
    """The objects a copy of `pages` (indexes into `template_pages`) has of its own."""
    order: dict[int, None] = {}
    fields: dict[int, DictionaryObject] = {}
    for number in pages:
        page = template_pages[number]
        order[cast(IndirectObject, page.indirect_reference).idnum] = None
        for ref in page.get("/Annots") or []:
            if not isinstance(ref, IndirectObject):
                continue  # a direct annotation is written inside its page
            node = _dict(ref)
            if node.get("/Subtype") != "/Widget":
                order[ref.idnum] = None
                continue
            while not flatten:  # the widget and every field above it
                order[ref.idnum] = None
                fields[ref.idnum] = node
                if "/Parent" not in node:
                    break
                ref = node.raw_get("/Parent")
                node = _dict(ref)
    roots = tuple(n for n, node in fields.items() if "/Parent" not in node and "/T" in node)
    return CopyScope({n: index for index, n in enumerate(order)}, frozenset(fields), roots)


def field_copy(node: DictionaryObject, scope: CopyScope, prefix: str) -> DictionaryObject:
    """A field of copy 2, 3 ...: renamed at the top of its tree, its kids only those on the copy."""
    node = DictionaryObject(node)
    if "/Parent" not in node and "/T" in node:
        node[NameObject("/T")] = TextStringObject(prefix + str(node["/T"]))
    if "/Kids" in node:
        kids = cast(ArrayObject, node["/Kids"])
        node[NameObject("/Kids")] = ArrayObject(k for k in kids if k.idnum in scope.fields)
    return node


def _dict(ref: IndirectObject) -> DictionaryObject:
    return cast(DictionaryObject, ref.get_object())
