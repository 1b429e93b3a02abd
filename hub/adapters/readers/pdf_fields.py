"""A PDF form's fields: the leaves of its field trees, walked from the catalogue's list of fields and
from the boxes (widgets) on its pages that the list does not reach (decision 0045).

Crafted files have /Kids and /Parent cycles, absurd depths and absurd numbers of fields: every walk
visits a node once, and the number of nodes is bounded over all of them.
"""

from __future__ import annotations

from typing import Any

import pikepdf

from hub.adapters.readers.pdf_leaf import INHERITED_NAMES, MAX_FIELD_NODES, T_NAME, Field, kind, radio
from hub.adapters.readers.pdf_objects import entry, form_of, object_key
from hub.adapters.readers.pdf_text import text
from hub.adapters.readers.pdf_unlisted import scan_pages, unlisted
from hub.adapters.readers.sniff import unreadable


def terminal_fields(pdf: pikepdf.Pdf, filename: str) -> tuple[list[Field], dict[Any, int]]:
    """The form's leaf fields, (qualified name, node, inherited keys, widgets, kind) each, and the page
    (0-based) of every numbered annotation.

    Read from /AcroForm /Fields, then from every widget on the pages that this list did not reach
    (qpdf's form helper reads such a widget as a field of its own, and PDF viewers show it): a page cut
    out of a form, or a form whose catalogue lost its list or misspells it (/Field), still shows its
    boxes and keeps their values (decision 0045)."""
    acroform = form_of(pdf)
    listed = entry(acroform, "/Fields") if acroform is not None else None
    walk = _Walk(filename)
    walk.fields(list(listed) if isinstance(listed, pikepdf.Array) else [])
    pages, widgets = scan_pages(pdf)
    if acroform is not None and "/XFA" in acroform and not walk.found:
        return [], pages  # an XFA form's fields live in its XML: its boxes alone would read as empty fields
    # The boxes the list names in place of their fields first, then the pages' in page order; each once.
    unreached, keys = [], set()
    for key, widget in [(object_key(box), box) for box in walk.boxes] + widgets:
        if key is None or (key not in walk.reached and key not in keys):
            keys.add(key)
            unreached.append(widget)
    return walk.found + unlisted(unreached, walk.found, walk.leaves, walk.radios, filename), pages


class _Walk:
    """A walk down field trees from the catalogue's list, each node once, the number of nodes bounded."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.found: list[Field] = []
        self.seen: set[Any] = set()  # numbered field nodes walked
        self.reached: set[Any] = set()  # numbered widgets of the fields found
        self.nodes = 0
        self.leaves: dict[Any, Field] = {}  # numbered leaf field nodes: their entries in `found`
        self.boxes: list[Any] = []  # nameless boxes the list names in place of their fields
        self.radios: dict[str, Field] = {}  # radio leaves by qualified name (`pdf_unlisted`)

    def fields(self, roots: list[Any]) -> None:
        """Walk these top-level fields and keep their leaves."""
        # Explicit stack and a visited set: crafted files have /Kids cycles and absurd depths. A direct
        # object cannot be part of a cycle (only references can point back), so only indirect ones are kept.
        stack: list[tuple[Any, str, dict]] = [(node, "", {}) for node in reversed(roots)]
        top = {id(node) for node in roots}
        while stack:
            node, parent, inherited = stack.pop()
            ident = object_key(node)
            if not isinstance(node, pikepdf.Dictionary) or (ident is not None and ident in self.seen):
                continue
            # Asked once: whether a top field is a box listed in its place, and every node's name.
            named = T_NAME in node
            if id(node) in top and not named and isinstance(entry(node, "/Parent"), pikepdf.Dictionary):
                # A box listed in place of its field (pdf.js's opt_demo.pdf): read, like a box the list
                # misses, from its /Parent chain, which has its name, type and value.
                self.boxes.append(node)
                continue
            if ident is not None:
                self.seen.add(ident)
            self.nodes += 1
            if self.nodes > MAX_FIELD_NODES:
                raise unreadable(self.filename, "too many form fields", "for mange formularfelter")
            part = text(node[T_NAME]) if named else ""
            name = f"{parent}.{part}" if parent and part else part or parent
            inherited = {**inherited, **{k: node[key] for k, key in INHERITED_NAMES if key in node}}
            listed = entry(node, "/Kids")
            kids = (
                [k for k in listed if isinstance(k, pikepdf.Dictionary)]
                if isinstance(listed, pikepdf.Array)
                else []
            )
            # A kid with a name (/T) is a field of its own; one without is a widget of this field.
            field_kids = [k for k in kids if T_NAME in k]
            group = _named_buttons(node, inherited, field_kids) if len(field_kids) == len(kids) > 0 else None
            if field_kids and group is None:
                stack.extend((kid, name, inherited) for kid in reversed(field_kids))
            else:
                widgets = field_kids or kids or [node]
                if group is not None:
                    inherited = group  # its buttons' type and flags, its own value
                if kids:
                    self.reached.update(k for k in map(object_key, kids) if k is not None)
                elif ident is not None:
                    self.reached.add(ident)  # the field is its own box: its number is the one just read
                # Fields of one qualified name are one field (ISO 32000-1, 12.7.3.2): WeasyPrint writes
                # each radio button as a field named as its group, under the group, which holds the
                # value; read apart, the second button chosen read as "nothing chosen" (decision 0060,
                # "Stop 60: trial-71"). Radio buttons only: same-named boxes and text fields keeping
                # values of their own are read as before.
                field_kind = kind(inherited)
                is_radio = radio(field_kind, inherited)
                same = self.radios.get(name) if is_radio else None
                if same is not None:
                    same[3].extend(widgets)
                else:
                    self.found.append((name, node, inherited, widgets, field_kind))
                    if is_radio:
                        self.radios[name] = self.found[-1]
                if ident is not None:
                    self.leaves[ident] = same or self.found[-1]
                if group is not None:  # its buttons are leaves of it (`pdf_unlisted` joins a box to them)
                    self.leaves.update((k, self.leaves[ident]) for k in map(object_key, kids) if k and ident)


def _named_buttons(node: Any, inherited: dict, field_kids: list) -> dict | None:
    """The keys a radio group of named buttons reads by, where `node` is one; None otherwise.

    PDFKit's `formRadioButton(name, ..., {parent})` makes each button a field of its own, named by its
    choice (`mentor.ansat.virksomhed`), under a field that holds the group's value (`(virksomhed)`) and
    has no type: each button inherited the value and drew nothing, so the group read as empty and its
    name as no field (decision 0060, "Stop 62: trial-78"). Where the field holds a value and every named
    kid is one radio button drawing nothing (no kids, no value, no appearances of its own), the field is
    the group and its kids its buttons: its value, the buttons' type and flags."""
    if entry(node, "/V") is None:
        return None
    group = None
    for kid in field_kids:
        if any(entry(kid, key) is not None for key in ("/Kids", "/V", "/AP")):
            return None  # WeasyPrint's buttons draw their states: read by them, as before (`radios`)
        own = {**inherited, **{k: kid[key] for k, key in INHERITED_NAMES if key in kid}}
        if not radio(kind(own), own):
            return None
        group = group or own
    return group
