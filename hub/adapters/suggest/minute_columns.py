"""A timesheet's hours written as whole minutes (decision 0060, "Stop 67: trial-104").

A program that keeps a visit's length as a count of minutes exports it so: Ringsted's mentor firm's PHP
app heads the column "Minutter" and writes `90`, `45`. No header said "timer", so the draft found no hours
and drafted no list at all (every visit's day and length left to a person, no total); and read as hours,
`90` would be ninety hours. A table of days or weeks whose one column headed as minutes holds whole
numbers reads that column as its hours, each turned into minutes' words first (`90` → `90 min`), which
`hours` reads exactly (1.5); a figure that is no whole number is refused, saying what it must be.

A length kept as whole hours and whole minutes apart is exported as two columns side by side, "Timer" `1`
and "Minutter" `30`: the draft read the hours column alone (the visit of 1:30 an hour) and left the
minutes "not recognised". Where every row's hours and minutes are whole numbers, the minutes below 60,
both filled where either is, the list's hours are both read by `hours_minutes` (decision 0061, "Stop 68:
fixes-110"; trial-104 noticed it). An XML visit element's `<timer>` beside its `<minutter>` alike
(`xml_rows`; "Stop 68: fixes-112"), also where a row leaves one of them out, as an interval written from
its parts that are not 0 is (`<varighed><minutes>45</minutes></varighed>`: xml2js rendering
node-postgres's `interval`), read with `empty_is_zero` (decision 0060, "Stop 69: trial-114").
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


def minutes_beside(table: Table, columns: dict[str, str]) -> str:
    """The one column headed as minutes beside the list's hours column, both of whole numbers on every
    row (the minutes below 60, both filled where either is): read with the hours by `hours_minutes`;
    "" for none, or for two such columns (which is the visit's nobody can tell)."""
    hours = columns.get("hours")
    if hours is None or names_minutes(hours) or not table.rows:
        return ""
    found = [h for h in table.headers if h != hours and h not in columns.values() and _apart(table, hours, h)]
    return found[0] if len(found) == 1 else ""


def minutes_named_beside(rows: list[dict[str, str]], names: list[str], hours: str) -> str:
    """The one of an XML row's values (`names`, relative to the row: `minutter`, `@min`) named as minutes
    and holding, with the row's `hours`, whole hours and minutes apart on every row (one of them left out
    of a row where the other is written: 0, see `part_left_out`); "" for none or two."""
    found = [
        name
        for name in names
        if name not in (hours, ".")
        and names_minutes(name.rpartition("/")[2].lstrip("@").rpartition(":")[2])
        and hours_apart([_parts(row, hours, name) for row in rows])
    ]
    return found[0] if len(found) == 1 else ""


def part_left_out(rows: list[dict[str, str]], hours: str, minutes: str) -> bool:
    """Whether a row leaves out one of its hours and minutes while writing the other: an interval written
    from its parts that are not 0, which `hours_minutes` reads with `empty_is_zero`."""
    return any((hours in row) != (minutes in row) for row in rows)


def _parts(row: dict[str, str], hours: str, minutes: str) -> tuple[str, str]:
    """A row's hours and minutes, one left out where the other is written read as 0; both left out, or
    one written empty, as they are (an empty part is no 0 unless the config says so)."""
    if (hours in row) != (minutes in row):
        return row.get(hours, "0"), row.get(minutes, "0")
    return row.get(hours, ""), row.get(minutes, "")


def _apart(table: Table, hours: str, minutes: str) -> bool:
    """Whether `minutes` is headed as minutes and holds, with `hours`, whole hours and minutes apart."""
    pairs = [(row.get(hours, ""), row.get(minutes, "")) for row in table.rows]
    return names_minutes(minutes) and hours_apart(pairs)


def hours_apart(pairs: list[tuple[str, str]]) -> bool:
    """Whether each (hours, minutes) is whole hours and whole minutes below 60, both filled where either
    is, one pair filled at least: a length kept as two whole numbers apart."""
    filled = [(h.strip(), m.strip()) for h, m in pairs if h.strip() or m.strip()]
    return bool(filled) and all(
        h.isdecimal() and len(h) <= 3 and m.isdecimal() and int(m) < 60 for h, m in filled
    )


def whole_minutes(table: Table, header: str) -> bool:
    """Whether a column is headed as minutes and its every filled row (one at least) is a whole number:
    read through the minutes' transform. Its header alone does not say so: "Tid (t:min)" holds `1:30`."""
    filled = [row[header] for row in table.rows if row.get(header, "").strip()]
    return names_minutes(header) and bool(filled) and all(_WHOLE.fullmatch(v) for v in filled)
