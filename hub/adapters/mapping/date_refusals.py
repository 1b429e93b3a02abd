"""Why a text is no date, in the sender's words (English, Danish): a weekday that is not the day's, a
zone the hub does not know, two zones that disagree, a day its month does not have, and any other text,
with the one way of writing a date that is always read (`HOW_TO_WRITE`). `textparse.parse_date` decides
which applies.
"""

from __future__ import annotations

import calendar
from datetime import date

from hub.adapters.mapping.danish_dates import WEEKDAYS, WEEKDAYS_EN
from hub.adapters.mapping.english_months import MONTHS_EN
from hub.adapters.mapping.excel_days import serial_day
from hub.adapters.mapping.squash_dates import squash_day, squash_moment
from hub.adapters.mapping.transform_error import TransformError
from hub.adapters.mapping.zone_offsets import ZONE_NAMES
from hub.quoting import quoted, quoted_da

# What every "not a date" refusal ends with: one way of writing a date that is always read.
HOW_TO_WRITE = (
    "write the date as day-month-year with four digits, e.g. 03-03-2026",
    "skriv datoen som dag-måned-år med fire cifre, fx 03-03-2026",
)
# No placement, mentor visit, hours, grant or signature on a form the hub reads is older than this year:
# a date before it is a slip of the year (`1926` for `2026`) or a workbook's empty or zero date cell
# (Excel shows 1 in a date format as 01-01-1900), never a day to claim for (decision 0064, "Stop 69:
# fuzz-113"). The year Excel's day numbers are read from too (`excel_days`). The schema's 1900 stays
# what a stored record may hold; this is what a form's text is read as.
FIRST_YEAR = 1990
# The years a workbook's date cell holding 1 or another small number shows: the 1900 date system's first
# days, and the 1904 system's (0 in the 1900 system is a time of day, no date: refused as "not a date").
_WORKBOOK_FIRST_DAYS = (1900, 1904)
# The months as a Danish date names them ("den 30. februar 2026"), January first.
MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
             "oktober", "november", "december")  # fmt: skip


def wrong_weekday(text: str, parsed: date) -> TransformError:
    """A date whose weekday is not the day's: refused, saying which weekday the day is."""
    return TransformError(
        f"the weekday does not match the date: {quoted(text)} is a {WEEKDAYS_EN[parsed.weekday()]}",
        f"ugedagen passer ikke til datoen: {quoted_da(text)} er en {WEEKDAYS[parsed.weekday()]}",
    )


def unknown_zone(text: str, zone: str) -> TransformError:
    """A date as `date` writes it whose zone's name is none the hub knows: refused, not guessed at (it
    may be no zone at all), with the names it reads."""
    known = ", ".join(sorted(ZONE_NAMES))
    return TransformError(
        f"not a date: {quoted(text)}: {quoted(zone)} is no time zone the hub knows (it reads {known},"
        f" or an offset such as +02): {HOW_TO_WRITE[0]}",
        f"ikke en dato: {quoted_da(text)}: {quoted_da(zone)} er ikke en tidszone, hubben kender (den læser"
        f" {known} eller en forskydning som +02): {HOW_TO_WRITE[1]}",
    )


def zones_disagree(text: str, first: str, second: str) -> TransformError:
    """A date-time naming two zones that say different offsets ("2027-05-02 22:00:00 UTC CEST"): refused,
    not read by either, since which the writer meant the text does not say."""
    return TransformError(
        f"not a date: {quoted(text)}: its zones disagree ({quoted(first)} and {quoted(second)} are"
        " different offsets from UTC); write the date-time with one zone",
        f"ikke en dato: {quoted_da(text)}: dens tidszoner modsiger hinanden ({quoted_da(first)} og"
        f" {quoted_da(second)} er forskellige forskydninger fra UTC); skriv tidspunktet med én tidszone",
    )


def no_such_day(text: str, day: int, month: int, year: int) -> TransformError:
    """A date the calendar does not have. Where only the day is past its month's end, the writing was
    right, so what is wrong is said ("den 30. februar 2026, og februar 2026 har 28 dage"), not how to
    write a date; a month past 12 may be a month and day written the other way round, so the way to
    write one is said then."""
    if 1 <= month <= 12 and year >= 1 and day >= 1:
        days = calendar.monthrange(year, month)[1]
        month_en, month_da = f"{MONTHS_EN[month - 1]} {year}", f"{MONTHS_DA[month - 1]} {year}"
        if day > 31:  # no month has it: a slip of the keys ("32.08.2026"), as before
            return TransformError(
                f"not a date: {quoted(text)} ({month_en} has {days} days)",
                f"ikke en dato: {quoted_da(text)} ({month_da} har {days} dage)",
            )
        # A day other months have ("31.11.2026", "29.02.2027"): "no such day", naming the day and its
        # month as read, since the date is written right and "not a date" sent the sender looking at how
        # it was written (decision 0061, "Stop 65: fixes-97").
        return TransformError(
            f"no such day: {quoted(text)} is {day} {month_en}, and {month_en} has {days} days",
            f"den dag findes ikke: {quoted_da(text)} er den {day}. {month_da}, og {month_da} har {days} dage",
        )
    return TransformError(
        f"not a date: {quoted(text)} (no such day): {HOW_TO_WRITE[0]}",
        f"ikke en dato: {quoted_da(text)} (den dag findes ikke): {HOW_TO_WRITE[1]}",
    )


def not_a_date(text: str, clean: str) -> TransformError:
    """The "not a date" error; for five digits that are an Excel date number of these years ("46112", a
    workbook's date cell left in the General format), with the day it would be and what to do. Never
    read as that day: five digits may as well be a mistyped number. Seventeen digits that are a moment as
    R's data.table writes one with `dateTimeAs = "squash"` are said to be, and how to read them; so are
    eight that are its day (`20270315`)."""
    if (serial := serial_day(clean)) is not None:
        day = serial.strftime("%d-%m-%Y")
        return TransformError(
            f"not a date: {quoted(text)} (an Excel date number, {day}? format the cell as a date)",
            f"ikke en dato: {quoted_da(text)} (et Excel-datotal, {day}? formatér cellen som dato)",
        )
    if (moment := squash_moment(clean)) is not None:
        said = moment.strftime("%Y-%m-%d %H:%M:%S") + f".{moment.microsecond // 1000:03d}"
        return TransformError(
            f"not a date: {quoted(text)} (a moment as R's data.table writes it with dateTimeAs ="
            f' "squash", {said} UTC? its day depends on the zone: read it with the squash_date transform)',
            f"ikke en dato: {quoted_da(text)} (et tidspunkt, som R's data.table skriver det med dateTimeAs ="
            f' "squash", {said} UTC? dagen afhænger af tidszonen: læs det med transformationen squash_date)',
        )
    if (squashed := squash_day(clean)) is not None:  # 8 digits: fwrite's squash of a `Date`
        said = squashed.isoformat()
        return TransformError(
            f"not a date: {quoted(text)} (a day as R's data.table writes it with dateTimeAs ="
            f' "squash", {said}? read it with the squash_date transform)',
            f"ikke en dato: {quoted_da(text)} (en dag, som R's data.table skriver den med dateTimeAs ="
            f' "squash", {said}? læs den med transformationen squash_date)',
        )
    return TransformError(
        f"not a date: {quoted(text)}: {HOW_TO_WRITE[0]}",
        f"ikke en dato: {quoted_da(text)}: {HOW_TO_WRITE[1]}",
    )


def before_any_placement(text: str, year: int, what: str) -> TransformError:
    """A date or week of a year from 1900 but before `FIRST_YEAR`: before any placement could be, so no
    day of one; one of the years a workbook's small day numbers fall in is said to be likely an empty or
    zero date cell (a formula's 0, a 1 typed in a date column)."""
    what_da = {"date": "datoen", "week": "ugen"}[what]
    en = (f"the {what} {quoted(text)} is before {FIRST_YEAR}, before any placement, visit or grant the hub"
          " reads could be: write the year it was")  # fmt: skip
    da = (f"{what_da} {quoted_da(text)} er før {FIRST_YEAR}, før nogen praktik, noget besøg eller nogen"
          " bevilling, hubben læser, kan have været: skriv det år, det var")  # fmt: skip
    if year in _WORKBOOK_FIRST_DAYS:
        en += "; a workbook shows a date cell holding 0 or 1 so: is the cell empty, or a formula's 0?"
        da += "; et regneark viser en datocelle med 0 eller 1 sådan: er cellen tom eller en formels 0?"
    return TransformError(en, da)
