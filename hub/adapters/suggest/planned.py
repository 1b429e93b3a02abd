"""A planned day beside the actual one, for `hub adapters suggest`: the actual day is the record's.

An end of a placement may print the day planned ("Planlagt slutdato") before the day it ended ("Faktisk
sidste praktikdag"). Both read as the last day, and the first printed took the path: Nyborg's form
(decision 0060, "Twenty-first trial") was drafted with `ended_on` from the planned day, 30.06.2026, and
the actual one, 12.06.2026, left "also looks like ended_on": a draft cleared of its TODOs read every end
of a placement 18 days late, with nothing refused. A value whose words say planned or expected gives
the path up to a later one whose words do not; alone, it keeps it (a form may print only the plan).
"""

from __future__ import annotations

from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.words import has

_PLANNED = (
    "planlagt",
    "planlagte",
    "forventet",
    "forventede",
    "oprindelig",
    "planned",
    "expected",
    "scheduled",
)


def says_planned(*texts: str) -> bool:
    """Whether a value's texts (its label, field name or element) say the day planned, not the day it was."""
    return any(has(text, word) for text in texts if text for word in _PLANNED)


def gives_way(other: FieldSuggestion, texts: tuple[str, ...], taken: dict[str, FieldSuggestion]) -> bool:
    """Whether the field drafted for a path is a planned day and a later value, `texts`, the actual one:
    then the drafted field is left a comment naming why (changed in place) and the path is free."""
    if other.path is None or not says_planned(other.where, *other.selectors) or says_planned(*texts):
        return False
    del taken[other.path]
    other.note = f"looks like {other.path}, but the day planned: the actual day is drafted below"
    other.path, other.transforms, other.targets = None, [], {}
    return True
