"""`hub adapters suggest`: a column of date-times each a Danish midnight written in UTC with no zone
(`2026-11-30T23:00:00`, `2027-05-02T22:00:00`), as a JavaScript or Go writer stores a `Date` made at
midnight in Denmark into a workbook. `date` reads the day before unless the config says the writer wrote
UTC instants (`written_in_utc`); whether it did is the municipality's to check with its supplier (the
same text from a Danish clock is a time of day), so the word is drafted with a TODO (decision 0060, "Stop
73: fixes-128")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from hub.adapters.mapping.utc_instants import as_utc
from hub.periods import DENMARK

__all__ = ["UTC_ARGS", "UTC_LINE", "UTC_NOTE", "utc_midnights"]

UTC_ARGS = {"written_in_utc": True}
UTC_NOTE = (
    "TODO: every day is at 23:00 or 22:00, Denmark's midnight in UTC: drafted as instants the writer wrote"
    " in UTC (written_in_utc); check with the sender, else take the word out"
)
# A list's day, written by `render_tables` as lines of its own.
UTC_LINE = f'    transforms = [{{ name = "date", written_in_utc = true }}]\n    # {UTC_NOTE}'


def utc_midnights(values: Iterable[str]) -> bool:
    """Whether the filled values are date-times with no zone, each the UTC time of a midnight in Denmark
    and none at midnight itself, and there is at least one."""
    filled = [v.strip() for v in values if v.strip()]
    return bool(filled) and all(_danish_midnight(v) for v in filled)


def _danish_midnight(text: str) -> bool:
    utc = as_utc(text)
    if utc == text:  # a day alone, a zone of its own, or no date-time
        return False
    try:
        moment = datetime.fromisoformat(utc.replace(",", ".").replace("Z", "+00:00"))
    except ValueError:
        return False
    shown = moment.astimezone(DENMARK)
    return moment.hour != 0 and (shown.hour, shown.minute, shown.second, shown.microsecond) == (0, 0, 0, 0)
