"""A timesheet's hours column found by its values where no header says "timer" or "hours".

A column whose every row is a length of time as a program writes one, an XML Schema duration
("PT1H30M", Java's `Duration`), Go's `time.Duration` ("1h30m0s") or a figure and its unit words ("1.5
hours", "45 mins", R's difftime), is the hours whatever its header
("Varighed"): a length is never a start or an end, so it is taken before any clock times (trial-85).

An XML list's row (a visit a `<besoeg>`) with a date and no hours by name or written duration takes
its hours by the same rule from its attributes and children (`varighed="1:30:00"`, Python's timedelta).
Python's `str(timedelta)` writes a length below a day as a clock ("0:45:00") and one of a day or more
with its days in words ("1 day, 2:00:00"): values of both are a length however few have days, since no
time of day is written with days (decision 0061, "Stop 68: fixes-112").

A mentor portal's sheet heads the time spent "Tid (t:mm)" and keeps each visit as the mentor types it,
a clock time styled `h:mm` (2:30 for two and a half hours; the reader gives `02:30:00`), as the
twenty-ninth trial's xlsx-populate sheet does (decision 0060, "Stop 61: trial-76"). A table with a day
or a week column and none of hours by its words reads its hours from the one column whose every row
holds a clock time, where its header names nothing else. Two such columns are a visit's start and end
("Kl." and "Slut kl.", 09:00 and 11:30): which one is the time spent nobody can tell, so neither is
taken, named or not. Three are a visit's start, end and length where, on every row, one is the time
from another to the third: that one is the hours.
"""

from __future__ import annotations

import re

from hub.adapters.mapping.go_durations import is_go_duration
from hub.adapters.mapping.numberparse import parse_hours
from hub.adapters.mapping.python_timedeltas import timedelta_parts
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.worded_hours import has_words
from hub.adapters.mapping.xml_durations import is_duration
from hub.adapters.suggest.candidates import Table
from hub.adapters.suggest.words import guess_path

# hours and minutes, seconds as a spreadsheet cell formatted as a time gives them ("02:30:00")
_CLOCK = re.compile(r"\d{1,3}:[0-5]\d(:00)?")


def written_duration(text: str) -> bool:
    """Whether a text is a length of time as a program writes it: "PT1H30M", Go's "1h30m0s", or a figure
    with the unit words the hours transform reads ("1.5 hours", "45 mins": R's `format()` of a difftime,
    decision 0060, "Stop 68: trial-112"; "2 t.", "90 min")."""
    return is_duration(text) or is_go_duration(text) or _worded_length(text)


def _worded_length(text: str) -> bool:
    # The hours transform refuses every word but its units, so a text with a letter it reads is one.
    return has_words(text) and _reads_hours(text)


def _hours_length(text: str) -> bool:
    """A length of time the hours transform reads: not a grant's "P3M" or "P1Y", written as a duration
    too but in months and years, which no hours are (as `hours_named.hours_column` asks of an element)."""
    return written_duration(text) and _reads_hours(text)


def written_lengths(values: list[str]) -> bool:
    """Whether every value is a length of time the hours transform reads, written as a program writes
    one (`written_duration`), or as Python's `str(timedelta)`: clocks below a day ("0:45:00") beside one
    of a day or more at least ("1 day, 2:00:00")."""
    if not values:
        return False
    if all(_hours_length(v) for v in values):
        return True
    with_days = [v for v in values if _timedelta_days(v)]
    return bool(with_days) and all(v in with_days or _CLOCK.fullmatch(v.strip()) for v in values)


def _timedelta_days(text: str) -> bool:
    try:
        return timedelta_parts(text) is not None and _reads_hours(text)
    except TransformError:  # a negative length: no hours, as the transform says
        return False


def _reads_hours(text: str) -> bool:
    try:
        parse_hours(text)
    except TransformError:
        return False
    return True


def hours_by_values(table: Table, columns: dict[str, str]) -> None:
    """Add `columns["hours"]`: the one column of lengths of time, or else the one unnamed column of clock
    times, in a table of days or weeks."""
    if "hours" in columns or not {"date", "week"} & set(columns) or not table.rows:
        return
    lengths = [
        header
        for header in table.headers
        if header not in columns.values() and written_lengths([row.get(header, "") for row in table.rows])
    ]
    if len(lengths) == 1:
        columns["hours"] = lengths[0]
        return
    clocks = clock_names(
        {
            header: [row.get(header, "") for row in table.rows]
            for header in table.headers
            if header not in columns.values()
        }
    )
    if (lone := lone_clock(clocks)) is not None:
        columns["hours"] = lone
    elif (spent := _time_spent(table, clocks)) is not None:
        columns["hours"] = spent


def clock_names(values: dict[str, list[str]]) -> list[str]:
    """The names (a column's header, an XML row's attribute) whose every value is a clock time: a cell
    styled as a time ("02:30:00"), or Python's `str(timedelta)` ("1:30:00", an xmltodict export's
    `varighed`: decision 0060, "Stop 67: trial-109")."""
    return [name for name, seen in values.items() if seen and all(_CLOCK.fullmatch(v.strip()) for v in seen)]


def lone_clock(clocks: list[str]) -> str | None:
    """The hours among `clock_names`: the one clock whose name names nothing else; None where two are
    (a visit's start and end: which one is the time spent nobody can tell)."""
    return clocks[0] if len(clocks) == 1 and guess_path(clocks[0]) is None else None


def _minutes(text: str) -> int:
    hours, minutes = text.strip().split(":")[:2]
    return int(hours) * 60 + int(minutes)


def _time_spent(table: Table, clocks: list[str]) -> str | None:
    """The column of clock times that is, on every row, the time from a start column to an end column:
    a visit's start, end and length ("Fra", "Til", "Varighed": 08:00, 09:30, 1:30), as a Perl script
    writes a mentor's sessions (decision 0060, "Stop 64: trial-86"). Start plus length is the end either
    way round, so the start is the one whose header says so (`Fra`, `Start`) and the length's header
    says nothing; the values confirm it. None unless exactly one column is so."""
    found = {
        spent
        for spent in clocks
        for start in clocks
        for end in clocks
        if len({spent, start, end}) == 3
        and guess_path(spent) is None
        and (guess_path(start) or ("",))[0] == "period.start"
        and all(_minutes(r[start]) + _minutes(r[spent]) == _minutes(r[end]) for r in table.rows)
    }
    return found.pop() if len(found) == 1 else None
