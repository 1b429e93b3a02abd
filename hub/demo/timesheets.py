"""A mentor's timesheet the way the per-day forms hold it: a canonical week's hours spread over its days.

The canonical record keeps ISO-week totals only, but several municipalities' timesheets have one row per
day, which their adapter sums back into ISO weeks (`aggregate = "iso_week"`). So the simulators print a
week's hours as whole half hours on some of its working days, the same days for the same hours every
time, and the days of a week always add up to exactly the week's total.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal

STEP = Decimal("0.5")  # a mentor writes half hours
DAY_MOST = 3  # steps a day before a further day is used: 1.5 hours, a mentor's usual visit
# The working days used for a week spread over 1..5 days (0 = Monday): visits spaced through the week.
WEEKDAYS = {1: (0,), 2: (0, 3), 3: (0, 2, 4), 4: (0, 1, 3, 4), 5: (0, 1, 2, 3, 4)}


def canonical_hours(value: Decimal) -> str:
    """Write hours the canonical way: shortest form with at least one decimal (`3.0`, `1.75`)."""
    text = format(value.normalize(), "f")
    return text if "." in text else f"{text}.0"


def spread_week(week: str, hours: str) -> list[tuple[str, str]]:
    """Spread one ISO week's hours over its working days as (ISO date, canonical hours), in date order.

    Whole half hours go round the days (at most 1.5 hours a day while five days suffice); what is left
    below half an hour (`6.25` -> `0.25`) goes on the first day, so that the days sum to `hours` exactly.
    A week of no hours is one day of `0.0`, so that the week itself is still on the sheet."""
    year, number = week.split("-W")
    monday = date.fromisocalendar(int(year), int(number), 1)
    total = Decimal(hours)
    steps = int(total // STEP)
    rest = total - steps * STEP
    count = min(5, max(1, -(-steps // DAY_MOST)))
    days = []
    for position, weekday in enumerate(WEEKDAYS[count]):
        share = steps // count + (1 if position < steps % count else 0)
        day_hours = share * STEP + (rest if position == 0 else 0)
        days.append(((monday + timedelta(days=weekday)).isoformat(), canonical_hours(day_hours)))
    return days


def daily_hours(entries: Iterable[dict[str, str]]) -> list[tuple[str, str]]:
    """A timesheet's weekly entries spread over their days (see `spread_week`), in order."""
    return [day for entry in entries for day in spread_week(entry["week"], entry["hours"])]


def numbered(
    rows: Sequence[tuple[str, ...]], columns: Sequence[Callable[[int], str]], room: int, form: str
) -> dict[str, str]:
    """A table's rows as local values, row n's i-th value under `columns[i](n)` (n from 1).

    A paper form has a fixed number of rows: more rows than its `room` is an error naming the `form`."""
    if len(rows) > room:
        raise ValueError(f"the {form} has room for {room} rows, not {len(rows)}")
    return {
        column(n): value
        for n, row in enumerate(rows, start=1)
        for column, value in zip(columns, row, strict=True)
    }
