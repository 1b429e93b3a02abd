"""What one form field holds, as the hub reports it: the states its boxes or options offer, and its value
as text, by its kind (text, checkbox, radio, choice...: `pdf_leaf.kind`, worked out in the walk).

The reading of the document, its sandbox and its caps are `pdf`'s; this is the PDF's own vocabulary of
field types, appearance states and value objects (PDF 32000 12.7), read from one field's nodes. Where a
field's boxes say two things is `pdf_apart`'s; what a list holds beside its value, and the flags, are
`pdf_list_held`'s.
"""

from __future__ import annotations

import re
from typing import Any

import pikepdf

from hub.adapters.readers.pdf_list_lines import in_list_order, option, texts, value_text
from hub.adapters.readers.pdf_objects import entry
from hub.adapters.readers.pdf_text import name_key, name_text, no_nul, text
from hub.adapters.readers.pdf_unshown import garbled_option, is_string, signature_held, stream_bytes, unshown

_POSITION = re.compile(r"[0-9]{1,6}")  # a box's position in its field's /Opt, as a state's name


def states(kind: str, node: Any, shown: list[list[str]]) -> list[str]:
    """A field's states: a choice's options, or the states its boxes can show (`shown`, each box's)."""
    if kind == "choice":
        options = node.get("/Opt")
        if not isinstance(options, pikepdf.Array):
            return []
        # a line no viewer shows (`pdf_unshown.garbled_option`) is no choice: suggest drafts none for it
        return [option(opt)[1] for opt in options if not garbled_option(opt)]
    states: list[str] = []
    for own in shown:
        states += [s for s in own if s not in states]
    return states


Faces = list["set[str] | None"]  # each box's `faces`, in the order of its field's boxes


def faces(widget: Any) -> set[str] | None:
    """The names of the states a checkbox or radio widget can draw (its `/AP /N` keys, as pikepdf spells
    a dictionary's keys); None where its /AP /N is no dictionary. Read once a box and handed to
    `widget_states`, `shown_state`, `value` and `pdf_apart.shown_apart`: each read the box's /AP and /N again,
    four calls into pikepdf a box (decision 0030, "Stop 61: pdfread-72")."""
    appearance = widget.get("/AP")
    normal = appearance.get("/N") if isinstance(appearance, pikepdf.Dictionary) else None
    return normal.keys() if isinstance(normal, pikepdf.Dictionary) else None


def widget_states(drawn: set[str] | None, options: Any = None) -> list[str]:
    """The states a checkbox or radio widget can show, by its `faces` (`drawn`, its `/AP /N` keys): "Off"
    and its export value (`exported` by the field's `options`, its /Opt)."""
    if drawn is not None:
        # A PDF dictionary has no order (qpdf does not keep the file's): "Off" first, then by name.
        names = sorted(map(name_text, drawn), key=lambda state: (state != "Off", state))
        return [exported(name, options) for name in names]
    return []


def exported(state: str, options: Any) -> str:
    """A box's state as its field exports it. A checkbox or radio group may list its boxes' export values
    (/Opt, PDF 1.5: one a box, in the order of its /Kids), and then name a box's on-state by its position
    there, `/0`, `/1` (Acrobat does so for an export value a name cannot spell, or two boxes exporting the
    same): such a state is the text at its position, so that a group exporting "Ja" and "Nej" reads "Ja"
    and not "0" (decision 0060, "Eleventh trial"). Any other state is its own name, as before."""
    if not isinstance(options, pikepdf.Array) or not _POSITION.fullmatch(state) or int(state) >= len(options):
        return state
    return value_text(options[int(state)]) or state


def stored_state(kind: str, stored: str, widgets: list, drawn: Faces) -> str:
    """A radio group's value as the page shows it: "Off" where it names no state any of its buttons has
    (a viewer turns a button on only by a state it can draw, so none is chosen). hyperref saves its
    placeholder `\\Fld@default` as the value of every group the form's author gave no default, and a
    group left unanswered was refused as "no mapping for '\\Fld@default'" (decision 0060, "Seventeenth
    trial"). A checkbox keeps its value: a box ticked under a state it cannot draw is said apart
    (`pdf_apart.shown_apart`), as LibreOffice saves it; a group whose buttons list no states is read as
    before."""
    if kind != "radio" or stored == "Off":
        return stored
    states = [widget_states(own) for own in drawn]
    if not states or not all(states) or any(stored in own for own in states):
        return stored
    return "Off"


def shown_state(widget: Any, drawn: set[str] | None) -> str | None:
    """The state a box shows on the page: its /AS, "Off" where its appearances draw nothing by that name
    (a viewer then draws no tick: a form tool that sets every box of a group to the chosen state leaves
    the others empty on the page, and the hub read the first box's, a choice no one sees); None where
    the box has no /AS (it is drawn from the value). `drawn`: the box's `faces`."""
    state = entry(widget, "/AS")
    if not isinstance(state, pikepdf.Name):
        return None
    # Its key's spelling: `str` raises on a name that is no UTF-8 (a state named in UTF-16, or
    # Windows-1252's Ø), which failed the whole form as the hub's fault (decision 0025, "Stop 65:
    # fixes-97").
    if drawn is not None and name_key(state) not in drawn:
        return "Off"
    return name_text(state)


def saved(node: Any, inherited: dict, widgets: list) -> Any:
    """The field's value object (/V): its own or inherited; else the one its boxes hold, when each box
    that holds one holds the same. A form library that writes the value onto the field's box (a kid
    widget, no /T) rather than the field leaves the field without one; Firefox's viewer (pdf.js) reads a
    widget's /V first, so the page was filled and the hub read it as empty: a nullable field as not
    filled in, without a word (decision 0060, "Eleventh trial"). Boxes that disagree give none."""
    if "/V" in inherited:
        return inherited["/V"]
    held = [entry(w, "/V") for w in widgets if w is not node]
    found = [v for v in held if v is not None]
    if found and all(written(v) == written(found[0]) for v in found[1:]):
        return found[0]
    return None


def written(held: Any) -> bytes:
    """A value as the file writes it, to tell two boxes' values apart. pikepdf gives a number or a
    boolean as Python's own, which has no `unparse` (a fuzzed form's boxes holding /V 0 raised, and the
    form was refused as an error in the hub): wrapped in an array, any value is written."""
    return pikepdf.Array([held]).unparse()


def value(kind: str, node: Any, inherited: dict, widgets: list, drawn: Faces | None = None) -> str | None:
    """The field's value as text, None when it has none (a button has none; a signature is "signed"), or
    holds one no viewer shows as text (`pdf_unshown`). `drawn`: a box field's boxes' `faces`, read already
    (None: read them now)."""
    raw = saved(node, inherited, widgets)
    if kind in ("checkbox", "radio"):
        drawn = [faces(w) for w in widgets] if drawn is None else drawn
        if isinstance(raw, pikepdf.Name):
            return exported(stored_state(kind, name_text(raw), widgets, drawn), inherited.get("/Opt"))
        # No /V: the widgets' appearance states say what is shown (a checked one wins; a radio group
        # showing two is none, and `pdf_apart.shown_apart` says what it shows).
        shown = [state for state in map(shown_state, widgets, drawn) if state is not None]
        if not shown and is_string(raw):
            # A state written as a string, as PDFKit writes every value, on boxes that show none of their
            # own (no /AS: drawn from the value): the state it spells, as pdf.js reads it
            # (`_decodeFormValue`); it read as nothing chosen (decision 0060, "Stop 62: trial-78").
            return exported(stored_state(kind, text(raw) or "", widgets, drawn), inherited.get("/Opt"))
        on = sorted(set(shown) - {"Off"})
        if kind == "radio" and len(on) > 1:
            return "Off"
        state = next((s for s in shown if s != "Off"), "Off" if shown else None)
        return None if state is None else exported(state, inherited.get("/Opt"))
    if kind == "signature":  # signed by a signature, not by any value (`pdf_unshown`)
        return "signed" if signature_held(raw) else None
    if kind == "text" and is_string(raw):
        return text(raw)  # what the lines below make of a text field's string, in one look at its kind
    if kind == "button" or raw is None or unshown(kind, raw, node.get("/Opt") if kind == "choice" else None):
        return None  # a value no viewer shows as text (`pdf_unshown`): none, and said at the field
    if isinstance(raw, pikepdf.Stream):  # rich text values may be streams
        return no_nul(stream_bytes(raw).decode("utf-8", errors="replace"))
    if kind == "choice":
        options = node.get("/Opt")
        if isinstance(raw, pikepdf.Array):  # several lines may be chosen: as the list prints them, in order
            return "; ".join(in_list_order(raw, options, node.get("/I")))
        labels = dict(option(opt) for opt in options) if isinstance(options, pikepdf.Array) else {}
        return next((labels.get(v, v) for v in texts(raw)), None)
    return "; ".join(texts(raw)) if isinstance(raw, pikepdf.Array) else value_text(raw)
