"""The rows a record's own form marked not to be paid, as its page shows them apart from its values.

A list's `[[forms.lists.require]]` with `leave_out` reads and checks a row its form marks (`godkendt`
`false`) but does not count it; the row's values stay in the version's provenance under
`left_out.<list>[n]`, with the mark that left it out under `left_out_by` (decision 0060, "Stop 71:
fixes-119"). They are no leaves of the record's data, so the page's table of values never listed them:
read and not paid, they were said nowhere but in the bundle's provenance. CPR-like text in what the row
held is shown as the user's view allows, as every other raw value on the page.

A value read from several cells (a week's hours summed from its weekdays' columns) has one provenance
entry a cell under the same path: each is shown, named by its source, not the last one alone as the
row's value (review-128: Fanø's week of 2 + 3 + 1 hours showed as 1 hour), and by the heading the form
prints over it with its cell beside it ("Man (B5): 2"), where the mapping kept the heading (decision
0060, "Stop 74: fixes-137").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from hub.access import CprView
from hub.adapters.mapping.numberparse import parse_hours
from hub.adapters.mapping.row_conditions import LEFT_OUT, LEFT_OUT_BY
from hub.adapters.mapping.textparse import TransformError
from hub.models import Provenance
from hub.services.placement_reads import shown_text

# `left_out.entries[0].hours`: the list, the row's number among those left out, the row's key.
HOURS = ("hours",)  # the one chain of transforms whose value the page may make again: `parse_hours` alone
_PATH = re.compile(rf"{LEFT_OUT}\.(?P<list>[^\[\]]+)\[(?P<number>[0-9]+)\]\.(?P<key>[^.\[\]]+)")


@dataclass(frozen=True)
class LeftOutRow:
    """One row read and not counted: its day and hours as read, the mark that left it out and where."""

    list_path: str  # the list the row would have been in (`entries`)
    # Each as the file holds it ("2027-04-14", "PT2H"): the provenance keeps the raw value, not the one
    # the list's transforms made of it, which the record never stored.
    day: str | None
    hours: str | None
    mark: str  # the value that left it out (`false`)
    # The hours the list's plain `hours` transform makes of the text ("PT2H" -> "2.0"), for the page to
    # write in its words; None under other transforms or a text it reads none from (`_hours`).
    hours_read: str | None
    # Where the mark was, as the values' sources say it ("row 4, column 10 (J4)"): the config's name of
    # its column is not kept in the provenance, only the cell the value was read in.
    where_en: str
    where_da: str

    @property
    def on(self) -> date | None:
        """The row's day where the file wrote it as ISO text (as Køge's export does); else None, and
        the page shows the text as read (`14.04.2027`: which order is the form's to say)."""
        try:
            return date.fromisoformat(self.day or "")
        except ValueError:
            return None


def left_out_rows(provenance: Iterable[Provenance], view: CprView) -> list[LeftOutRow]:
    """A version's left-out rows in the order they were read (the form's order), from its provenance."""
    rows: dict[tuple[str, int], dict[str, list[Provenance]]] = {}
    for p in provenance:
        found = _PATH.fullmatch(p.path)
        if found is not None:
            rows.setdefault((found["list"], int(found["number"])), {}).setdefault(found["key"], []).append(p)
    made = []
    for (list_path, _), keys in sorted(rows.items(), key=lambda item: item[0]):
        if not keys.get(LEFT_OUT_BY):  # no mark: not a row a condition left out, nothing to say why
            continue
        mark = keys[LEFT_OUT_BY][0]
        text = (mark.locator or {}).get("text") or {}
        hours_read = keys.get("hours", [])
        hours = _raw(hours_read, view)
        made.append(
            LeftOutRow(
                list_path,
                _raw(keys.get("date", []), view),
                hours,
                _raw([mark], view) or "",
                _hours(hours_read, hours),
                shown_text(text.get("en") or mark.source_key or "", view),
                shown_text(text.get("da") or mark.source_key or "", view),
            )
        )
    return made


def _hours(entries: list[Provenance], text: str | None) -> str | None:
    """The canonical hours the list's own transform makes of the text, where that transform is the plain
    `hours` alone (`parse_hours`, no arguments: "PT2H", "2,5", "1:30"): then running it is no guess and
    needs no config, which may have changed since. A chain of others (minutes, a regex), hours summed
    from several cells, or a text it cannot read gives None, and the page shows the text as read alone."""
    if len(entries) != 1 or not text or tuple(entries[0].transforms or ()) != HOURS:
        return None
    try:
        return parse_hours(text)
    except TransformError:
        return None


def _raw(entries: list[Provenance], view: CprView) -> str | None:
    """A key's text as read: its one cell's, or each of its cells' named by its source ("Man: 2, Tir: 3")."""
    if not entries:
        return None
    if len(entries) == 1:
        raw = entries[0].raw_value
        return None if raw is None else shown_text(raw, view)
    parts = [f"{_named(e)}: {e.raw_value}" for e in entries if (e.raw_value or "").strip()]
    return shown_text(", ".join(parts), view) if parts else None


def _named(entry: Provenance) -> str:
    """A cell of several by the heading the config reads it by, its cell beside it ("Man (B5)"); an
    entry kept before the mapping named headings (or one with no cell: an XML element, a PDF field) by
    what it has."""
    locator = entry.locator or {}
    heading, cell = locator.get("heading"), locator.get("cell")
    if not heading:
        return entry.source_key or ""
    return f"{heading} ({cell})" if cell else str(heading)
