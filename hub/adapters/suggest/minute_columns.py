"""A timesheet's hours written as whole minutes (decision 0060, "Stop 67: trial-104").

A program that keeps a visit's length as a count of minutes exports it so: Ringsted's mentor firm's PHP
app heads the column "Minutter" and writes `90`, `45`. No header said "timer", so the draft found no hours
and drafted no list at all (every visit's day and length left to a person, no total); and read as hours,
`90` would be ninety hours. A table of days or weeks whose one column headed as minutes holds whole
numbers reads that column as its hours, each turned into minutes' words first (`90` → `90 min`), which
`hours` reads exactly (1.5); a figure that is no whole number is refused, saying what it must be.
"""

from __future__ import annotations

import re

from hub.adapters.suggest.candidates import Table
from hub.adapters.suggest.words import has

# The words a header names minutes by: "Minutter", "Min.", "Varighed (min)", "Minutes".
_MINUTE_WORDS = ("=minutter", "=minut", "=min", "=minutes")
_WHOLE = re.compile(r"\s*\d{1,5}\s*")
# The list field's transforms: the minutes as `hours` reads minutes in words, then `hours`.
MINUTES_TRANSFORMS = (
    '[{ name = "regex", pattern = "^\\\\s*(\\\\d+)\\\\s*$", template = "{1} min", '
    'expected = "et helt antal minutter" }, "hours"]'
)


def names_minutes(header: str) -> bool:
    """Whether a column's header names minutes ("Minutter", "Varighed (min.)")."""
    return any(has(header, word) for word in _MINUTE_WORDS)


def minutes_by_words(table: Table, columns: dict[str, str]) -> None:
    """Add `columns["hours"]`: in a table of days or weeks without hours by its words, the one column
    headed as minutes whose every filled row is a whole number."""
    if "hours" in columns or not {"date", "week"} & set(columns) or not table.rows:
        return
    found = [
        header for header in table.headers if header not in columns.values() and whole_minutes(table, header)
    ]
    if len(found) == 1:
        columns["hours"] = found[0]


def whole_minutes(table: Table, header: str) -> bool:
    """Whether a column is headed as minutes and its every filled row (one at least) is a whole number:
    read through the minutes' transform. Its header alone does not say so: "Tid (t:min)" holds `1:30`."""
    filled = [row[header] for row in table.rows if row.get(header, "").strip()]
    return names_minutes(header) and bool(filled) and all(_WHOLE.fullmatch(v) for v in filled)
