"""A table's subtotal line for `hub adapters suggest`: a line of sums (`I alt`, `Sum`, ...) with more rows
of the same table under it, as a case system's report prints after each citizen's rows (decision 0060,
"Stop 63: lang-80"). The draft then says `subtotals = { label = ... }` on its items, and reads on past
it, where it ended the table there and read the next citizen's rows as labels and values of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.total_line import TOTAL_WORDS
from hub.adapters.readers.base import SourceValue
from hub.adapters.suggest.header_rows import col_of, label_like


def is_subtotal(cells: Sequence[SourceValue], below: Sequence[SourceValue], table_cols: set[int]) -> bool:
    """Whether a row straight under a table's rows (`cells`, its first filled cell first) is a subtotal:
    it starts with a total word, and the row under it (`below`) is one more row of the table (in its
    columns, more than one value, its first cell no label)."""
    norm = normalise_label(cells[0].value or "") if cells else ""
    if not any(norm == word or norm.startswith(word + " ") for word in TOTAL_WORDS):
        return False
    # A page number under a report's last line (`Side 2 af 2`, Lemvig's) is no row: a row has values.
    return len(below) > 1 and {col_of(c) for c in below} <= table_cols and not label_like(below[0].value)
