"""A list's day after the day its record says the form was signed, refused at the day's cell, element or
row (decision 0064, "Stop 72: fuzz-123").

A timesheet's signature signs hours given: a visit dated after it is one the signature cannot cover (a
slip of the day or of the year, `2027-05-03` on hours signed 30 April), and read, it is paid on a
signature that never saw it. It bounds every day of a document that states no period (most CSVs and
workbooks, where a day of any month from 1990 on was read): the signature is the document's own, so the
same file is read the same way on any day and by `hub reprocess`, and as a signature dated after the day
the form came in is refused (`services.not_yet`), no day of a signed timesheet lies after its upload
either. Where the signature is dated before the week of the list's first day began, it is the signature
that is the slip (Albertslund's `01-09-20`, read as 2020): the schema says so once
(`signed_before_hours`), not every day. A day before the signature is not bounded: hours are signed late,
and a week outside the placement is the linking's to refuse where the placement is known.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from hub.adapters.mapping.date_period import as_read
from hub.adapters.mapping.provenance import Provenance, Where
from hub.adapters.mapping.reading import Reader
from hub.adapters.mapping.stated_period import day_words
from hub.quoting import quoted, quoted_da

__all__ = ["bounds", "check_signed"]


def bounds(days: Sequence[str], signed: date | None) -> date | None:
    """The day after which a list's days are refused: the signature's, or None where the record names
    none or its signature is dated before the week of the list's first day began (the schema's to say)."""
    read = [day for day in map(_day, days) if day is not None]
    if signed is None or not read:
        return None
    first = min(read)
    return signed if signed >= first - timedelta(days=first.weekday()) else None


def _day(text: str | None) -> date | None:
    """A list's `date` as read (ISO by the `date` transform); None where a config reads it otherwise."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def check_signed(
    path: str,
    item: dict[str, str],
    sources: dict[str, Sequence[Provenance]],
    signed: date | None,
    reader: Reader,
) -> None:
    """Note a problem at the row's day (`path` is the entry's) where it lies after `signed` (from
    `bounds`); nothing where either is unknown (its own problem is noted already)."""
    day = _day(item.get("date"))
    if signed is None or day is None or day <= signed:
        return
    entry = next(iter(sources.get("date", ())), None)
    text = (entry.raw_value if entry is not None else None) or item["date"]
    said = (entry.locator.get("text") or {}) if entry is not None else {}
    where: Where = (str(said.get("en", "")), str(said.get("da") or said.get("en", "")))
    en, da = as_read(text, day)
    reader.problem(
        f"{path}.date",
        where,
        f"the day {quoted(text)}{en} is after the day the form was signed, {day_words(signed, False)}: a"
        " signature cannot sign a visit not yet made; correct the day, or the signature's date",
        f"dagen {quoted_da(text)}{da} ligger efter den dag, skemaet blev underskrevet,"
        f" {day_words(signed, True)}: en underskrift kan ikke skrive under på et besøg, der ikke var gjort"
        " endnu; ret dagen eller underskriftens dato",
    )
