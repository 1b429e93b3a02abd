"""Whether a column of values is a timesheet's weeks, for `hub adapters suggest`'s XML rows and PDF
numbered fields: decided from the column's label and all its values, never from one value.

`week` reads "2026-18" as week 18 (strftime's `%G-%V`, the twenty-fifth trial's pandas export), but a
year, a hyphen and two digits is as often ISO 8601's year and month ("2026-03", March) or a case number
("2026-18"). Such values are weeks only where the column's label names weeks; a column whose label names
a month is no week however its values read ("maaned" beside a week's number and year); the written-out
forms ("2026-W18", "uge 18 2026", "18/2026") are weeks by their values, as before (decision 0060,
"Stop 61: suggest-72").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hub.adapters.mapping.danish_dates import MONTHS
from hub.adapters.mapping.english_months import MONTHS_EN
from hub.adapters.mapping.textparse import TransformError, parse_week
from hub.adapters.suggest.words import fold, words

_YEAR_AND_TWO = re.compile(r"\s*\d{4}-\d{2}\s*")  # 2026-18, 2026-03: a week, a month or a case number
_WEEK_WORDS = ("uge", "week")  # folded word beginnings: Uge, Ugenr, Ugenummer, week, weekNo
_MONTH_WORDS = ("maaned", "month")  # Måned, Måned_år, month
_MONTH_SHORT = frozenset({"md", "mdr", "mth"})
# A month's name, Danish or English, whole or cut short ("januar", "jan.", "May", "okt"), perhaps with its
# year ("marts 2026"): what a column headed `Uge` holds when it is a month's timesheet, not a week's.
_MONTH_NAMES = frozenset(MONTHS) | {fold(m) for m in MONTHS_EN} | {"may", "oct"}
# Said where such a column is left to a person (`classify`, `render_tables.table_block`).
MONTHS_NOTE = "holds months' names, not weeks: no week drafted; ask for each row's week or day"
_MONTH_VALUE = re.compile(r"\s*([^\W\d_]+)\.?(?:\s+\d{4})?\s*")


def names_weeks(label: str) -> bool:
    """Whether a label (an element's or attribute's name, a field's name or printed label) names weeks."""
    return any(word.startswith(_WEEK_WORDS) for word in words(label))


def names_months(label: str) -> bool:
    """Whether a label names a month (`maaned`, "Måned", `month`, "Md.")."""
    return any(word.startswith(_MONTH_WORDS) or word in _MONTH_SHORT for word in words(label))


def weeks(label: str, values: Sequence[str]) -> bool:
    """Whether a column labelled `label` holding `values` (each filled one) is weeks: every value reads as
    `week` reads it, the label names no month, and a value written as a year and two digits only where
    the label names weeks."""
    if not values or names_months(label):
        return False
    for value in values:
        try:
            parse_week(value)
        except TransformError:
            return False
    return names_weeks(label) or not any(_YEAR_AND_TWO.fullmatch(v) for v in values)


def month_names(values: Sequence[str]) -> bool:
    """Whether every filled value names a month ("januar", "jan.", "May 2026"): a column of them is a
    month's, whatever its label says (`Uge`), and never drafted as weeks (decision 0060, "Stop 62:
    fixes-75"). A month's number ("3") is a week's number too: such a column stays as its label says."""
    filled = [v for v in values if v.strip()]
    return bool(filled) and all(
        (m := _MONTH_VALUE.fullmatch(v)) is not None and fold(m[1]) in _MONTH_NAMES for v in filled
    )


_MONTH_OF_YEAR = re.compile(r"\s*([^\W\d_]+)\.?\s+\d{4}\s*")


def month_of_year(text: str) -> bool:
    """Whether a text is a month with its year ("november 2026", "nov. 2026", "May 2026"): the period a
    sheet covers, never a person's name, as a day is not ("Maj" alone may be one, so the year is asked)."""
    found = _MONTH_OF_YEAR.fullmatch(text)
    return found is not None and fold(found[1]) in _MONTH_NAMES
