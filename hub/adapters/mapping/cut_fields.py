"""A PDF field the file's cut may have taken (decision 0064, "Stop 66: fuzz-101").

A PDF cut short in its only save is read from what is left (decision 0025, stop 50), and the reader notes
where the form names an object the cut took (`readers/pdf_cut_fields`): "" for a field of the form's
list (its name went with it), else the name of the field that lost a field inside it or one of its boxes.
A field the form reads that is not found in such a file, or one that lost boxes, is refused at the field:
read as missing it was "no field named" (the file's damage said as the form's), read as optional it was
left empty in silence (Silkeborg's purpose, `76/pdf/truncate/6@silkeborg`), and a radio group that lost
its chosen button read as none chosen. A field the form does not read may be lost: what it reads is whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.readers.base import SourceValue

LOST_KEY = "fields_lost"  # the extraction's meta the PDF reader notes them in (`pdf_cut_fields.META`)
LOST_WITH_END = (
    "the file ends too early: fields of its form, or a field's buttons, were lost with its end, and this"
    " field may be one of them, so what it held is missing; send the whole file again",
    "filen slutter for tidligt: felter i dens formular, eller et felts knapper, gik tabt med slutningen,"
    " og dette felt kan være et af dem, så det, det indeholdt, mangler; send hele filen igen",
)


def cut_source(
    found: Sequence[tuple[str, SourceValue | None]], lost: Sequence[str]
) -> tuple[str, SourceValue | None] | None:
    """The first source (selector and value) the cut may have taken, given the names the reader noted
    (`lost`); None when none. A field found is lost in part when it lost boxes (its name noted); one not
    found may be lost when a field of the list was (""), when it is named by its tooltip or printed label
    (its name is not known), or when its name is inside a field that lost one (`borger.cpr` in `borger`)."""
    for selector, value in found:
        if value is not None:
            if value.key in lost:
                return selector, value
            continue
        kind, colon, _ = selector.partition(":")
        name = selector.strip()
        if "" in lost or (colon and kind.strip() in ("tooltip", "label")):
            return selector, None
        if any(name == part or name.startswith(part + ".") for part in lost):
            return selector, None
    return None
