"""Whether a text is a table: what tells a CSV file from any other text before it is read as one.

Every CSV the hub reads (an Excel export in cp1252 or UTF-8 with a BOM, a spreadsheet saved as text
with tabs, a case system's export) separates its fields by `;`, `,`, a tab or `|` (the separators a form
may name, `config_rules`), and most of its rows hold two fields or more: Excel pads every row to the
sheet's width, and a case system's export puts a title line above its rows. The rows need not be equally
wide: a form saved as CSV has rows of a label and its value above a table of three columns (Herlev's
timesheet). A text with few such rows (a script, a program's log, "potato salad", the `xref` and
`trailer` lines of a fuzzed PDF) is no CSV: read as one, it was one column of whole lines, and the
sender heard about columns a file never had.
"""

from __future__ import annotations

import csv
import io
import re

# The separators a form's [forms.reader] may name; the CSV reader sniffs the first three
# (`tabular.DELIMITERS`), a `|` file is read where its form names it.
SEPARATORS = (";", ",", "\t", "|")
_LINES = 50  # the CSV reader sniffs its delimiter from as many lines
_EXCEL_SEP_LINE = re.compile(r"\ufeff?sep=.[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)


def has_columns(head: str, whole: bool) -> bool:
    """Whether `head` (a text's first characters, `whole` when they are all of it) is a table: for some
    separator, at least half of its first non-empty rows are split into fields by it."""
    if _EXCEL_SEP_LINE.match(head):  # Excel's "sep=;" line names the separator: a CSV by its maker's word
        return True
    for separator in SEPARATORS:
        try:
            rows = [
                row
                for row in csv.reader(io.StringIO(head, newline=""), delimiter=separator)
                if "".join(row).strip()
            ]
        except csv.Error:  # a field longer than the csv module's limit: not this separator's table
            continue
        if not whole:  # the last row may be cut inside a field: not counted
            rows = rows[:-1]
            if not rows:  # one row longer than the head (a field of pages in quotes): the reader decides
                return True
        rows = rows[:_LINES]
        if 2 * sum(len(row) > 1 for row in rows) >= len(rows):
            return True
    return False
