"""Writing a form's facts as a job centre's workbook template lays them out: a label merged over some
columns and its value merged over the next (the eighth and twelfth trials' generators)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

Fact = tuple[str, str | int | datetime]


def merged_facts(
    sheet: Any, facts: tuple[Fact, ...], first_row: int, spans: tuple[int, int, int], formats: tuple[Any, ...]
) -> None:
    """A label and value row a fact from `first_row` (0-based): the label merged over columns
    `spans[0]`..`spans[1] - 1`, its value over `spans[1]`..`spans[2]`; a datetime is a date cell, an int
    a number (General format), a str typed text. `formats`: the label's, the value's, a date's."""
    label_from, value_from, value_to = spans
    label, value, date = (*formats, None)[:3]
    for offset, (text, typed) in enumerate(facts):
        row = first_row + offset
        sheet.merge_range(row, label_from, row, value_from - 1, text, label)
        if isinstance(typed, datetime):
            sheet.merge_range(row, value_from, row, value_to, "", date)
            sheet.write_datetime(row, value_from, typed, date)
        elif isinstance(typed, int):
            sheet.merge_range(row, value_from, row, value_to, "", value)
            sheet.write_number(row, value_from, typed, value)
        else:
            sheet.merge_range(row, value_from, row, value_to, typed, value)
