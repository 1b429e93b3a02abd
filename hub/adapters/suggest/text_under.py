"""A text written under its heading for `hub adapters suggest`: a row holding one cell, its value, straight
under a row holding one cell, its label ("Formål med praktikken" over the purpose merged across the
sheet's width; "Bemærkninger:" over a note).

A lone cell in a row is otherwise read as a section heading, so such a text was drafted as nobody's
value and became the heading of the labels after it (decision 0060, "Stop 63: trial-81"). A value is
told from a heading by its text: a digit or a line break, which no heading holds (`header_rows.label_like`
says the rest: letters only). A cell under the form's title is the title's subtitle, not its value.
"""

from __future__ import annotations

from hub.adapters.readers.base import SourceValue
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.header_rows import col_of, label_like


def is_text_under(cell: SourceValue, label: SourceValue | None) -> bool:
    """Whether a row's lone `cell` is the value of `label`, the lone cell of the row straight above it
    (None: that row holds no lone cell), in the same column."""
    if label is None or col_of(cell) != col_of(label) or not label_like(label.value):
        return False
    text = cell.value or ""
    return bool(text.strip()) and (not label_like(text) or "\n" in text.strip())


def text_under(cell: SourceValue, label: str, named: str | None, on: str | None) -> Candidate:
    """The candidate of the text `cell` under `label`: `below:` the label as the form names it (`named`,
    None where no label path can), on the sheet `on` names ("" the form's own; None: a cell instead)."""
    selector = f"{on}below:{named}" if on is not None and named else cell.key
    return Candidate(selector, (label,), f'label "{label}", the text under it', cell.value)
