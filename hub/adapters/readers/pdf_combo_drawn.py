"""A combo box whose box draws other lines of its list than the one its value holds: read, and said.

A combo box shows one line, the one chosen (PDF 32000 12.7.4.4: its value, /V, is "the text ... currently
selected"; the widget's appearance is what a viewer draws until it draws the field anew). TCPDF draws a
combo box's appearance as every line of its list, one under the other, whatever was chosen: poppler, which
draws the stored appearance, showed "Kontanthjælp" over a cut "Uddannelseshjælp" on an agreement whose
value is `UDH` (Uddannelseshjælp), while pdf.js shows the value (decision 0060, "Stop 61: trial-76").
The value is what was chosen in the field, and is read; the lines the box draws are kept beside it, so
that the record page can say a person looking at the printed page may see another line (decision 0025,
"Stop 63: pdf-77, a dropdown drawing other lines"). A document asking viewers to draw its boxes anew
(/NeedAppearances, `Appearances.drawn_by` gives "") and a box whose font's characters are not known for
certain are not compared.
"""

from __future__ import annotations

from typing import Any

import pikepdf

from hub.adapters.readers.pdf_list_lines import option
from hub.adapters.readers.pdf_objects import integer
from hub.adapters.readers.pdf_shown import Appearances
from hub.pseudonyms import mask_cpr_like

_COMBO = 1 << 17  # /Ff bit 18: a combo box (a list box rightly draws its lines)


def drawn_lines(
    appearances: Appearances, node: Any, inherited: dict, widgets: list, shown: list[str]
) -> list[str] | None:
    """The lines of its list (as printed, in the order drawn) a combo box's box draws where that is not
    the line its value reads as or its export code (`shown`, compared without white space); the drawn
    text itself where it holds no line of the list; None where the two agree or nothing is compared."""
    if not integer(inherited.get("/Ff")) & _COMBO:
        return None
    drawn = appearances.drawn_by(widgets, "choice")
    if not drawn:
        return None  # nothing drawn, drawn anew by the viewer, or not known for certain
    bare = _bare(drawn)
    if bare in {_bare(text) for text in shown}:
        return None
    options = inherited.get("/Opt", node.get("/Opt"))
    lines = {option(opt)[1] for opt in options} if isinstance(options, pikepdf.Array) else set()
    found = sorted((bare.find(_bare(line)), line) for line in lines if _bare(line) and _bare(line) in bare)
    # Said on the record page: CPR-like text in a list's lines masked, as anything quoted from a document.
    return [mask_cpr_like(line) for _, line in found] or [mask_cpr_like(drawn)]


def _bare(text: str) -> str:
    """A text without its white space: a box's lines are drawn one under the other, their words apart."""
    return "".join(text.split())
