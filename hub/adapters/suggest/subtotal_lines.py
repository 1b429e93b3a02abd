"""A table's subtotal line for `hub adapters suggest`: a line of sums (`I alt`, `Sum`, ...) with more rows
of the same table under it, as a case system's report prints after each citizen's rows (decision 0060,
"Stop 63: lang-80"). The draft then says `subtotals = { label = ... }` on its items, and reads on past
it, where it ended the table there and read the next citizen's rows as labels and values of their own.
The same on a list's table (a timesheet's week lines; lang-93), by `starts` where the line names its week
(`I alt uge 32`), and past the lines the rule takes at the table's end (the last week's, the total under
it), so that the row the table ends at is the one after them.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.selector_text import normalise_label, normalise_text, reads_label
from hub.adapters.mapping.total_line import TOTAL_WORDS, is_total, subtotal_words
from hub.adapters.readers.base import SourceValue
from hub.adapters.suggest.header_rows import col_of, label_like
from hub.adapters.suggest.toml_text import q


def is_subtotal(cells: Sequence[SourceValue], below: Sequence[SourceValue], table_cols: set[int]) -> bool:
    """Whether a row straight under a table's rows (`cells`, its first filled cell first) is a subtotal:
    it starts with a total word, and the row under it (`below`) is one more row of the table (in its
    columns, more than one value, its first cell no label)."""
    norm = normalise_label(cells[0].value or "") if cells else ""
    if not any(norm == word or norm.startswith(word + " ") for word in TOTAL_WORDS):
        return False
    # A page number under a report's last line (`Side 2 af 2`, Lemvig's) is no row: a row has values.
    return len(below) > 1 and {col_of(c) for c in below} <= table_cols and not label_like(below[0].value)


def subtotal_rule(subtotal: str) -> str:
    """The draft's rule for a table's first subtotal line, as TOML (`label = "I alt"`, `starts = "I alt
    uge"`), the words a refusal of such a line offers (`total_line.subtotal_words`)."""
    key, words = subtotal_words(subtotal)
    return f"{key} = {q(words)}"


def takes(cells: Sequence[SourceValue], subtotal: str) -> bool:
    """Whether a row (its first filled cell first) is one the drafted subtotal rule takes: the table's
    last week's line (no row of the table under it) and its total (`I alt`) under that, read as lines of
    sums by the rule and so no row the table ends at."""
    if not cells or not subtotal:
        return False
    key, words = subtotal_words(subtotal)
    return reads_label(normalise_text(cells[0].value or ""), normalise_text(words), key == "starts")


def ends_rows(cells: Sequence[SourceValue], rows: Sequence[dict[str, str]], headers: dict[int, str]) -> bool:
    """Whether a row straight under a table's rows (`cells`, its first filled cell first) is the table's
    total line, which ends it: it reads as a line of sums as the mapping reads one (`I alt april 2027`,
    `Timer i alt`), and leaves empty a column every row above it fills (the day, the CPR number). Its
    words hold a number (a month's, a year's), so it was no label, and the draft read it as one more
    row, which the mapping then refused as a total line (decision 0060, "Stop 67: trial-108")."""
    filled = [c for c in cells if (c.value or "").strip()]
    if not filled or not rows:
        return False
    if not is_total(normalise_label(filled[0].value or ""), [c.value or "" for c in filled[1:]]):
        return False
    always = set.intersection(*({h for h, v in row.items() if v.strip()} for row in rows))
    return bool(always - {headers.get(col_of(c), "") for c in filled})
