"""`hub adapters suggest`: a value a case system writes in parts, side by side (the thirteenth onboarding
trial's XML export): the hours as `<Timer>18</Timer><Minutter>30</Minutter>` drafted as one field read
by `hours_minutes`, and a name's `<Mellemnavn>`, left out for a citizen without one, joined with the
first and last name with `left_out_is_empty`.
"""

from __future__ import annotations

import re

from hub.adapters.suggest.fields import FieldSuggestion

_LAST = re.compile(r"/(?:[\w.-]+:)?([\w.-]+)(?:\[\d+\])?$")
_HOURS = ("timer", "hours")
_MINUTES = ("minutter", "minutes", "min")
MIDDLE = ("mellemnavn", "middlename", "middle_name")


def _parts(selector: str) -> tuple[str, str]:
    """The element's parent path and its local name, lower case ("" for an attribute or no match)."""
    found = _LAST.search(selector)
    return (selector[: found.start()], found.group(1).lower()) if found else ("", "")


def _whole(seen: str | None) -> bool:
    return bool(seen) and str(seen).strip().isdigit()


def hours_and_minutes(
    fields: list[FieldSuggestion], taken: dict[str, FieldSuggestion], paths: tuple[str, ...]
) -> list[FieldSuggestion]:
    """Two elements not recognised, siblings named hours and minutes, each a whole number: the hours a
    week read by `hours_minutes`, where the record has them and nothing else drafted them (no `uge` in
    the names says they are a week's: the note asks the person to check)."""
    if "hours_per_week" not in paths or "hours_per_week" in taken:
        return fields
    loose = [f for f in fields if f.path is None and len(f.selectors) == 1 and _whole(f.seen)]
    for hours in loose:
        parent, name = _parts(hours.selectors[0])
        if not parent or name not in _HOURS:
            continue
        minutes = next((f for f in loose if _parts(f.selectors[0]) in ((parent, m) for m in _MINUTES)), None)
        if minutes is None:
            continue
        drafted = FieldSuggestion(
            "hours_per_week",
            [hours.selectors[0], minutes.selectors[0]],
            ["hours_minutes"],
            where=hours.where,
            seen=f"{hours.seen} and {minutes.seen}",
            note="hours and minutes side by side: check they are the hours a week",
        )
        taken["hours_per_week"] = drafted
        return [drafted if f is hours else f for f in fields if f is not minutes]
    return fields


def middle_name(selector: str) -> bool:
    """Whether a selector reads a middle name (a part of a name often left out)."""
    return _parts(selector)[1] in MIDDLE


def left_out_middle_names(fields: list[FieldSuggestion]) -> None:
    """A name joined from XML elements with a middle name among them reads that one left out as none:
    a case system writes no `<Mellemnavn>` for a citizen without one."""
    for f in fields:
        if f.transforms == ["join"] and any(middle_name(s) for s in f.selectors):
            f.args = {"left_out_is_empty": True}
            f.note = "a middle name left out reads as none"
