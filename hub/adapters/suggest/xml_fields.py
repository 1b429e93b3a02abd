"""`hub adapters suggest` on XML: which of two nodes naming the same field the draft reads. A code
attribute over its display text (`<Ydelse kode="KH">Kontanthjælp</Ydelse>`), an attribute holding the
value over its empty element (`<Mentor navn="Jens Bach"/>`); an element whose attributes hold the
values is no value of its own."""

from __future__ import annotations

import re

from hub.adapters.mapping.no_value_text import TEXT_WORDS
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.sources import CODE_ATTRIBUTES
from hub.adapters.suggest.targets import guess_target
from hub.adapters.suggest.values import date_like, value_transforms
from hub.adapters.suggest.words import fold

# `form_paths.not_drafted`'s note of a value the record may hold
_OPTIONAL = re.compile(r"looks like (\S+), which a \w+ record may hold \(optional\)")


def code_of(selector: str, element: str) -> bool:
    """True when `selector` is a code attribute of `element` (`.../e:Ydelse/@kode` of `.../e:Ydelse`)."""
    parent, _, name = selector.rpartition("/@")
    return parent == element and fold(name.rpartition(":")[2]) in CODE_ATTRIBUTES


def prefer_code(
    cand: Candidate, seen: str | None, other: FieldSuggestion, commented: FieldSuggestion
) -> FieldSuggestion:
    """A code and its display text both name the field: draft the code, which does not change with
    wording or language; the display text (seen beside it) guesses what the code means."""
    display, display_selector = other.seen, other.selectors[0]
    other.selectors, other.seen, other.where = [cand.selector], seen, cand.where
    if "map" in other.transforms and seen and other.path:
        other.targets = {seen: guess_target(other.path, display or "")}
        other.printed = {seen: display} if display else {}
    commented.selectors, commented.seen = [display_selector], display
    commented.note = f"the display text of the code {cand.selector}, drafted instead"
    return commented


def no_value_seen(seen: str | None) -> bool:
    """Whether a sample value is none: empty, or a program's word for no value (`None`, `null`: the
    mapping's `TEXT_WORDS`, which reads it as no value)."""
    return not seen or seen.strip() in TEXT_WORDS


def attribute_of(selector: str, element: str) -> bool:
    """True when `selector` is an attribute of the XML `element` (`.../d:Mentor/@navn` of `.../d:Mentor`)."""
    return selector.rpartition("/@")[0] == element and element.startswith("/")


def attribute_carriers(
    fields: list[FieldSuggestion], candidates: list[Candidate], taken: dict[str, FieldSuggestion]
) -> None:
    """An XML element with no text whose attributes hold values (`<fk:virksomhed fk:pnr="..."/>`) is no
    value of its own, whatever its name says: its field is left a TODO (changed in place)."""
    selectors = [c.selector for c in candidates]
    for suggestion in fields:
        element = suggestion.selectors[0] if len(suggestion.selectors) == 1 else ""
        if suggestion.seen or suggestion.seen_many or not any(attribute_of(s, element) for s in selectors):
            continue
        if suggestion.path is None:
            _optional_carrier(suggestion)
            continue
        if taken.get(suggestion.path or "") is suggestion:
            del taken[suggestion.path or ""]
        suggestion.note = (
            f"looks like {suggestion.path}, but the element is empty: its attributes hold values"
        )
        suggestion.path, suggestion.transforms, suggestion.targets = None, [], {}


def _optional_carrier(suggestion: FieldSuggestion) -> None:
    """The same of a value the record may hold (`<borger cpr="..." navn="..."/>`, an R script's xml2
    export: decision 0060, "Stop 68: trial-112"): offered as optional, the empty element taken in beside
    its attribute `@navn` clashed with it and the draft was refused whole."""
    guessed = _OPTIONAL.fullmatch(suggestion.note)
    if guessed is not None:
        suggestion.note = f"looks like {guessed[1]}, but the element is empty: its attributes hold values"


def prefer_attribute(
    cand: Candidate, seen: str, other: FieldSuggestion, commented: FieldSuggestion
) -> FieldSuggestion:
    """An empty element and its attribute both name the field (`<Mentor navn="Jens Bach"/>`): draft
    the attribute, which holds the value; the element, empty in the sample or holding a program's word
    for no value (`None`), is left as a comment."""
    element, element_where, word = other.selectors[0], other.where, (other.seen or "").strip()
    other.selectors, other.seen, other.where = [cand.selector], seen, cand.where
    if not other.transforms and other.path:
        other.transforms = value_transforms(other.path, seen)
    commented.selectors, commented.where, commented.seen = [element], element_where, None
    held = f"the word {word} (no value)" if word else "empty"
    attribute = cand.selector.rpartition("/@")[2]
    commented.note = f"{held} in this file: its attribute @{attribute} holds the value"
    return commented


def signed_on_beside(
    fields: list[FieldSuggestion], taken: dict[str, FieldSuggestion], paths: tuple[str, ...]
) -> None:
    """A signature's day on the element whose attribute names the signer is `signed_on` (changed in
    place): its text (`<Godkendt af="Henrik Jessen">2026-03-31T16:42:00+02:00</Godkendt>`), else the one
    other attribute of it holding a day (`<godkendt af='Lone Kjærgaard' tid='2026-11-02T09:14:03+01:00'/>`,
    a Ruby app's REXML export, decision 0060, "Stop 66: trial-101"). The element's name says approval,
    not a date, and an attribute's name (`tid`, `tidspunkt`, `ts`) need be no date word: each was left a
    TODO beside a drafted signer, and every record refused for want of the day. Two attributes holding
    days (`oprettet`, `tid`) are left for a person: which one is the approval's, the file does not say."""
    signer = taken.get("signed_by")
    if signer is None or "signed_on" in taken or "signed_on" not in paths or "/@" not in signer.selectors[0]:
        return
    element = signer.selectors[0].rpartition("/@")[0]
    open_days = [f for f in fields if f.path is None and len(f.selectors) == 1 and date_like(f.seen or "")]
    text = [f for f in open_days if f.selectors == [element]]
    days = text or [f for f in open_days if attribute_of(f.selectors[0], element)]
    if len(days) == 1:
        days[0].path, days[0].transforms, days[0].note = "signed_on", ["date"], ""
        taken["signed_on"] = days[0]
