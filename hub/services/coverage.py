"""Which dates a canonical record speaks of, whether a placement's period holds them, and whether two
records of one placement are the same thing (so that the later one is a correction of the earlier)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hub.datewords import day_da, days_da, week_text
from hub.schemas.vocabulary import FORM_TYPE_LABELS

FORMS_OF_A_PLACEMENT = ("mentor_support", "mentor_hours", "progress_report", "placement_end")


def weeks(record: dict[str, Any]) -> list[tuple[date, date]]:
    """The (Monday, Sunday) of every week a mentor_hours record has an entry for."""
    mondays = [date.fromisoformat(entry["week"] + "-1") for entry in record["entries"]]
    return [(monday, monday + timedelta(days=6)) for monday in mondays]


def span(record: dict[str, Any]) -> tuple[date, date]:
    """The first and last day a record speaks of."""
    kind = record["form_type"]
    if kind in ("placement", "mentor_support"):
        return date.fromisoformat(record["period"]["start"]), date.fromisoformat(record["period"]["end"])
    if kind == "mentor_hours":
        days = weeks(record)
        return min(d[0] for d in days), max(d[1] for d in days)
    day = date.fromisoformat(record["measured_on" if kind == "progress_report" else "ended_on"])
    return day, day


def fits(record: dict[str, Any], start: date, end: date) -> bool:
    """Whether a placement running start..end holds the record: every week of a timesheet must touch
    it (a week may begin before or end after it), every other date must lie inside it."""
    if record["form_type"] == "mentor_hours":
        return all(monday <= end and start <= sunday for monday, sunday in weeks(record))
    first, last = span(record)
    return start <= first and last <= end


def outside(record: dict[str, Any], spans: list[tuple[date, date]]) -> tuple[str, str, str] | None:
    """The first date of the record that no placement of `spans` holds, as (its field, English, Danish):
    `("entries[3].week", "2026-W01", "uge 1 2026")`, so that a refusal names the row or cell it was read
    from (fuzz-128: the whole range named none); None where every date lies in one placement or another
    (the dates split between two: no one date is at fault)."""
    kind = record["form_type"]
    if kind == "mentor_hours":
        for index, ((monday, sunday), entry) in enumerate(zip(weeks(record), record["entries"], strict=True)):
            if not any(monday <= end and start <= sunday for start, end in spans):
                return f"entries[{index}].week", entry["week"], week_text(entry["week"], "da")
        return None
    if kind in ("placement", "mentor_support"):
        fields = [(f"period.{key}", date.fromisoformat(record["period"][key])) for key in ("start", "end")]
    else:
        key = "measured_on" if kind == "progress_report" else "ended_on"
        fields = [(key, date.fromisoformat(record[key]))]
    for field, day in fields:
        if not any(start <= day <= end for start, end in spans):
            return field, day.isoformat(), day_da(day)
    return None


def same_thing(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether `new` corrects `old` (both of one form type and one placement): an overlapping grant
    period, mostly the same weeks, the same measuring day; a placement has one placement and one end
    form."""
    kind = new["form_type"]
    if kind == "mentor_support":
        (a, b), (c, d) = span(old), span(new)
        return a <= d and c <= b
    if kind == "mentor_hours":
        # Two monthly sheets of days share the week that straddles the month; a correction shares at
        # least half of the shorter sheet's weeks (a sheet moved by a week, a week added or dropped).
        before, after = {e["week"] for e in old["entries"]}, {e["week"] for e in new["entries"]}
        return 2 * len(before & after) >= min(len(before), len(after))
    if kind == "progress_report":
        return bool(old["measured_on"] == new["measured_on"])
    return True


def describe(record: dict[str, Any], lang: str = "en") -> str:
    """A record's form, named as the pages name it, and its dates, for messages (no personal data):
    `Mentor hours 2026-08-03–2026-08-30` for the API (its dates ISO), `Mentortimer 03.08.–30.08.2026`
    for a caseworker. The form's key (`mentor_hours`) is the API's word, not a user's."""
    first, last = span(record)
    name = FORM_TYPE_LABELS["da" if lang == "da" else "en"].get(record["form_type"], record["form_type"])
    if lang == "da":
        return f"{name} {day_da(first) if first == last else days_da(first, last)}"
    dates = first.isoformat() if first == last else f"{first.isoformat()}–{last.isoformat()}"
    return f"{name} {dates}"
