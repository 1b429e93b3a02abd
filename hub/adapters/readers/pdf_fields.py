"""A PDF form's fields: the leaves of its field trees, walked from the catalogue's list of fields and
from the boxes (widgets) on its pages that the list does not reach (decision 0045).

Crafted files have /Kids and /Parent cycles, absurd depths and absurd numbers of fields: every walk
visits a node once, and the number of nodes is bounded over all of them.
"""

from __future__ import annotations

from typing import Any

import pikepdf

from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.sniff import unreadable

MAX_FIELD_NODES = 5000
INHERITED = ("/FT", "/Ff", "/V")  # a field's keys that its kids inherit
MAX_DEPTH = 64  # /Parent levels climbed from a widget to its field
Field = tuple[str, Any, dict, list]  # qualified name, node, inherited keys, widgets


def object_key(obj: Any) -> Any:
    """An indirect object's number; a direct object is only ever itself (its wrapper's id is not stable)."""
    return obj.objgen if isinstance(obj, pikepdf.Object) and obj.is_indirect else None


def text(obj: Any) -> str | None:
    """A PDF string (PDFDocEncoding or UTF-16), name or number as text; None for null."""
    return None if obj is None else str(obj)


def terminal_fields(pdf: pikepdf.Pdf, filename: str) -> list[Field]:
    """The form's leaf fields: (qualified name, node, inherited keys, widgets) each.

    Walked from /AcroForm /Fields, then from the field of every widget on the pages that this list
    did not reach (qpdf's form helper reads such a widget as a field of its own, and PDF viewers show
    it): a page cut out of a form, or a form whose catalogue lost its list or misspells it (/Field),
    still shows its boxes and keeps their values."""
    acroform = reasons.acroform(pdf)
    listed = acroform.get("/Fields") if acroform is not None else None
    walk = _Walk(filename)
    walk.fields(list(listed) if isinstance(listed, pikepdf.Array) else [])
    if acroform is not None and "/XFA" in acroform and not walk.found:
        return []  # an XFA form's fields live in its XML: its boxes alone would read as empty fields
    walk.fields(_orphan_roots(pdf, walk.reached, filename))
    return walk.found


class _Walk:
    """A walk down field trees, each node once, with the number of nodes bounded over all walks."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.found: list[Field] = []
        self.seen: set[Any] = set()  # indirect field nodes walked
        self.reached: set[Any] = set()  # indirect widgets of the fields found
        self.nodes = 0

    def fields(self, roots: list[Any]) -> None:
        """Walk these top-level fields and keep their leaves."""
        # Explicit stack and a visited set: crafted files have /Kids cycles and absurd depths. A direct
        # object cannot be part of a cycle (only references can point back), so only indirect ones are kept.
        stack: list[tuple[Any, str, dict]] = [(node, "", {}) for node in reversed(roots)]
        while stack:
            node, parent, inherited = stack.pop()
            ident = object_key(node)
            if not isinstance(node, pikepdf.Dictionary) or (ident is not None and ident in self.seen):
                continue
            if ident is not None:
                self.seen.add(ident)
            self.nodes += 1
            if self.nodes > MAX_FIELD_NODES:
                raise unreadable(self.filename, "too many form fields", "for mange formularfelter")
            part = text(node["/T"]) if "/T" in node else ""
            name = f"{parent}.{part}" if parent and part else part or parent
            inherited = {**inherited, **{k: node[k] for k in INHERITED if k in node}}
            listed = node.get("/Kids")
            kids = (
                [k for k in listed if isinstance(k, pikepdf.Dictionary)]
                if isinstance(listed, pikepdf.Array)
                else []
            )
            # A kid with a name (/T) is a field of its own; one without is a widget of this field.
            field_kids = [k for k in kids if "/T" in k]
            if field_kids:
                stack.extend((kid, name, inherited) for kid in reversed(field_kids))
            else:
                widgets = kids or [node]
                self.reached.update(object_key(w) for w in widgets)
                self.found.append((name, node, inherited, widgets))


def _orphan_roots(pdf: pikepdf.Pdf, reached: set[Any], filename: str) -> list[Any]:
    """The top-level field of each widget on the pages that no listed field reached, in page order:
    only those with a name on the way up (a nameless box, a lone button, is no field an adapter can
    select)."""
    roots: list[Any] = []
    tops: set[Any] = set()
    orphans = 0
    for page in pdf.pages:
        annots = page.obj.get("/Annots")
        for annot in annots if isinstance(annots, pikepdf.Array) else []:
            if not isinstance(annot, pikepdf.Dictionary) or annot.get("/Subtype") != "/Widget":
                continue
            ident = object_key(annot)
            if ident is not None and ident in reached:
                continue
            orphans += 1  # each is climbed: as many as a form may have fields, no more
            if orphans > MAX_FIELD_NODES:
                raise unreadable(filename, "too many form fields", "for mange formularfelter")
            top, named = _top(annot)
            key = object_key(top)
            if named and (key is None or key not in tops):
                if key is not None:
                    tops.add(key)
                roots.append(top)
    return roots


def _top(node: Any) -> tuple[Any, bool]:
    """The field at the top of a widget's /Parent chain (a chain that loops or runs deep stops there),
    and whether any node on the way has a name (/T)."""
    climbed: set[Any] = {object_key(node)}
    named = "/T" in node
    for _ in range(MAX_DEPTH):
        parent = node.get("/Parent")
        ident = object_key(parent)
        if not isinstance(parent, pikepdf.Dictionary) or ident is None or ident in climbed:
            break
        climbed.add(ident)
        node = parent
        named = named or "/T" in node
    return node, named
