"""A CSV written by PHP's `fputcsv` with its default escape character, the backslash (decision 0060,
"Stop 67: trial-104").

`fputcsv` doubles a quote inside a quoted value, as RFC 4180 does, except a quote after a backslash,
which it writes as it is: a value `gemt i "P:\\Mentor\\"` becomes `"gemt i ""P:\\Mentor\\""`. Read by RFC
4180's rule, the `""` there is a quote inside the cell, not its end: the cell runs on into the next one,
and every cell after it in the row moves one column left (an approval read under the day signed, a day
read under the hours), without a word, or refused for a reason that is not the file's. PHP's own
`fgetcsv` reads the backslash as fputcsv wrote it: the character after it is the value's (and the
backslash too).

A file is read by PHP's rule only where that rule is what makes it a table: it holds a backslash before a
quote, read by RFC 4180 its rows are not all as wide (or a quote stands where none may), and read by
PHP's rule every row from its header on is as wide as the header. Rows above the header may be narrower:
a PHP app writes its title or period first (`fputcsv($out, ['Mentortimer marts 2027'])`), and a file
whose header is its first row was the only one read so (decision 0068, "Stop 67: review-107"). Any other
file is read as before: a backslash before a quote in a file whose rows already agree is a value's text
(`C:\\"`), as RFC 4180 reads it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator

__all__ = ["is_php_text", "php_rows"]

# A run of backslashes, and the quote after it if there is one: what fputcsv did not double.
_BACKSLASHES = re.compile(r'(\\+)(")?')


def is_php_text(text: str, delimiter: str) -> bool:
    """True for a CSV whose rows agree in width only when a quote after a backslash is read as PHP's
    `fputcsv` wrote it (a character of the value), and not by RFC 4180's rule."""
    if '\\"' not in text:
        return False
    php = _widths(php_rows(text, delimiter, strict=True))
    # the header is the first of the widest rows; a title or period line above it is narrower
    if not php or len(set(php[php.index(max(php)) :])) != 1:
        return False
    plain = _widths(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    return plain is None or len(set(plain)) != 1


def php_rows(text: str, delimiter: str, strict: bool = False) -> Iterator[list[str]]:
    """The rows of a CSV `fputcsv` wrote (`is_php_text`): a backslash and the character after it are
    both the value's. The csv module's escape character drops itself, so each backslash is doubled
    first, and a quote after a run of them escaped: the backslashes come out as written."""
    escaped = _BACKSLASHES.sub(lambda m: m[1] * 2 + ('\\"' if m[2] else ""), text)
    return csv.reader(io.StringIO(escaped, newline=""), delimiter=delimiter, escapechar="\\", strict=strict)


def _widths(rows: Iterable[list[str]]) -> list[int] | None:
    """The widths of the rows that hold a cell, in order; None where the reading finds a quote where none
    may be."""
    try:
        return [len(row) for row in rows if row]
    except csv.Error:
        return None
