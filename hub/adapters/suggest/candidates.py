"""What `hub adapters suggest` reads from a document: candidate values, tables, and the form's title."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A step of an XML path in a later copy of its element (`d:forloeb[2]`): another record's or row's. One
# pattern for the classifier and the day signed (`classify`, `signed_on`), which each had a copy.
LATER_COPY = re.compile(r"\[(?:[2-9]|\d{2,})\]")


@dataclass(frozen=True)
class Candidate:
    """One value of the document: its selector, texts to guess from (best first), and what was seen."""

    selector: str
    texts: tuple[str, ...]
    where: str = ""
    value: str | None = None
    options: tuple[str, ...] = ()
    # PDF choices: "boxes" (a group of checkboxes, or one alone; `keys` are their fields) or "radio" (one
    # field); `printed` is each box's field (a radio's export value) with the words printed beside it.
    kind: str = ""
    keys: tuple[str, ...] = ()
    printed: tuple[tuple[str, str], ...] = ()
    # A many-records table's column: its distinct values in the first rows, and whether there are more.
    column_values: tuple[str, ...] = ()
    more_values: bool = False
    # A mark's dropdown in a table's column: its lines, in order (`marks`; `options` is a field's own).
    listed: tuple[str, ...] = ()
    # The section heading printed above its label ("Praktiksted" over "Virksomhed"), or an XML value's
    # parent element: whose value the label names (`sections`).
    heading: str = ""


@dataclass
class Table:
    """A header row with values below it: each data row's cells by header, and what follows the table.

    `trailer` is the first cell of a row straight after the data that is no data row ("Underskrevet af"
    with no blank row between): a list reads rows until a wholly empty one, so it would read that row too.
    """

    where: str
    headers: tuple[str, ...]
    rows: list[dict[str, str]] = field(default_factory=list)
    trailer: str = ""
    trailer_row: int = 0
    subtotal: str = ""  # a line of sums with more of its rows below it (`subtotal_lines`)
    raised: frozenset[str] = frozenset()  # headers printed a row higher (merged down: `two_row_headers`)
    across: bool = False  # one record a column: `headers` are the labels down a column (`across`)
    pivot: str = ""  # a list's entry a column (`pivot`): the key ("week", "date") of `headers[0]`'s values
    blocks: tuple[str, ...] = ()  # where the same table's header is printed again (`header_blocks`)
    # A column's dropdown (a list validation over its cells): every line, for a mark's scale (`marks`).
    listed: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass
class Gathered:
    """Everything the suggestion is made from."""

    candidates: list[Candidate] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    title: str = ""
    namespaces: dict[str, str] = field(default_factory=dict)
    sheet: str = ""  # a workbook's sheet the draft reads when it is not the first (`[forms.reader] sheet`)
