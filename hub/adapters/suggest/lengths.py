"""`hub adapters suggest`: a period's end drafted from its start and a length ("Varighed: 13 uger"), where a
form gives no end date, as the config language's `last_day` reads it."""

from __future__ import annotations

import re

from hub.adapters.mapping.durations import UNITS
from hub.adapters.suggest.fields import FieldSuggestion

# A value that is a length by its own words: "13 uger", "30 dage", "Varighed: 13 uger". A bare number
# ("13") says no unit and is left a TODO: weeks on one form are days on another.
_LENGTH = re.compile(r"(?:(?:varighed|duration)\s*:?\s*)?\d{1,4}\s*(?P<unit>[^\W\d_]+)\.?", re.IGNORECASE)
_UNIT_OF = {word: unit for unit, names in UNITS.items() for word in names}


def end_from_length(
    fields: list[FieldSuggestion], taken: dict[str, FieldSuggestion], paths: tuple[str, ...]
) -> None:
    """Turn the first field left a TODO whose value is a length into `period.end` by `last_day` from the
    drafted start, where the record has a period and the form gave no end (changed in place)."""
    start = taken.get("period.start")
    if "period.end" not in paths or "period.end" in taken or start is None or len(start.selectors) != 1:
        return
    for suggestion in fields:
        match = _LENGTH.fullmatch(suggestion.seen or "") if suggestion.path is None else None
        unit = _UNIT_OF.get(match["unit"].casefold()) if match else None
        if unit is None:
            continue
        suggestion.path, suggestion.note = "period.end", "start + length"
        suggestion.selectors = [start.selectors[0], *suggestion.selectors]
        suggestion.transforms, suggestion.args = ["last_day"], {"unit": unit}
        suggestion.seen = f"{start.seen or '(empty)'} + {suggestion.seen}"
        taken["period.end"] = suggestion
        return
