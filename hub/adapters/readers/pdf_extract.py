"""What one opened PDF holds: its fields, each with its value, page, kind, states and (when asked for)
the label printed next to it, and the document's pages, title and producer (`extract`).

Runs in the sandbox worker, on the file qpdf opened (`pdf.read_pdf_unsandboxed`). The text it gathers is
counted as it goes, against the caps of `pdf_text_caps`.
"""

from __future__ import annotations

from typing import Any

import pikepdf

from hub.adapters.readers import pdf_apart, pdf_list_held, pdf_pagecache, pdf_placed, pdf_values
from hub.adapters.readers import pdf_reasons as reasons
from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.readers.excel_errors import FORMULA_ERROR, is_excel_error
from hub.adapters.readers.pdf_choice_words import own_tooltips, parted
from hub.adapters.readers.pdf_combo_drawn import drawn_lines
from hub.adapters.readers.pdf_fields import terminal_fields
from hub.adapters.readers.pdf_label_before import label_before
from hub.adapters.readers.pdf_maker import makers
from hub.adapters.readers.pdf_nofields import why_no_fields
from hub.adapters.readers.pdf_objects import KEYS, integer
from hub.adapters.readers.pdf_runs import Box
from hub.adapters.readers.pdf_shown import appearances_of
from hub.adapters.readers.pdf_text import text
from hub.adapters.readers.pdf_text_caps import chars, check_value, count_text
from hub.adapters.readers.pdf_unshown import said_always, unshown
from hub.adapters.readers.pdf_written import encrypted_strings

# Fields that hold no value anyone typed: a push button ("Udskriv"), a signature (read as "signed").
_NO_VALUE = ("button", "signature")
_TU = KEYS["/TU"]


def extract(
    pdf: pikepdf.Pdf, data: bytes, filename: str, with_labels: bool, pages_broken: bool
) -> Extraction:
    """The fields and the document's meta of `pdf`, opened from `data`; raise UnreadableDocument when
    it has no field to read, or more text than the caps allow."""
    fields, pages = terminal_fields(pdf, filename)
    if not fields:
        raise reasons.rejection(filename, why_no_fields(pdf, data, pages_broken))
    kinds = [field[4] for field in fields]  # worked out once a field, in the walk (`pdf_leaf.kind`)
    if all(kind in _NO_VALUE for kind in kinds):
        raise reasons.rejection(filename, reasons.only_buttons([name for name, *_ in fields], makers(pdf)))
    # qpdf repaired the file (rebuilt a lost table of objects, skipped broken bytes): said in the
    # reading, so that a form not recognised can be told the file is damaged (`recognition`).
    repaired = bool(pdf.get_warnings())
    if repaired and encrypted_strings(pdf, [node for _, node, *_ in fields]):
        raise reasons.rejection(filename, reasons.DAMAGED_STRUCTURE)  # its fields would read as noise
    layout = pdf_pagecache.page_texts(pdf, data, repaired=repaired) if with_labels else None
    values = []
    total = 0
    appearances = appearances_of(pdf)
    placed = [(kind, pdf_placed.page(widgets, pages)) for _, _, _, widgets, kind in fields]
    # Every box of a page is noted before its labels are read: which words are whose in a row of boxes
    # is decided by the row (`pdf_rows`). Text fields make rows of their own ("[__] timer [__] minutter").
    rects = [
        [pdf_placed.rect(w) for w in widgets] if layout is not None else [] for _, _, _, widgets, _ in fields
    ]
    if layout is not None:
        for (kind, page), own in zip(placed, rects, strict=True):
            if kind in ("checkbox", "radio", "text"):
                layout.add_boxes(page, [(rect, []) for rect in own], text=kind == "text")
    for (name, node, inherited, widgets, _), (kind, page), own in zip(fields, placed, rects, strict=True):
        tooltip = text(node[_TU]) if _TU in node else None
        boxed = kind in ("checkbox", "radio")  # only a box's states name its choices
        # Each box's /AP /N read once, for its states and labels, the value and what the boxes show.
        faces = [pdf_values.faces(w) for w in widgets] if boxed else None
        # Each state as the field exports it (`pdf_values.exported`).
        shown = [pdf_values.widget_states(own, inherited.get("/Opt")) for own in faces or ()]
        meta: dict[str, Any] = {
            "page": page + 1 if page is not None else None,
            "type": kind,
            "tooltip": tooltip,
            "states": pdf_values.states(kind, node, shown),
        }
        if kind in ("text", "choice") and pdf_list_held.required(inherited):
            meta["required"] = True  # the form's own Required flag, said in a refusal (`read_problems`)
        if layout is not None:
            boxes: list[Box] = [(rect, shown[i] if boxed else []) for i, rect in enumerate(own)]
            meta["label"] = layout.label(page, boxes, boxed)
            if meta["label"] is None and page and (first := next((r for r in own if r is not None), None)):
                meta["label"] = label_before(layout, page, first)  # at the foot of the page before
            if boxed:
                meta.update(layout.choices(kind, page, boxes))
                if len(meta.get("choices") or ()) > 1:  # one line under several buttons: each its own
                    meta["choices"] = parted(meta["choices"], own_tooltips(widgets, shown))
            if page in layout.skipped:
                meta["label_skipped"] = True  # past the label budget: no label, not "none printed"
        value = pdf_values.value(kind, node, inherited, widgets, faces)
        held = pdf_values.saved(node, inherited, widgets) if kind in ("text", "choice") else None
        if kind == "text" and value and len(value) == (most := integer(node.get("/MaxLen"))):
            # A text that fills its field's limit (a comb's boxes): a viewer cuts what is typed past it,
            # which a refusal of the value says (`mapping.full_fields`: a CPR number's hyphen took a
            # digit's place). Noted only then: every other value's meta is as before.
            meta["max_len"] = most
        unsaved = kind == "text" and held is None
        if held is not None and value is None:
            meta["not_text"] = True  # saved as a boolean or a dictionary: no text typed (`join_parts`)
        elif value is not None and kind in ("text", "choice") and is_excel_error(value):
            # Excel's error text, a mail merge's from a sheet whose formula failed: refused where it is
            # read, as a CSV's, XML's or workbook's (`excel_errors`, decision 0025, "Stop 66: fixes-100")
            meta[FORMULA_ERROR] = True
        raw = held if kind in ("text", "choice") else pdf_values.saved(node, inherited, widgets)
        if (what := unshown(kind, raw, node.get("/Opt") if kind == "choice" else None)) is not None:
            # A value no viewer shows as the field holds it (`pdf_unshown`): said with the text its boxes
            # draw; where they draw none, every viewer shows the field empty (unsigned), and so it is read,
            # but for a value viewers part on (`said_always`).
            drawn = appearances.drawn_by(widgets, kind)
            if drawn != "" or said_always(kind, what):
                meta["unshown"] = [*what, drawn]
        if apart_boxes := pdf_apart.boxes_apart(kind, node, inherited, widgets):
            # The boxes hold different values (a field on two pages): said so, not "never saved".
            meta["values_apart"] = [[pdf_placed.page_number([w], pages), held] for w, held in apart_boxes]
        elif unsaved and appearances.shows_text(widgets):
            meta["shown_only"] = True  # drawn on the page, never saved as the value (`pdf_shown`)
        elif value is not None and appearances.compares(kind, node, inherited, widgets):
            if (other := appearances.shows_other(widgets, value)) is not None:
                meta["shown_text"] = other  # the page shows an old text, the value holds another
        if code := pdf_list_held.line_code(kind, node, inherited, widgets):
            meta["code"] = code  # the chosen line's export code, beside its text (`mapping.line_codes`)
        if kind == "choice" and (
            other_lines := drawn_lines(appearances, node, inherited, widgets, [t for t in (value, code) if t])
        ):
            meta["drawn_lines"] = other_lines  # a combo box drawing other lines than its own (TCPDF: all)
        if lines := pdf_list_held.chosen(kind, node, inherited, widgets):
            meta["chosen"] = lines  # several lines of a list chosen: each as printed
            if pdf_list_held.one_line(inherited):
                meta["unchoosable"] = True  # saved where only one can be chosen (the whole list)
        if stray := pdf_list_held.off_list(kind, node, inherited, widgets):
            meta["off_list"] = stray  # a saved value that is none of the list's lines
        if (apart := pdf_apart.shown_apart(kind, node, inherited, widgets, faces)) is not None:
            meta["shown_state"] = apart  # the page shows another choice than the value says
            saved = pdf_apart.saved_state(
                kind, pdf_values.saved(node, inherited, widgets), widgets, faces or []
            )
            if saved is not None and saved != value:  # said in the refusal: the value read is the page's
                meta["saved_state"] = pdf_values.exported(saved, inherited.get("/Opt"))
        elif faces is not None and value not in (None, "Off") and not any(faces):
            # A choice whose boxes draw nothing at all (no /AP: PDFKit's buttons): read from the value, as
            # before, though a person who opens the file sees none chosen; said where it is shown, not
            # refused (decision 0025, "Stop 63: pdf-77, a button chosen that draws nothing").
            meta["undrawn"] = True
        check_value(value, filename)
        # Counted as we go, so that many fields sharing one long string stop the reading early.
        total = count_text(total + chars(name) + chars(value) + chars(meta), filename)
        values.append(SourceValue(key=name, value=value, meta=meta))
    doc: dict[str, Any] = {"pages": len(pdf.pages)}
    if repaired:
        doc["repaired"] = True
    if layout is not None and len(pdf.pages):
        doc["title"] = layout.title()
    if layout is not None and layout.skipped:
        # The pages (1-based) whose labels the budget left unread (`pdf_labelbudget`).
        doc["labels_skipped"] = sorted(page + 1 for page in layout.skipped)
    if layout is not None and layout.unreadable:
        # The pages (1-based) whose printed text pypdf could not read (`pdf_pagecache`).
        doc["text_unreadable"] = sorted(page + 1 for page in layout.unreadable)
    info = pdf.trailer.get("/Info")
    producer = text(info.get("/Producer")) if isinstance(info, pikepdf.Dictionary) else None
    if producer:
        doc["producer"] = producer
    count_text(total + chars(doc), filename)
    return Extraction(format="pdf", values=tuple(values), meta=doc)
