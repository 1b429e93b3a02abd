"""A PDF form's fields: the leaves of its field trees, walked from the catalogue's list of fields and
from the boxes (widgets) on its pages that the list does not reach (decision 0045).

Crafted files have /Kids and /Parent cycles, absurd depths and absurd numbers of fields: every walk
visits a node once, and the number of nodes is bounded over all of them.
"""

from __future__ import annotations

from typing import Any

import pikepdf

from hub.adapters.readers.pdf_text import text
from hub.adapters.readers.sniff import unreadable

MAX_FIELD_NODES = 5000
# A field's keys that its kids inherit; /Opt for a box's export values (`pdf_values.exported`).
INHERITED = ("/FT", "/Ff", "/V", "/Opt")
MAX_DEPTH = 64  # /Parent levels climbed from a widget to its field
Field = tuple[str, Any, dict, list, str]  # qualified name, node, inherited keys, widgets, kind (`kind`)


def object_key(obj: Any) -> Any:
    """An indirect object's number; a direct object is only ever itself (its wrapper's id is not stable)."""
    # One call where there were three: every pikepdf object is of the one type `Object` (its kinds are
    # told by `_type_code`), and only an indirect one has a number, never (0, 0). Asked some hundred
    # times a form (each box's page, its appearance, the walk's visited nodes).
    if type(obj) is not pikepdf.Object:
        return None
    number = obj.objgen
    return number if number != _DIRECT else None


_DIRECT = (0, 0)


def entry(obj: Any, key: str) -> Any:
    """`obj.get(key)` of a pikepdf dictionary (or stream), None when missing or null, in a sixth of the
    time for a missing key: pikepdf's `get` raises and catches a KeyError inside (~2 µs against ~0.3),
    and most keys a reader asks for (/Kids of a leaf, /Parent of a root) are missing. A key the reader
    names itself is asked for as its `pikepdf.Name` (`KEYS`); any other (a font's name a stream gives)
    as the text it is."""
    name = KEYS.get(key, key)
    return obj[name] if name in obj else None


# The keys the reader asks a form's objects for, as pikepdf names: pikepdf answers `in` and `[]` with a
# name in about half the instructions it needs for the same key as text, which it converts to a name
# each time (decision 0030, "Stop 60: pdfread-70"). A name is the same key: only a dictionary or a
# stream is ever asked (an array would test a name as one of its items, and refuses text).
KEYS: dict[str, pikepdf.Name] = {
    key: pikepdf.Name(key)
    for key in (
        *("/T", "/TU", "/V", "/FT", "/Ff", "/Opt", "/Kids", "/Parent", "/Fields", "/Annots", "/Subtype"),
        *("/AP", "/N", "/AS", "/AA", "/F", "/DR", "/Font", "/NeedAppearances", "/Resources", "/Contents"),
        *("/Filter", "/DecodeParms", "/DP", "/Encoding", "/BaseFont", "/Differences", "/BaseEncoding"),
        *("/MediaBox", "/CropBox", "/Rotate", "/ToUnicode"),
    )
}
_T = KEYS["/T"]
_INHERITED = tuple((key, KEYS[key]) for key in INHERITED)  # each as text (the dict's) and as a name


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
    pages, widgets = _scan(pdf)
    if acroform is not None and "/XFA" in acroform and not walk.found:
        return [], pages  # an XFA form's fields live in its XML: its boxes alone would read as empty fields
    # The boxes the list names in place of their fields first, then the pages' in page order; each once.
    unreached, keys = [], set()
    for key, widget in [(object_key(box), box) for box in walk.boxes] + widgets:
        if key is None or (key not in walk.reached and key not in keys):
            keys.add(key)
            unreached.append(widget)
    return walk.found + _unlisted(unreached, walk, filename), pages


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
        self.radios: dict[str, Field] = {}  # radio leaves by qualified name (`_same_radio`)

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
            named = _T in node
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
            part = text(node[_T]) if named else ""
            name = f"{parent}.{part}" if parent and part else part or parent
            inherited = {**inherited, **{k: node[key] for k, key in _INHERITED if key in node}}
            listed = entry(node, "/Kids")
            kids = (
                [k for k in listed if isinstance(k, pikepdf.Dictionary)]
                if isinstance(listed, pikepdf.Array)
                else []
            )
            # A kid with a name (/T) is a field of its own; one without is a widget of this field.
            field_kids = [k for k in kids if _T in k]
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
                radio = _radio(field_kind, inherited)
                same = self.radios.get(name) if radio else None
                if same is not None:
                    same[3].extend(widgets)
                else:
                    self.found.append((name, node, inherited, widgets, field_kind))
                    if radio:
                        self.radios[name] = self.found[-1]
                if ident is not None:
                    self.leaves[ident] = same or self.found[-1]
                if group is not None:  # its buttons are leaves of it (`_unlisted` joins a box to them)
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
        own = {**inherited, **{k: kid[key] for k, key in _INHERITED if key in kid}}
        if not _radio(kind(own), own):
            return None
        group = group or own
    return group


def kind(inherited: dict) -> str:
    """A field's kind from its (inherited) type and flags: "button", "radio", "checkbox", "text",
    "choice", "signature" or "unknown". Worked out once a field, in the walk that finds it: its type's
    text is two calls into pikepdf, and it was worked out three times a field (decision 0030, "Stop 61:
    pdfread-72")."""
    field_type, flags = text(inherited.get("/FT")), integer(inherited.get("/Ff"))
    if field_type == "/Btn":
        return "button" if flags & (1 << 16) else "radio" if flags & (1 << 15) else "checkbox"
    return {"/Tx": "text", "/Ch": "choice", "/Sig": "signature"}.get(str(field_type), "unknown")


def integer(obj: Any) -> int:
    """A number of the file (pikepdf gives Python's) as an integer; 0 for none or any object."""
    return int(obj) if obj is not None and not isinstance(obj, pikepdf.Object) else 0


def _radio(kind: str, inherited: dict) -> bool:
    """A radio group's field (not a push button), as the walk merges them: /Btn with the Radio flag
    (bit 16) and not bit 17, its flags an integer (not a real, which `kind` reads as one)."""
    return kind == "radio" and isinstance(inherited.get("/Ff"), int)


def _scan(pdf: pikepdf.Pdf) -> tuple[dict[Any, int], list[tuple[Any, Any]]]:
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


def _unlisted(widgets: list[Any], walk: _Walk, filename: str) -> list[Field]:
    """The fields of widgets no listed field reached, in page order: each widget's own field (itself
    when it has a name, else the nearest named node up its /Parent chain), its boxes grouped.

    A box whose field the list did reach, though not this box (its /Kids do not list it), joins that
    field: its state and page are the field's. A widget with no name up its chain is no field an adapter
    can select; a name already read (the list's, or an earlier box's: a second copy of a form's pages
    appended, unlisted) is not read again, so that a name and a printed label keep meaning one field."""
    if len(widgets) > MAX_FIELD_NODES:  # each is climbed: as many as a form may have fields, no more
        raise unreadable(filename, "too many form fields", "for mange formularfelter")
    fields: dict[Any, Field] = {}
    radios = dict(walk.radios)  # radio groups by qualified name: the list's, then the unlisted ones'
    for widget in widgets:
        chain = _chain(widget)
        named = [node for node in chain if _T in node and text(node[_T])]
        if not named:
            continue
        field = named[0]
        group = object_key(field) or id(field)  # a direct field is one widget's own: never shared
        known = fields.get(group) or walk.leaves.get(group)
        if known is not None:
            known[3].append(widget)
            continue
        name = ".".join(str(text(node[_T])) for node in reversed(named))
        inherited = {k: node[key] for node in reversed(chain) for k, key in _INHERITED if key in node}
        field_kind = kind(inherited)
        radio = _radio(field_kind, inherited)
        if radio and (same := radios.get(name)) is not None:
            # A radio button named as a radio group already read is one of its buttons (one qualified
            # name is one field, as the walk reads them): xdvipdfmx writes each of hyperref's buttons as
            # a field of the group's name and lists only the first, so the group read "Off" where the
            # second was chosen (decision 0060, "Stop 65: trial-93"). The group need not be listed: with
            # the form's list lost, its first button alone read "Off" for the second chosen, in silence
            # (decision 0064, "Stop 65: fuzz-96").
            same[3].append(widget)
            continue
        fields[group] = (name, field, inherited, [widget], field_kind)
        if radio:
            radios[name] = fields[group]
    names = {name for name, *_ in walk.found}
    found = []
    for entry in fields.values():
        if entry[0] not in names:
            names.add(entry[0])
            found.append(entry)
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


def form_of(pdf: pikepdf.Pdf) -> pikepdf.Dictionary | None:
    """The catalogue's /AcroForm dictionary, or None when it has none (or it does not resolve)."""
    form = pdf.Root.get("/AcroForm")
    return form if isinstance(form, pikepdf.Dictionary) else None
