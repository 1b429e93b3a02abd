"""Where one field's boxes say two things: a checkbox or radio group whose boxes show another state than
its value names (`shown_apart`), and a text field or list whose boxes hold different values and the
field none (`boxes_apart`). Which one the sender meant is not the hub's to guess: the reader marks the
field (`pdf_extract`) and the mapping refuses it at the field (`mapping.shown_apart`). What each box and
value says is read as `pdf_values` reads it.
"""

from __future__ import annotations

from typing import Any

import pikepdf

from hub.adapters.readers.pdf_objects import entry
from hub.adapters.readers.pdf_text import name_text, text
from hub.adapters.readers.pdf_unshown import is_string
from hub.adapters.readers.pdf_values import (
    Faces,
    exported,
    faces,
    saved,
    shown_state,
    stored_state,
    value,
    widget_states,
    written,
)


def shown_apart(
    kind: str, node: Any, inherited: dict, widgets: list, drawn: Faces | None = None
) -> str | None:
    """What the boxes of a checkbox or radio group show (their on-states joined, "Off" for none) where
    that is not what its value (/V) says; None where the two agree, or where the boxes do not all say.

    A program that fills a form by setting the value alone (or the boxes alone) leaves a page showing
    "Nej" chosen while the value says "Ja": a reader of the page and a reader of the value see two
    answers, and which one the sender meant is not the hub's to guess (decision 0060, "Eleventh trial").
    Compared as the file names them, before `/Opt` gives them their export values. `drawn`: the boxes'
    `faces`, read already (None: read them now)."""
    if kind not in ("checkbox", "radio"):
        return None
    drawn = [faces(w) for w in widgets] if drawn is None else drawn
    raw = saved(node, inherited, widgets)
    shown = [shown_state(w, own) for w, own in zip(widgets, drawn, strict=True)]
    if kind == "radio" and len(widgets) > 1:
        shown = [
            _held_state(w, own) if s is None else s for w, own, s in zip(widgets, drawn, shown, strict=True)
        ]
    if not shown or None in shown:
        return None  # a box without its shown state (/AS) is drawn from the value: nothing to compare
    on = sorted({state for state in shown if state is not None} - {"Off"})
    if raw is None and kind == "radio" and len(on) > 1:
        return ", ".join(exported(state, inherited.get("/Opt")) for state in on)  # no value, two shown
    if (stored := saved_state(kind, raw, widgets, drawn)) is None:
        return None
    if on == ([] if stored == "Off" else [stored]):
        return None
    states = {state for own in drawn for state in widget_states(own)}
    states -= {"Off"}
    if kind == "checkbox" and len(states) <= 1 and bool(on) == (stored != "Off"):
        return None  # one box ticked on both, under two names: every state but Off is ticked (`checked`)
    return ", ".join(exported(state, inherited.get("/Opt")) for state in on) or "Off"


def saved_state(kind: str, raw: Any, widgets: list, drawn: Faces) -> str | None:
    """The state a checkbox's or radio group's value (/V, `raw`) names, as the page would show it
    (`stored_state`); None where it names none. A state written as a string is read as the name it spells,
    a checkbox's as a radio group's: CAM::PDF's `fillFormFields` writes every value a string, `(Ja)`, and
    sets no box's /AS, and a box its value says is ticked read as not ticked, without a word, where the
    radio group beside it was refused (decision 0060, "Stop 72: trial-124"). An empty string names no
    state, as Off: Perl's false is `''`, and a box a filler left empty so read as "saved as ticked" and was
    refused (decision 0068, "Stop 72: review-125")."""
    if isinstance(raw, pikepdf.Name):
        return stored_state(kind, name_text(raw), widgets, drawn)
    if is_string(raw):
        return stored_state(kind, text(raw) or "Off", widgets, drawn)
    return None


def _held_state(widget: Any, drawn: set[str] | None) -> str | None:
    """The state a radio button without /AS shows where it holds a value of its own (a button that is a
    field of its group's name, as xdvipdfmx writes hyperref's): that value where the button draws it,
    else "Off"; None for a button drawn from its group's value. A viewer draws each such button by its
    own value: with the group's listed button saying a state none draws and the others still
    Aktivitetsparat, the page showed Aktivitetsparat and the group read as none chosen, without a word
    (decision 0064, "Stop 65: fuzz-96")."""
    held = entry(widget, "/V")
    if isinstance(held, pikepdf.Name):
        state = name_text(held)
        return state if drawn is not None and str(held) in drawn else "Off"
    if is_string(held):  # a state written as a string (`value`): drawn where a face has its name
        state = text(held) or ""
        return state if drawn is not None and f"/{state}" in drawn else "Off"
    return None


def boxes_apart(kind: str, node: Any, inherited: dict, widgets: list) -> list[tuple[Any, str | None]] | None:
    """Each box and the value it holds, where a text field or list has no value of its own and its boxes
    hold different ones; None otherwise. A field shown on two pages (a form's head repeating the CPR
    number) is one field with a box on each; a filler that writes the value onto each box (`saved`) and
    corrects one leaves the pages showing two values, and the field has none to read. Said apart from
    a value never saved (`pdf_shown`), so that the sender is told the pages disagree (decision 0060,
    "Fourteenth trial"). Boxes of a checkbox or radio group are compared by their states (`shown_apart`)."""
    if kind not in ("text", "choice") or "/V" in inherited:
        return None
    held = [(w, v) for w in widgets if w is not node and (v := entry(w, "/V")) is not None]
    if len(held) < 2 or all(written(v) == written(held[0][1]) for _, v in held[1:]):
        return None
    return [(w, value(kind, node, {**inherited, "/V": v}, [w])) for w, v in held]
