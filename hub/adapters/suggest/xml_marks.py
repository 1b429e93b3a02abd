"""`hub adapters suggest` on XML: marks written as a list of pairs, each area's name beside its mark
(`<vurderinger><item><omraade>Fremmøde</omraade><karakter>4</karakter></item>...`, a web form's rows as
dicttoxml writes them: decision 0060, "Stop 71: trial-120"). No element is named after an area, so no
label said `scores.*` and the draft left every mark a TODO of a list. Each area is now drafted by a
predicate on its name's text, `vurderinger/item[omraade='Fremmøde']/karakter`, not by its place, so that
a report listing its areas in another order, or one more, is still read right."""

from __future__ import annotations

import re
from collections.abc import Sequence

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.words import guess_path

_MARK = re.compile(r"\s*[1-5]\s*")
_PLACE = re.compile(r"\[\d+\]$")  # a later copy's place, `item[2]`
NOTE = "the mark beside its area's name, found by the name"


def marks_by_name(
    fields: list[FieldSuggestion],
    candidates: Sequence[Candidate],
    taken: dict[str, FieldSuggestion],
    paths: Sequence[str],
) -> None:
    """Draft each mark (`scores.*`) not drafted yet whose area's name is an element's text, its mark 1-5
    the one other value of that element's children (appended to `fields`, put in `taken`)."""
    children: dict[str, list[Candidate]] = {}
    for cand in candidates:
        parent, _, step = cand.selector.rpartition("/")
        if not step.startswith("@") and cand.value and cand.value.strip():
            children.setdefault(parent, []).append(cand)
    for parent, values in children.items():
        for cand in values:
            name = (cand.value or "").strip()
            path = (guess_path(name) or ("", ()))[0]
            if not path.startswith("scores.") or path in taken or path not in paths:
                continue
            marks = [v for v in values if v is not cand and _MARK.fullmatch(v.value or "")]
            if len(marks) != 1 or "'" in name:
                continue
            step, mark = cand.selector.rpartition("/")[2], marks[0]
            selector = f"{_PLACE.sub('', parent)}[{step}='{name}']/{mark.selector.rpartition('/')[2]}"
            seen = (mark.value or "").strip()
            drafted = FieldSuggestion(path, [selector], ["integer"], seen=seen, note=NOTE)
            taken[path] = drafted
            fields.append(drafted)
