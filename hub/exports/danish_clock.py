"""A moment as a Danish reader reads it, `4. december 2026 kl. 11.15`, in Danish time, with nothing but
Python's standard library: it is written into each audit bundle's `verify.py` (`bundle_files`), which
runs on the auditor's machine.

Not `zoneinfo`: Python on Windows has no time-zone database unless the `tzdata` package is installed,
and verify.py must not depend on one. Denmark keeps the EU's rule (Directive 2000/84/EC, the same since
1996): UTC+1, and UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
October. Every bundle was made after 1996, so the rule is exact for every moment it names.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

# Not `datetime.UTC`, which came with Python 3.11: verify.py runs on 3.9.
_UTC = timezone(timedelta(0))
MONTHS_DA = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
# Not `%B`: it follows the machine's locale where a program has set one.
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _last_sunday_1am_utc(year: int, month: int) -> datetime:
    """01:00 UTC on the last Sunday of March or October (both have 31 days)."""
    last = datetime(year, month, 31, 1, tzinfo=_UTC)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def in_danish_time(moment: datetime) -> datetime:
    """An aware moment moved to Danish time (CET, or CEST in summer)."""
    utc = moment.astimezone(_UTC)
    summer = _last_sunday_1am_utc(utc.year, 3) <= utc < _last_sunday_1am_utc(utc.year, 10)
    offset = timedelta(hours=2 if summer else 1)
    return utc.astimezone(timezone(offset))


def _local(text: object) -> datetime | None:
    """An ISO 8601 moment with its zone in Danish time; None for anything else."""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None  # a time without a zone is no moment in Danish time or any other
    return in_danish_time(moment)


def danish_time(text: object) -> str:
    """An ISO 8601 moment with its zone (`2026-12-04T10:15:00+00:00`) as Danish lines write it, in Danish
    time: `4. december 2026 kl. 11.15`. Anything else (no zone, not a moment) as given, so that a
    damaged manifest is shown as it is, never a Python error."""
    local = _local(text)
    if local is None:
        return str(text)
    return f"{local.day}. {MONTHS_DA[local.month - 1]} {local.year} kl. {local:%H.%M}"


def english_time(text: object) -> str:
    """The same moment in words on an English line: `4 December 2026 at 11:15 Danish time`, where the
    Danish line says it in words and the English gave ISO 8601; anything else as given, as `danish_time`."""
    local = _local(text)
    if local is None:
        return str(text)
    return f"{local.day} {MONTHS_EN[local.month - 1]} {local.year} at {local:%H:%M} Danish time"
