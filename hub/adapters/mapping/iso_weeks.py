"""A list's rows summed into ISO weeks (`aggregate = "iso_week"`): hours per week, in week order, each
week keeping in its provenance every source that went into it.

Apart from `lists`, which reads a list's rows, because summing is done on rows already read, with no
document: `form` calls it after `read_items`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hub.adapters.mapping.lists import Item
from hub.adapters.mapping.numberparse import format_hours
from hub.adapters.mapping.provenance import Provenance


def iso_week(day: str) -> str:
    """Return the ISO week ("2026-W32") of an ISO date."""
    year, week, _ = date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def aggregate_iso_week(path: str, items: list[Item]) -> tuple[list[dict[str, str]], list[Provenance]]:
    """Sum hours per ISO week, in week order; each week keeps the provenance of every source."""
    weeks: dict[str, Decimal] = {}
    where: dict[str, tuple[list[Provenance], list[Provenance]]] = {}
    for item, sources in items:
        if "hours" not in item or not ("date" in item or "week" in item):
            continue  # its problem is already noted; the document will be rejected
        week = item["week"] if "week" in item else iso_week(item["date"])
        weeks[week] = weeks.get(week, Decimal(0)) + Decimal(item["hours"])
        when, hours = where.setdefault(week, ([], []))
        when.extend(sources.get("date", sources.get("week", [])))
        hours.extend(sources["hours"])
    records, provenance = [], []
    for position, week in enumerate(sorted(weeks)):
        records.append({"week": week, "hours": format_hours(weeks[week])})
        when, hours = where[week]
        for entry in when:
            steps = (
                (*entry.transforms, "iso_week")
                if "date" in entry.path.rsplit(".", 1)[-1]
                else entry.transforms
            )
            provenance.append(entry._replace(path=f"{path}[{position}].week", transforms=steps))
        for entry in hours:
            provenance.append(
                entry._replace(path=f"{path}[{position}].hours", transforms=(*entry.transforms, "sum"))
            )
    return records, provenance
