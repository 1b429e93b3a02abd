"""What one form field holds, as the hub reports it: the states its boxes or options offer, and its value
as text, by its kind (text, checkbox, radio, choice...: `pdf_fields.kind`, worked out in the walk).

The reading of the document, its sandbox and its caps are `pdf`'s; this is the PDF's own vocabulary of
field types, flags, appearance states and value objects (PDF 32000 12.7), read from one field's nodes.
"""

from __future__ import annotations

import re
from typing import Any

import pikepdf

from hub.adapters.readers.pdf_fields import entry, integer
from hub.adapters.readers.pdf_list_lines import in_list_order, option, texts, value_text
from hub.adapters.readers.pdf_text import name_key, name_text, no_nul, text
from hub.adapters.readers.pdf_unshown import garbled_option, is_string, signature_held, stream_bytes, unshown

_POSITION = re.compile(r"[0-9]{1,6}")  # a box's position in its field's /Opt, as a state's name
_EDITABLE_COMBO = 1 << 17 | 1 << 18  # /Ff bits 18 (Combo) and 19 (Edit): a combo box one may type into
_MULTI_SELECT = 1 << 21  # /Ff bit 22: a list box in which several lines may be chosen
_REQUIRED = 1 << 1  # /Ff bit 2: the form marks the field Required


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
    `widget_states`, `shown_state`, `value` and `shown_apart`: each read the box's /AP and /N again,
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
    if isinstance(raw, pikepdf.Name):
        written = name_text(raw)
    elif kind == "radio" and is_string(raw):
        written = text(raw) or ""  # a state written as a string, read as `value` reads it
    else:
        return None
    stored = _stored_state(kind, written, widgets, drawn)
    if on == ([] if stored == "Off" else [stored]):
        return None
    states = {state for own in drawn for state in widget_states(own)}
    states -= {"Off"}
    if kind == "checkbox" and len(states) <= 1 and bool(on) == (stored != "Off"):
        return None  # one box ticked on both, under two names: every state but Off is ticked (`checked`)
    return ", ".join(exported(state, inherited.get("/Opt")) for state in on) or "Off"


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


def _stored_state(kind: str, stored: str, widgets: list, drawn: Faces) -> str:
    """A radio group's value as the page shows it: "Off" where it names no state any of its buttons has
    (a viewer turns a button on only by a state it can draw, so none is chosen). hyperref saves its
    placeholder `\\Fld@default` as the value of every group the form's author gave no default, and a
    group left unanswered was refused as "no mapping for '\\Fld@default'" (decision 0060, "Seventeenth
    trial"). A checkbox keeps its value: a box ticked under a state it cannot draw is said apart
    (`shown_apart`), as LibreOffice saves it; a group whose buttons list no states is read as before."""
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
    if found and all(_written(v) == _written(found[0]) for v in found[1:]):
        return found[0]
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
    if len(held) < 2 or all(_written(v) == _written(held[0][1]) for _, v in held[1:]):
        return None
    return [(w, value(kind, node, {**inherited, "/V": v}, [w])) for w, v in held]


def _written(held: Any) -> bytes:
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
            return exported(_stored_state(kind, name_text(raw), widgets, drawn), inherited.get("/Opt"))
        # No /V: the widgets' appearance states say what is shown (a checked one wins; a radio group
        # showing two is none, and `shown_apart` says what it shows).
        shown = [state for state in map(shown_state, widgets, drawn) if state is not None]
        if not shown and is_string(raw):
            # A state written as a string, as PDFKit writes every value, on boxes that show none of their
            # own (no /AS: drawn from the value): the state it spells, as pdf.js reads it
            # (`_decodeFormValue`); it read as nothing chosen (decision 0060, "Stop 62: trial-78").
            return exported(_stored_state(kind, text(raw) or "", widgets, drawn), inherited.get("/Opt"))
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


def line_code(kind: str, node: Any, inherited: dict, widgets: list) -> str | None:
    """The export code of the one line a list or combo box holds, where its /Opt pairs that code with
    other text (PDFBox's `06` printed `Praktik i anden virksomhed`); None otherwise. The value reads as
    the line's text (decision 0060, "Eleventh trial"); the code is kept beside it so that a config that
    maps the codes reads the line, and a code it does not map is named in the refusal (decision 0025,
    "Stop 61: fixes-72")."""
    options = node.get("/Opt") if kind == "choice" else None
    if not isinstance(options, pikepdf.Array):
        return None
    raw = saved(node, inherited, widgets)
    held = texts(raw) if raw is not None and not isinstance(raw, pikepdf.Stream) else []
    if len(held) != 1:
        return None  # none chosen, or several (`chosen` keeps those apart)
    labels = dict(option(opt) for opt in options)
    shown = labels.get(held[0])
    return held[0] if shown is not None and shown != held[0] else None


def chosen(kind: str, node: Any, inherited: dict, widgets: list) -> list[str] | None:
    """The lines chosen in a list box that lets several be chosen, as its list prints them, where more
    than one is; None otherwise. Its value reads them joined ("Uddannelseshjælp; Kontanthjælp"), which a
    `map` of one line each cannot read: the lines are kept apart so that it can say several were chosen
    (`mapping.unchosen`; decision 0060, "Fourteenth trial")."""
    raw = saved(node, inherited, widgets) if kind == "choice" else None
    if not isinstance(raw, pikepdf.Array) or len(raw) < 2:
        return None
    return in_list_order(raw, node.get("/Opt"), node.get("/I"))


def required(inherited: dict) -> bool:
    """Whether the form marks a field Required (/Ff bit 2, PDF 32000 12.7.3.1, table 221): a viewer draws
    it so and asks for it before the form is submitted, never before it is saved. The config decides
    what the record needs; the flag is said beside it (decision 0025, "Stop 64: lang-85"). Asked of text
    fields and lists only: ReportLab flags every box and radio group it makes Required unless told not to
    (22 of the 23 kept PDFs with a flag, all 130 flags on boxes), so there it says nothing of the form's
    author, and an unticked box is an answer."""
    return bool(integer(inherited.get("/Ff")) & _REQUIRED)


def one_line(inherited: dict) -> bool:
    """Whether a list or combo box lets only one line be chosen (no MultiSelect flag): several saved are
    then no value a person could have chosen in it (decision 0025, "Stop 63: pdf-77, a dropdown drawing
    other lines")."""
    return not integer(inherited.get("/Ff")) & _MULTI_SELECT


def off_list(kind: str, node: Any, inherited: dict, widgets: list) -> list[str] | None:
    """The saved texts of a list box, or a combo box that cannot be edited, that are none of its lines
    (by export code or printed text); None where every one is, or the field may hold any text.

    Such a value (`RF` where the lines are `UH` and `KH`) was read as written, so the sender was told
    "no mapping for 'RF'" while the page showed nothing chosen: Firefox's viewer (pdf.js) selects no line
    of a list box and shows a combo box empty, yet a viewer drawing the stored appearance may show the
    code. What the sender meant cannot be told, so it is refused, not read as nothing chosen (decision
    0060, "Stop 52: noticed-59")."""
    options = node.get("/Opt") if kind == "choice" else None
    editable = integer(inherited.get("/Ff")) & _EDITABLE_COMBO == _EDITABLE_COMBO
    if not isinstance(options, pikepdf.Array) or not len(options) or editable:
        return None  # no lines to compare, or a combo box one may type any text into
    raw = saved(node, inherited, widgets)
    if raw is None or isinstance(raw, pikepdf.Stream):
        return None
    lines = {text for opt in options for text in option(opt)}
    stray = [t for t in texts(raw) if t and t not in lines]  # an empty value is nothing chosen
    return stray or None
