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

Siblings that each hold the same fields, two or more besides the name, are records however they are
named: a Perl script's hash of agreements keyed by case number, which XML::Simple's `XMLout` unfolds by
its default KeyAttr into `<aftale name="HH-2027-0113">` (the fifty-third trial, "Stop 68: trial-111"),
is many agreements, not one agreement's keys. A dictionary's groups hold different keys
(`felt[@navn='cpr']` in one, `felt[@navn='cvr']` in the next), its leaves one value each. Records named
by identifiers (each name holds a digit, as a case number does and a dictionary's word does not) may
leave out more of their optional fields: half of the fields any holds shared is enough (fixes-114).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from hub.adapters.readers.base import SourceValue

NAMING_ATTRIBUTES = ("navn", "name", "key", "nøgle", "noegle")
_KEY_LIKE = re.compile(r"[^\W\d][\w.-]*")
_POSITION = re.compile(r"\[\d+\]$")
_DIGIT = re.compile(r"\d")
# An element's step in a reader's key: its namespace in braces may hold slashes (`{http://...}`).
_ELEMENT_STEP = re.compile(r"/(?:\{[^}]*\})?[^/{}\[\]@]+(?:\[\d+\])?")


def _elements(key: str) -> list[str]:
    """The keys of the elements a value's key passes through, outermost first."""
    return [key[: step.end()] for step in _ELEMENT_STEP.finditer(key)]


def named_elements(values: Iterable[SourceValue]) -> dict[str, tuple[str, str]]:
    """Element key (as the reader writes it, `/{ns}a[1]/{ns}gruppe[2]`) → (naming attribute, its value)
    for every element selected by its naming attribute rather than its position."""
    values = tuple(values)  # read twice: once here, once for the fields each element holds (`_records`)
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
    found = {e: by for e, by in found.items() if e not in _records(values, found, siblings)}
    # inside a repeated element not named so (a list's row, a record), a name is that row's own
    repeated = {bare for bare, copies in siblings.items() if len(copies) > 1}
    return {
        element: by
        for element, by in found.items()
        if all(a in found or _POSITION.sub("", a) not in repeated for a in _elements(element)[:-1])
    }


def _records(
    values: tuple[SourceValue, ...], found: dict[str, tuple[str, str]], siblings: dict[str, list[str]]
) -> set[str]:
    """The named elements that are records: their siblings each hold the same fields (all but a fifth of
    those any of them holds; half, where each name holds a digit), two or more besides the name, a nested
    named element counted by its name."""
    fields: dict[str, set[str]] = {}
    for value in values:
        element, at, attribute = value.key.rpartition("/@")
        if at and found.get(element, ("", ""))[0] == attribute:
            continue  # a name, no value of its own
        steps = _elements(element if at else value.key)
        words = [_word(key, found) for key in steps] + ([f"/@{attribute}"] if at else [])
        for depth, outer in enumerate(steps):
            if outer in found:
                fields.setdefault(outer, set()).add("".join(words[depth + 1 :]))
    records: set[str] = set()
    for copies in siblings.values():
        held = [fields.get(e, set()) for e in copies if e in found]
        if len(held) < 2 or any(len(h) < 2 for h in held):
            continue
        shared, every = set.intersection(*held), set.union(*held)
        # Names that each hold a digit are identifiers (a case number, `HH-2027-0113`; `uge49`), never a
        # dictionary's words (`cpr`, `p_nummer`): records that share half the fields any holds, the rest
        # optional and left out of some (a Perl hash's records without their empty keys, fixes-114).
        ids = all(_DIGIT.search(found[e][1]) for e in copies if e in found)
        if len(shared) >= 2 and (5 * len(shared) >= 4 * len(every) or ids and 2 * len(shared) >= len(every)):
            records.update(e for e in copies if e in found)
    return records


def _word(key: str, found: dict[str, tuple[str, str]]) -> str:
    """An element's own step as a field's word: its name without its position, with its naming value if
    it is named (`/felt[cpr]`), so a dictionary's groups differ by the keys they hold."""
    step = _POSITION.sub("", list(_ELEMENT_STEP.finditer(key))[-1].group())
    return f"{step}[{found[key][1]}]" if key in found else step


def is_name_of(key: str, named: dict[str, tuple[str, str]]) -> bool:
    """Whether a value is the naming attribute of an element selected by it (`felt[@navn='cpr']/@navn`)."""
    element, at, attribute = key.rpartition("/@")
    return bool(at) and named.get(element, ("", ""))[0] == attribute
