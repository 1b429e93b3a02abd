"""A database's text export read as the database meant it: PostgreSQL's COPY text format (what
`COPY ... TO STDOUT` and psql's `\\copy` write when no format is named) and MySQL's `SELECT ... INTO
OUTFILE`, which write alike.

Such a file is tab-separated and never quoted: a NULL is the cell `\\N`, and a tab, a line break or a
backslash inside a value is written as `\\t`, `\\n`, `\\\\` (and `\\r`, `\\b`, `\\f`, `\\v`, an octal
`\\123` or a hex `\\x41`; any other character after a backslash is itself). Read as a CSV, Thisted's
export of ends of placements (decision 0060, "Twenty-third trial") gave a remark of two lines as
"...lagermedarbejder.\\n32 timer..." and a remark never given as the text "\\N", both stored in silence.

A person never types `\\N` alone in a cell, so a tab-separated file with such a cell is taken as the
databases' text format: its lines are split at every tab (a quote is a character like any other, as the
format has no quoting) and each value unescaped, `\\N` read as an empty cell. A tab-separated file
without a NULL is read as a CSV, as before: its backslashes cannot be told from a person's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NULL = "\\N"
# A cell that is `\N` alone, between tabs or at a line's ends (a line ending in LF, CR LF or CR alone).
_NULL_CELL = re.compile(r"(?<![^\t\r\n])\\N(?![^\t\r\n])")
# A line's end: the format escapes a CR or LF inside a value (`\r`, `\n`), so each one written as it is
# ends a line, LF, CR LF or a CR alone, as PostgreSQL's COPY FROM reads them; a file edited on another
# system, or two joined, may hold more than one kind (fuzz-107's csv/line_ends).
_LINE_END = re.compile(r"\r\n|\r|\n")
_ESCAPE = re.compile(r"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.))", re.DOTALL)
_NAMED = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_END_OF_DATA = "\\."  # the line that ends a COPY's data in a dump (psql writes it; COPY TO does not)


def is_copy_text(text: str, delimiter: str) -> bool:
    """True for a tab-separated text holding a NULL cell (`\\N`): the databases' text format."""
    return delimiter == "\t" and _NULL_CELL.search(text) is not None


def copy_rows(text: str) -> Iterator[list[str]]:
    """The rows of a text in the databases' text format, each value unescaped (a NULL is "")."""
    lines = _LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()  # the line end after the last row
    for line in lines:
        if line == _END_OF_DATA:
            return
        yield ["" if cell == NULL else _ESCAPE.sub(_unescaped, cell) for cell in line.split("\t")]


def _unescaped(found: re.Match[str]) -> str:
    octal, hexadecimal, other = found.groups()
    if octal is not None:
        return chr(int(octal, 8) & 0xFF)  # COPY keeps the low byte of a three-digit octal
    if hexadecimal is not None:
        return chr(int(hexadecimal, 16))
    return _NAMED.get(other, other)
