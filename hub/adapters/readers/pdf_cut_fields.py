"""A PDF cut short in its only save whose form lists fields the cut took with it (decision 0064,
"Stop 66: fuzz-101").

qpdf rebuilds a file that has lost its end from what is left, and the hub reads what is left (decision
0025, stop 50: only a file whose cut took a later save is refused, `pdf_ends.last_save_lost`, since then
the save before reads as the document's). The form's list of fields (/AcroForm /Fields) and each field's
list of kids (/Kids) name their fields and boxes by object number; an object the cut took is null where
it is named, and the field walk (`pdf_fields`) passes a null by. MuPDF writes a form's last field after
the others: Silkeborg's agreement cut at 4.7 KB of 10.8 KB lost its optional purpose field alone, and was
read with the purpose left empty, without a word (`76/pdf/truncate/6@silkeborg`).

What was lost is noted in the reading (`fields_lost`), not refused here: a cut that took a field no form
reads leaves what the form reads whole (the reportlab form cut in half, decision 0025, is read so), and
which fields a form reads is the mapping's to know (`mapping/cut_fields`). Looked at only in a file that
has lost its end (`pdf_ends.end_missing`): a whole file naming a missing object is read as before.
"""

from __future__ import annotations

from typing import Any

import pikepdf

from hub.adapters.readers.pdf_leaf import MAX_FIELD_NODES
from hub.adapters.readers.pdf_objects import entry, form_of, object_key
from hub.adapters.readers.pdf_text import text

META = "fields_lost"  # the extraction's meta: the names below, sorted (read by `mapping/cut_fields`)


def lost_names(pdf: pikepdf.Pdf) -> list[str]:
    """Where the form names an object that is not in the file (null where a field or box was named):
    "" for a field of the catalogue's list (its name was in the lost object), else the qualified name of
    the field whose kid was lost (a field inside it, or one of its boxes). Each node is walked once, and
    no more nodes than the field walk takes (it refuses a form with more)."""
    form = form_of(pdf)
    listed = entry(form, "/Fields") if form is not None else None
    if not isinstance(listed, pikepdf.Array):
        return []  # no list, or one that is no list: the field walk and `pdf_nofields` judge those
    lost: set[str] = set()
    stack: list[tuple[Any, str]] = [(node, "") for node in listed]
    seen: set[Any] = set()
    while stack and len(seen) <= MAX_FIELD_NODES:
        node, parent = stack.pop()
        if node is None:  # pikepdf gives a null item, the lost object's, as None
            lost.add(parent)
            continue
        ident = object_key(node)
        if not isinstance(node, pikepdf.Dictionary) or (ident is not None and ident in seen):
            continue
        seen.add(ident if ident is not None else id(node))
        part = text(node["/T"]) if "/T" in node else ""
        name = f"{parent}.{part}" if parent and part else part or parent
        kids = entry(node, "/Kids")
        if isinstance(kids, pikepdf.Array):
            stack.extend((kid, name) for kid in kids)
    return sorted(lost)
