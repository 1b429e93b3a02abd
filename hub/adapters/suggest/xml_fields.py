"""`hub adapters suggest` on XML: which of two nodes naming the same field the draft reads. A code
attribute over its display text (`<Ydelse kode="KH">Kontanthjælp</Ydelse>`), an attribute holding the
value over its empty element (`<Mentor navn="Jens Bach"/>`); an element whose attributes hold the
values is no value of its own."""

from __future__ import annotations

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.sources import CODE_ATTRIBUTES
from hub.adapters.suggest.targets import guess_target
from hub.adapters.suggest.values import date_like, value_transforms
from hub.adapters.suggest.words import fold


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
        element = suggestion.selectors[0] if suggestion.path and len(suggestion.selectors) == 1 else ""
        if suggestion.seen or not any(attribute_of(s, element) for s in selectors):
            continue
        if taken.get(suggestion.path or "") is suggestion:
            del taken[suggestion.path or ""]
        suggestion.note = (
            f"looks like {suggestion.path}, but the element is empty: its attributes hold values"
        )
        suggestion.path, suggestion.transforms, suggestion.targets = None, [], {}


def prefer_attribute(
    cand: Candidate, seen: str, other: FieldSuggestion, commented: FieldSuggestion
) -> FieldSuggestion:
    """An empty element and its attribute both name the field (`<Mentor navn="Jens Bach"/>`): draft
    the attribute, which holds the value; the element, empty in the sample, is left as a comment."""
    element, element_where = other.selectors[0], other.where
    other.selectors, other.seen, other.where = [cand.selector], seen, cand.where
    if not other.transforms and other.path:
        other.transforms = value_transforms(other.path, seen)
    commented.selectors, commented.where, commented.seen = [element], element_where, None
    commented.note = f"empty in this file: its attribute @{cand.selector.rpartition('/@')[2]} holds the value"
    return commented


def signed_on_beside(
    fields: list[FieldSuggestion], taken: dict[str, FieldSuggestion], paths: tuple[str, ...]
) -> None:
    """A signature's day written as the text of the element whose attribute names the signer
    (`<Godkendt af="Henrik Jessen">2026-03-31T16:42:00+02:00</Godkendt>`) is `signed_on` (changed in
    place): the element's name says approval, not a date, and was left a TODO beside a drafted signer."""
    signer = taken.get("signed_by")
    if signer is None or "signed_on" in taken or "signed_on" not in paths or "/@" not in signer.selectors[0]:
        return
    element = signer.selectors[0].rpartition("/@")[0]
    for suggestion in fields:
        if suggestion.path is None and suggestion.selectors == [element] and date_like(suggestion.seen or ""):
            suggestion.path, suggestion.transforms, suggestion.note = "signed_on", ["date"], ""
            taken["signed_on"] = suggestion
            return
