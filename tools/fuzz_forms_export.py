"""Mutators for `tools.fuzz_forms` (see `tools.fuzz_forms_text` for what a mutator is) that give a CSV
file as a case system's export leaves one (stop 54), which no other mutator makes:

- csv/total: a sum line under the table, as exports and report generators print one: "I alt", "Total"
  or "Sum" in the first cell, each column of numbers summed (a Danish decimal comma), the rest empty;
- csv/joined: the file twice, as an export appended to the last one or two exports `cat`-ed together
  leave it; a file in UTF-8 has its byte order mark again in the middle, where the second one began.

The form says what its seed says, and a sum or the same rows again: each must be read as its seed or
refused by the bar (`SAME_OR_REFUSED`). A reader that takes the sum line for a row, or the second copy
for more rows, reads hours twice, in silence: the tool counts that as FAILED.
"""

from __future__ import annotations

import csv
import io
import random
import re
from decimal import Decimal, InvalidOperation

from tools.fuzz_forms_csv import _decode, _rows
from tools.fuzz_forms_text import Mutator

TOTALS = ("I alt", "Total", "Sum", "I alt:")
_WORDS = frozenset(word.lower().rstrip(":") for word in TOTALS)
# A number as a Danish export writes hours (`1,5`, `2`); five digits or more is an identifier, not summed.
_NUMBER = re.compile(r"-?\d{1,4}(?:,\d+)?")


def _filled(row: list[str]) -> bool:
    return any(cell.strip() for cell in row)


def _table(rows: list[list[str]]) -> tuple[int, int] | None:
    """The first and last row of the longest run of filled rows holding a column of numbers below its
    first row (the table: its header, then its rows), or None."""
    best: tuple[int, int] | None = None
    start = None
    for r, row in enumerate([*rows, []]):
        if _filled(row) and start is None:
            start = r
        elif not _filled(row) and start is not None:
            if (
                r - start >= 3
                and _sums(rows[start + 1 : r])
                and (best is None or r - start > best[1] - best[0])
            ):
                best = (start, r - 1)
            start = None
    return best


def _sums(rows: list[list[str]]) -> dict[int, Decimal]:
    """Each column whose cells in `rows` are all numbers (two or more filled) and not a date's parts,
    summed."""
    width = max(len(row) for row in rows)
    sums = {}
    for column in range(1, width):
        cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
        if len(cells) < 2 or not all(_NUMBER.fullmatch(cell) for cell in cells):
            continue
        try:
            sums[column] = sum((Decimal(cell.replace(",", ".")) for cell in cells), Decimal(0))
        except InvalidOperation:
            continue
    return sums


def csv_total(data: bytes, rng: random.Random) -> bytes | None:
    """A sum line right under the table's last row of numbers: a total's word in the first cell, each
    column of numbers summed (written with a decimal comma), every other cell empty. The file's other
    lines are kept byte for byte. None where the table already ends in one (Lemvig's, Vordingborg's)."""
    rows, delimiter, encoding = _rows(data)
    found = _table(rows)
    if found is None or any(row and row[0].strip().lower().rstrip(":") in _WORDS for row in rows):
        return None
    first, last = found
    sums = _sums(rows[first + 1 : last + 1])
    # Under the last row with a number in a summed column, above a signature in the same run of lines.
    last = max(r for r in range(first + 1, last + 1) for c in sums if c < len(rows[r]) and rows[r][c].strip())
    line = [""] * max(len(row) for row in rows[first : last + 1])
    line[0] = rng.choice(TOTALS)
    for column, total in _sums(rows[first + 1 : last + 1]).items():
        line[column] = f"{total.normalize():f}".replace(".", ",")
    text, _ = _decode(data)
    lines = io.StringIO(text, newline="").readlines()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    starts = []  # the physical line each row starts on (a quoted cell may span lines)
    for _ in range(last + 1):
        starts.append(reader.line_num)
        next(reader)
    end = reader.line_num
    ending = re.search(r"\r\n|\n|\r", lines[end - 1])
    out = io.StringIO(newline="")
    quoted = lines[starts[first]].startswith('"')  # an export quoting every cell quotes its sum line too
    csv.writer(
        out,
        delimiter=delimiter,
        quoting=csv.QUOTE_ALL if quoted else csv.QUOTE_MINIMAL,
        lineterminator=ending[0] if ending else "\r\n",
    ).writerow(line)
    before = "".join(lines[:end]) + ("" if ending else "\r\n")  # a last line with no line end gets one
    return (before + out.getvalue() + "".join(lines[end:])).encode(encoding)


def csv_joined(data: bytes, rng: random.Random) -> bytes | None:
    """The file twice, as `cat` of two exports leaves it: a UTF-8 file's byte order mark again where the
    second began (or, half the time for a file without one, none at all); a line end between them where
    the first had none, and a third of the time a blank line too (an export ending in one)."""
    ending = b"\r\n" if b"\r\n" in data else b"\n"
    joint = data if data.endswith(b"\n") else data + ending
    second = data
    utf8 = True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = False
    if utf8 and not data.startswith(b"\xef\xbb\xbf") and rng.random() < 0.5:
        second = b"\xef\xbb\xbf" + data
    if rng.random() < 1 / 3:
        joint += ending
    return joint + second


CSV: dict[str, Mutator] = {"total": csv_total, "joined": csv_joined}
# The seed's form with a sum line or the same rows again: read as it, or refused by the bar.
SAME_OR_REFUSED = {"csv/total", "csv/joined"}
