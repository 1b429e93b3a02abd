"""A PDF radio group left with no button chosen, read through `map`: said as "nothing chosen".

pypdf reads such a group as its off state, "Off". A `map` without an `Off` key would say "no mapping for
'Off'", the PDF's own word, which means nothing to the caseworker who left the group empty; a
checkbox already reads as "afkrydset" / "ikke afkrydset" (hub/web/marks.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.several_lines import lines_chosen, lines_unchoosable
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue

OFF = "Off"  # pypdf's name for a choice field's unchecked state
BOXES = ("radio", "checkbox")  # the fields whose "Off" is PDF's word for nothing chosen, not the sender's


def is_unchosen(value: str | None) -> bool:
    """Whether a choice field's raw value (or a `map` key) is its off state, compared as `map` compares."""
    return value is not None and value.strip().casefold() == OFF.casefold()


def left_unchosen(value: SourceValue | None) -> bool:
    """Whether a value is a radio group with nothing chosen or a box not ticked: PDF's state "Off"."""
    return value is not None and value.meta.get("type") in BOXES and is_unchosen(value.value)


def nothing_chosen(
    value: SourceValue | None, calls: Sequence[TransformCall], optional: bool = False
) -> tuple[str, str] | None:
    """The problem (English, Danish) when a radio group with nothing chosen is read by a `map` that has
    no word for that (no `Off` key, no `default`), or with no transform into a value the record
    requires; or when several lines of a list are chosen where its `map` reads one (`several_chosen`);
    None otherwise, and the value is read as before (with no transform: as no value, `reading`). A list
    that lets one line be chosen holding several (`unchoosable`) is refused where the record needs the
    value; where it may be left out it is read, and its source says so (`provenance`)."""
    if value is not None and value.meta.get("unchoosable") and not optional:
        return lines_unchoosable(value.meta["chosen"])
    if (several := several_chosen(value, calls)) is not None:
        return several
    if value is None or not left_unchosen(value):
        return None
    if not calls:
        # "Off" is PDF's name for the state, no word of the sender's: stored as the record's text it read
        # as an answer nobody gave. Nothing chosen is no value: left out where the field may be, else said.
        return None if optional else left_off(value)
    if not any(call.name in ("map", "default") for call in calls):
        return left_off(value)  # `integer`, `date`...: "not a number: 'Off'" would quote the PDF's word
    if value.meta.get("type") != "radio" or calls[0].name != "map" or "default" in calls[0].args:
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


def left_off(value: SourceValue) -> tuple[str, str]:
    """The problem (English, Danish) when a radio group with nothing chosen, or a check box not ticked,
    is read by a transform that wants a value of it (`integer` for a score of 1-5, `date`): said as the
    caseworker left the field, with the options the page prints beside its buttons, never as "not a
    number: 'Off'" (decision 0064, "Stop 52: words-60")."""
    if value.meta.get("type") == "checkbox":
        return "not ticked: the box must be ticked", "ikke afkrydset: feltet skal afkrydses"
    printed = value.meta.get("choices") or {}
    states = [str(s) for s in value.meta.get("states") or [] if not is_unchosen(str(s))]
    options = ", ".join(repr(str(printed.get(s) or s)) for s in states or printed)
    either_en, either_da = (f" ({options})", f" ({options})") if options else ("", "")
    return (
        f"nothing chosen in the group: one of its options must be chosen{either_en}",
        f"intet valgt i gruppen: en af mulighederne skal vælges{either_da}",
    )


def several_chosen(value: SourceValue | None, calls: Sequence[TransformCall]) -> tuple[str, str] | None:
    """The problem (English, Danish) when a PDF list box that lets several lines be chosen has more than
    one chosen (`chosen`, read by `readers.pdf_list_held.chosen`) and is read by a `map` with no word for
    them together: said as the lines chosen, not as "no mapping for 'Uddannelseshjælp; Kontanthjælp'",
    a text the form never printed (decision 0060, "Fourteenth trial"), nor as the map's `default`, which
    no line chosen is (decision 0025, "Stop 63: pdf-77, a list's lines in its order"). None otherwise."""
    if value is None or not (lines := value.meta.get("chosen")):
        return None
    if not calls or calls[0].name != "map":
        return None
    keys = {key.strip().casefold() for key in calls[0].args["values"]}
    if (value.value or "").strip().casefold() in keys:
        return None  # the config reads these lines together
    return lines_chosen(lines)
