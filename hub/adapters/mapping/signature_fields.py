"""A PDF signature field read where the config reads a text (decision 0064, "Stop 55: fuzz-63").

The PDF reader gives a signature field the value "signed" when it holds one, or nothing: what a person
signed, never what they typed. A form whose text field became a signature field (a form program's
"prepare form" turns the field beside "Underskrift" or "Mentor" into one; a field's type damaged) was
read through the config's text field with that word as its text: Gentofte's timesheet was accepted from
the mentor "signed" (64/pdf/field_gone/1), a placement's end with the note "signed" (65/pdf/field_gone/21),
while the page showed the name typed in the box. A config that means the signature says so with a `map`
(`signed = "ja"`); any other reading of one is refused at the field.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue

SIGNATURE_AS_TEXT = (
    "the field is a signature field, not one to type text in: it reads as signed or not, never as the text "
    "it shows; fill in the form as the municipality sent it, where this is a text field, and send it again",
    "feltet er et signaturfelt, ikke et felt at skrive tekst i: det læses som underskrevet eller ej, aldrig "
    "som den tekst, det viser; udfyld blanketten, som kommunen sendte den, hvor dette er et tekstfelt, og "
    "send den igen",
)


def signature_as_text(
    found: Sequence[tuple[str, SourceValue | None]], calls: Sequence[TransformCall], optional: bool
) -> tuple[str, SourceValue] | None:
    """The first source (selector and value) that is a PDF signature field read as a text: by a chain of
    transforms without a `map` (which says what signed means), holding a signature, or left unsigned where
    a value is required (which would be said as "no field named …", a field the form has). None where
    there is none, and the value is read as before."""
    if any(call.name == "map" for call in calls):
        return None
    for selector, value in found:
        if value is None or value.meta.get("type") != "signature":
            continue
        if value.value is not None or not optional:
            return selector, value
    return None
