"""`hub adapters suggest` on XML: an element repeated (a week a `<uge>`, a day a `<dag>`) is one TODO
pointing at a list, not one TODO for each of its copies and each of their attributes. The list itself
is drafted by `xml_rows`, which names the person's choice of row (a week with its days added up by
`sum`, or a day with its date)."""

from __future__ import annotations

import re

from hub.adapters.suggest.fields import FieldSuggestion

_INDEX = re.compile(r"\[(\d+)\]")


def fold_repeats(fields: list[FieldSuggestion]) -> list[FieldSuggestion]:
    """The fields without the TODOs of an XML element's second and later copies; the first copy's TODO
    names the repeated element (its last step) and how many copies there are. A drafted field is kept
    whatever its index: `[2]` may be a second phone number the person wants."""
    copies: dict[str, set[str]] = {}  # the repeated element's path → the copies seen
    kept = []
    for suggestion in fields:
        selector = suggestion.selectors[0] if suggestion.selectors else ""
        repeated = next((m for m in _INDEX.finditer(selector) if int(m[1]) > 1), None)
        if suggestion.path is not None or not selector.startswith("/") or repeated is None:
            kept.append(suggestion)
            continue
        element = _INDEX.sub("", selector[: repeated.start()])
        copies.setdefault(element, set()).add(_INDEX.sub("", selector[: repeated.end()]) + repeated[0])
    for suggestion in kept:
        selector = suggestion.selectors[0] if suggestion.selectors else ""
        inside = [e for e in copies if selector == e or selector.startswith(e + "/")]
        if suggestion.path is None and inside and "[" not in selector:
            element = max(inside, key=len)  # the innermost repeated element: a day inside its week
            step = element.rpartition("/")[2]
            suggestion.own_note = suggestion.note
            suggestion.note = f"one of {len(copies[element]) + 1} {step}: read them in a [[forms.lists]]"
    return kept
