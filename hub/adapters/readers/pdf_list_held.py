"""What a list or combo box holds beside the value it reads as (`pdf_values.value`): the export code of
its one line, the lines chosen where several are, and saved texts that are none of its lines; and the
field flags (/Ff, PDF 32000 12.7.3.1 and 12.7.4.4) read of text fields and lists: Required, MultiSelect,
Combo and Edit. Each is said at the field beside its value (`pdf_extract`), never instead of it.
"""

from __future__ import annotations

from typing import Any

import pikepdf

from hub.adapters.readers.pdf_list_lines import in_list_order, option, texts
from hub.adapters.readers.pdf_objects import integer
from hub.adapters.readers.pdf_values import saved

_EDITABLE_COMBO = 1 << 17 | 1 << 18  # /Ff bits 18 (Combo) and 19 (Edit): a combo box one may type into
_MULTI_SELECT = 1 << 21  # /Ff bit 22: a list box in which several lines may be chosen
_REQUIRED = 1 << 1  # /Ff bit 2: the form marks the field Required


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
