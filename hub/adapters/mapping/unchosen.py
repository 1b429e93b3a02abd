"""A PDF radio group left with no button chosen, read through `map`: said as "nothing chosen".

pypdf reads such a group as its off state, "Off". A `map` without an `Off` key would say "no mapping for
'Off'", the PDF's own word, which means nothing to the caseworker who left the group empty; a
checkbox already reads as "afkrydset" / "ikke afkrydset" (hub/web/marks.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue
from hub.quoting import quoted, quoted_da

OFF = "Off"  # pypdf's name for a choice field's unchecked state


def is_unchosen(value: str | None) -> bool:
    """Whether a choice field's raw value (or a `map` key) is its off state, compared as `map` compares."""
    return value is not None and value.strip().casefold() == OFF.casefold()


def nothing_chosen(value: SourceValue | None, calls: Sequence[TransformCall]) -> tuple[str, str] | None:
    """The problem (English, Danish) when a radio group with nothing chosen is read by a `map` that has
    no word for that (no `Off` key, no `default`), or when several lines of a list are chosen where its
    `map` reads one (`several_chosen`); None otherwise, and the value is read as before."""
    if (several := several_chosen(value, calls)) is not None:
        return several
    if value is None or value.meta.get("type") != "radio" or not is_unchosen(value.value):
        return None
    if not calls or calls[0].name != "map" or "default" in calls[0].args:
        return None
    if any(is_unchosen(key) for key in calls[0].args["values"]):
        return None  # the config says what nothing chosen means ("Off" = "": no value)
    # The options as the form prints them beside its buttons ("Kontanthjælp"), where the reader found
    # them; else the export values the config maps ("Valg1").
    printed = value.meta.get("choices") or {}
    options = ", ".join(repr(str(printed.get(k) or k)) for k in calls[0].args["values"])
    return (
        f"nothing chosen: one of the options must be chosen ({options})",
        f"ikke valgt: en af mulighederne skal vælges ({options})",
    )


def several_chosen(value: SourceValue | None, calls: Sequence[TransformCall]) -> tuple[str, str] | None:
    """The problem (English, Danish) when a PDF list box that lets several lines be chosen has more than
    one chosen (`chosen`, read by `readers.pdf_values.chosen`) and is read by a `map` with no word for
    them together: said as the lines chosen, not as "no mapping for 'Uddannelseshjælp; Kontanthjælp'",
    a text the form never printed (decision 0060, "Fourteenth trial"). None otherwise."""
    if value is None or not (lines := value.meta.get("chosen")):
        return None
    if not calls or calls[0].name != "map" or "default" in calls[0].args:
        return None
    keys = {key.strip().casefold() for key in calls[0].args["values"]}
    if (value.value or "").strip().casefold() in keys:
        return None  # the config reads these lines together
    said_en, said_da = ", ".join(quoted(line) for line in lines), ", ".join(quoted_da(line) for line in lines)
    count = len(lines)
    return (
        f"{count} lines are chosen in the list, {said_en}: only one may be; choose one and send the form "
        "again",
        f"{count} linjer er valgt på listen, {said_da}: kun én må vælges; vælg én, og send blanketten igen",
    )
