"""A PDF field holding no text read as one part of a `join` (decision 0064, "Stop 55: noticed-63").

`join` puts texts together (a first and a last name); it leaves out an empty part, as a citizen without
a middle name has none. A text field whose value was saved as a PDF boolean (or a dictionary) reads as
no value (`pdf_list_lines.value_text`), and so was left out without a word: Ballerup's citizen was read as
"Mohammad Ali" while the field on the page draws "Rasmussen" (64/pdf/field_type/6). A part whose field
became a check box or radio group (a form program's "prepare form", a damaged field type) reads as its
state, "Off" or an export value nobody typed as a name. Either part is refused at its field and page. A
signature field is refused before this for any text (`signature_fields`); a list or combo box holds the
text of its chosen line and stays a part (a day, a month, a title chosen from a list).

A check box read alone as text is refused at its field too (decision 0064, "Stop 71: fuzz-119"): a field
of Allerød's form made a check box (`91/pdf/field_gone/46@alleroed`) was read as a citizen named "N", its
appearance state, which no viewer shows as text. As a workbook's yes/no cell (`boolean_cells`), a field
read by no transform or by text transforms alone holds text; one that reads a state (`checked`, `map`,
`boolean`) reads the box as before. A radio group stays read: its chosen button's export value is the
value a config may take as it is (a benefit exported as `kontanthjaelp`).
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.boolean_cells import TEXT_TRANSFORMS
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue

# The PDF field kinds (`pdf_leaf.kind`) whose value is a state or a mark, never a text typed in.
NOT_TEXT = frozenset({"checkbox", "radio", "button", "signature"})

NOT_TEXT_IN_JOIN = (
    "the field holds no text (its value is saved as a check box's state or a yes/no, not as text), and it is "
    "one part of the value: it would be left out without a word, whatever the page shows; fill the field "
    "in again in a PDF program that saves form fields (such as Adobe Acrobat Reader) and send it again",
    "feltet har ingen tekst (dets værdi er gemt som et afkrydsningsfelts tilstand eller et ja/nej, ikke som "
    "tekst), og det er én del af værdien: den ville blive udeladt uden et ord, uanset hvad siden viser; "
    "udfyld feltet igen i et PDF-program, der gemmer formularfelter (f.eks. Adobe Acrobat Reader), og send "
    "det igen",
)


BOX_AS_TEXT = (
    "the field is a check box, not a text field: its state {state} is no name or other text, and no viewer "
    "shows it as text; fill the form in again in a PDF program that saves form fields (such as Adobe "
    "Acrobat Reader), or ask for a new copy of the form if the field is a check box there too, and send it "
    "again",
    "feltet er et afkrydsningsfelt, ikke et tekstfelt: dets tilstand {state} er ikke et navn eller anden "
    "tekst, og intet program viser den som tekst; udfyld blanketten igen i et PDF-program, der gemmer "
    "formularfelter (f.eks. Adobe Acrobat Reader), eller bed om en ny kopi af blanketten, hvis feltet også "
    "er et afkrydsningsfelt dér, og send den igen",
)


def box_as_text(
    found: Sequence[tuple[str, SourceValue | None]], calls: Sequence[TransformCall]
) -> tuple[str, SourceValue] | None:
    """The first source (selector and value) that is a check box read as text: by no transform or by
    text transforms alone, never a `join` (its parts: `not_text_in_join`); None where there is none."""
    if any(call.name not in TEXT_TRANSFORMS or call.name == "join" for call in calls):
        return None
    return next(((s, v) for s, v in found if v is not None and v.meta.get("type") == "checkbox"), None)


def not_text_in_join(
    found: Sequence[tuple[str, SourceValue | None]], calls: Sequence[TransformCall]
) -> tuple[str, SourceValue] | None:
    """The first source (selector and value) of a `join` that is a PDF field holding no text; None where
    every part is a text (or not found: said as missing elsewhere), or the value is not a join."""
    if not calls or calls[0].name != "join":
        return None
    return next(((s, v) for s, v in found if v is not None and _not_text(v)), None)


def _not_text(value: SourceValue) -> bool:
    return bool(value.meta.get("not_text")) or value.meta.get("type") in NOT_TEXT
