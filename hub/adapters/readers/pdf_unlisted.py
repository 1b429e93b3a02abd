"""The boxes (widgets) on a form's pages that its list of fields does not reach, read as the fields
PDF viewers show (decision 0045): a page cut out of a form, or a form whose catalogue lost its list or
misspells it (/Field), still shows its boxes and keeps their values.

Crafted files list one annotation millions of times and have /Parent chains that loop or run deep:
each numbered annotation is read once, each chain climbed a bounded number of levels.
"""

from __future__ import annotations

from typing import Any

import pikepdf

from hub.adapters.readers.pdf_leaf import INHERITED_NAMES, MAX_FIELD_NODES, T_NAME, Field, kind, radio
from hub.adapters.readers.pdf_objects import entry, object_key
from hub.adapters.readers.pdf_text import text
from hub.adapters.readers.sniff import unreadable

MAX_DEPTH = 64  # /Parent levels climbed from a widget to its field


def scan_pages(pdf: pikepdf.Pdf) -> tuple[dict[Any, int], list[tuple[Any, Any]]]:
    """One pass over every page's annotations: the page of each numbered one, and the widgets in page
    order with their numbers (`object_key`), each numbered one once (a crafted page can list one
    annotation millions of times)."""
    pages: dict[Any, int] = {}
    widgets: list[tuple[Any, Any]] = []
    for number, page in enumerate(pdf.pages):
        annots = entry(page.obj, "/Annots")
        for annot in annots if isinstance(annots, pikepdf.Array) else []:
            key = object_key(annot)
            if key is not None:
                if key in pages:
                    continue
                pages[key] = number
            if isinstance(annot, pikepdf.Dictionary) and entry(annot, "/Subtype") == "/Widget":
                widgets.append((key, annot))
    return pages, widgets


def unlisted(
    widgets: list[Any],
    listed: list[Field],
    leaves: dict[Any, Field],
    radios: dict[str, Field],
    filename: str,
) -> list[Field]:
    """The fields of widgets no listed field reached, in page order: each widget's own field (itself
    when it has a name, else the nearest named node up its /Parent chain), its boxes grouped.

    `listed`, `leaves` and `radios` are the walk's of the catalogue's list (`pdf_fields`): its fields,
    its numbered leaf nodes, its radio groups by qualified name. A box whose field the list did reach,
    though not this box (its /Kids do not list it), joins that field: its state and page are the
    field's. A widget with no name up its chain is no field an adapter can select; a name already read
    (the list's, or an earlier box's: a second copy of a form's pages appended, unlisted) is not read
    again, so that a name and a printed label keep meaning one field."""
    if len(widgets) > MAX_FIELD_NODES:  # each is climbed: as many as a form may have fields, no more
        raise unreadable(filename, "too many form fields", "for mange formularfelter")
    fields: dict[Any, Field] = {}
    radios = dict(radios)  # radio groups by qualified name: the list's, then the unlisted ones'
    for widget in widgets:
        chain = _chain(widget)
        named = [node for node in chain if T_NAME in node and text(node[T_NAME])]
        if not named:
            continue
        field = named[0]
        group = object_key(field) or id(field)  # a direct field is one widget's own: never shared
        known = fields.get(group) or leaves.get(group)
        if known is not None:
            known[3].append(widget)
            continue
        name = ".".join(str(text(node[T_NAME])) for node in reversed(named))
        inherited = {k: node[key] for node in reversed(chain) for k, key in INHERITED_NAMES if key in node}
        field_kind = kind(inherited)
        is_radio = radio(field_kind, inherited)
        if is_radio and (same := radios.get(name)) is not None:
            # A radio button named as a radio group already read is one of its buttons (one qualified
            # name is one field, as the walk reads them): xdvipdfmx writes each of hyperref's buttons as
            # a field of the group's name and lists only the first, so the group read "Off" where the
            # second was chosen (decision 0060, "Stop 65: trial-93"). The group need not be listed: with
            # the form's list lost, its first button alone read "Off" for the second chosen, in silence
            # (decision 0064, "Stop 65: fuzz-96").
            same[3].append(widget)
            continue
        fields[group] = (name, field, inherited, [widget], field_kind)
        if is_radio:
            radios[name] = fields[group]
    names = {name for name, *_ in listed}
    found = []
    for leaf in fields.values():
        if leaf[0] not in names:
            names.add(leaf[0])
            found.append(leaf)
    return found


def _chain(widget: Any) -> list[Any]:
    """A widget and its /Parent chain up to the top (a chain that loops or runs deep stops there)."""
    chain = [widget]
    climbed = {object_key(widget)}
    for _ in range(MAX_DEPTH):
        parent = entry(chain[-1], "/Parent")
        ident = object_key(parent)
        if not isinstance(parent, pikepdf.Dictionary) or ident is None or ident in climbed:
            break
        climbed.add(ident)
        chain.append(parent)
    return chain
