"""A workbook's day number read as a date: a whole number in a cell left in the General format that is
an Excel day of 1990-2099 (46083, 2 March 2026), as the XLSX reader marks it (`general_number`).

One rule for every place that asks "is this a date?": a value read by `date` (and `last_day`'s start)
and a table's `not_date` stop, so that a column of such days is read and ends where the values do."""

from __future__ import annotations

from hub.adapters.mapping.excel_days import excel_day
from hub.adapters.readers.base import SourceValue

# In a value's provenance before `date`: the raw value was a workbook's day number, read as that day.
EXCEL_DAY = "excel_day_number"


def workbook_day(value: SourceValue | None) -> str | None:
    """The ISO day a workbook's General-format whole number is, else None. Only such a cell: the same
    digits typed as text, or in a CSV or XML file, may be any number and stay an error."""
    if value is None or not value.meta.get("general_number") or not value.value:
        return None
    return excel_day(value.value)
