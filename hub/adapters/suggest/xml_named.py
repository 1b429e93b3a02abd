"""`hub adapters suggest` on XML whose elements are named by an attribute, not by their own names: a
program that writes a dictionary generically, each key a `<felt navn="cpr">` holding its value, perhaps
inside a `<gruppe navn="borger">` (a Tcl application's tdom export, the forty-eighth trial).

Read by their element names, every value was a `felt` under a `gruppe`, no word said what it was, and
the repeated `felt` looked like many records (the draft read one CPR and nothing else). Where an
element's siblings of its name each carry a naming attribute (`navn`, `name`, `key`, `nøgle`) with
distinct values that read as keys (a word with no space: `cpr`, `p_nummer`, `timer_pr_uge`), the step is
selected by it, `d:felt[@navn='cpr']`, its words are that value, and the naming attribute itself is no
value of the form. Repeated elements whose names are people's (`<mentor navn="Kirsten Lund">`, with a
space) or shared by two siblings stay what they were, and so does every element inside a repeated element
not itself named so (Samsø's `<tid:dag navn="man">` in each `<tid:uge>`: a week's days are a list's rows,
not a dictionary's keys): records, or a list's rows (decision 0060, "Stop 67: trial-105").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hub.adapters.readers.base import SourceValue

NAMING_ATTRIBUTES = ("navn", "name", "key", "nøgle", "noegle")
_KEY_LIKE = re.compile(r"[^\W\d][\w.-]*")
_POSITION = re.compile(r"\[\d+\]$")
# An element's step in a reader's key: its namespace in braces may hold slashes (`{http://...}`).
_ELEMENT_STEP = re.compile(r"/(?:\{[^}]*\})?[^/{}\[\]@]+(?:\[\d+\])?")


def _elements(key: str) -> list[str]:
    """The keys of the elements a value's key passes through, outermost first."""
    return [key[: step.end()] for step in _ELEMENT_STEP.finditer(key)]


def named_elements(values: Iterable[SourceValue]) -> dict[str, tuple[str, str]]:
    """Element key (as the reader writes it, `/{ns}a[1]/{ns}gruppe[2]`) → (naming attribute, its value)
    for every element selected by its naming attribute rather than its position."""
    named: dict[str, dict[str, str]] = {}
    elements: set[str] = set()
    for value in values:
        element, at, attribute = value.key.rpartition("/@")
        elements.update(_elements(element if at else value.key))
        if at and attribute in NAMING_ATTRIBUTES:
            named.setdefault(element, {})[attribute] = value.value or ""
    siblings: dict[str, list[str]] = {}
    for element in elements:
        siblings.setdefault(_POSITION.sub("", element), []).append(element)
    found: dict[str, tuple[str, str]] = {}
    for copies in siblings.values():
        if len(copies) < 2:
            continue
        for attribute in NAMING_ATTRIBUTES:
            names = [named.get(e, {}).get(attribute, "") for e in copies]
            if all(_KEY_LIKE.fullmatch(n) for n in names) and len(set(names)) == len(names):
                found.update({e: (attribute, n) for e, n in zip(copies, names, strict=True)})
                break
    # inside a repeated element not named so (a list's row, a record), a name is that row's own
    repeated = {bare for bare, copies in siblings.items() if len(copies) > 1}
    return {
        element: by
        for element, by in found.items()
        if all(a in found or _POSITION.sub("", a) not in repeated for a in _elements(element)[:-1])
    }


def is_name_of(key: str, named: dict[str, tuple[str, str]]) -> bool:
    """Whether a value is the naming attribute of an element selected by it (`felt[@navn='cpr']/@navn`)."""
    element, at, attribute = key.rpartition("/@")
    return bool(at) and named.get(element, ("", ""))[0] == attribute
