"""The shape of a CSV text, as the CSV reader (`tabular`) needs it before and after reading: its delimiter,
sniffed from its first lines, and whether it ends inside a quoted cell (a quote never closed).

Apart from `tabular` because each reads the text again on its own (a sample of lines, a strict pass)
rather than its cells, and each has its own bound on a hostile file (decision 0061, "Bounds").
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

DELIMITERS = (";", ",", "\t")  # in order of preference when two fit equally well
_LINE_BREAK = re.compile(r"\r\n?|\n")
_SPLIT_WHOLE = 64 * 1024  # characters of text split whole to sniff the delimiter


def first_lines(text: str, count: int) -> list[str]:
    """`text.splitlines()[:count]` without splitting the rest: 10 MB of empty lines split whole was 3.5
    million strings and 215 MB for the 50 wanted (decision 0061, "Bounds"). The text is cut after its
    `count`th line break; splitlines breaks at more characters than those, so the piece has them all."""
    if len(text) <= _SPLIT_WHOLE:
        return text.splitlines()[:count]  # an ordinary form: one split is quicker than 50 searches
    end = 0
    for _ in range(count):
        found = _LINE_BREAK.search(text, end)
        if found is None:
            break
        end = found.end()
    else:
        return text[:end].splitlines()[:count]
    return text.splitlines()[:count]


def open_at_end(text: str, delimiter: str, last: str) -> bool:
    """Whether the file ends inside a quoted cell: a quote opened and never closed, so that the csv
    module read every line after it as that one cell (and a timesheet lost its last rows and signature
    without a word), or a file cut short inside its last cell (`Bemærkning;"Møder hver dag;`, whose
    note was read short: decision 0064, stop 53). Only a last cell of several lines, or a last line
    holding a quote, can be one, so only then is the text read again, strictly, where the csv module
    says so ("unexpected end of data")."""
    if (
        "\n" not in last
        and "\r" not in last
        and '"' not in text[max(text.rfind("\n"), text.rfind("\r")) + 1 :]
    ):
        return False
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return str(exc) == "unexpected end of data"
    return False


def closed_early(text: str, delimiter: str) -> int | None:
    """The record whose quoted cell, run over lines, closes where the cell goes on (`"Bemærkning""` then
    the next line's `"2011874410",…`): the csv module reads on to the next quote, and the lines between
    (a grant) become part of that cell without a word. Read strictly, it is where the csv module says
    "'…' expected after '"'" on a later line than its record began; None where no record is so. A fault on
    a record's first line (`"1023"456789"`) is the cell's alone, and white space after a closing quote (a
    form feed at a line's end) no fault: both are read as before."""
    space = re.escape(delimiter)
    tidy = re.sub(rf'"[^\S\r\n{space}]+(?=[\r\n{space}]|$)', '"', text)
    reader = csv.reader(io.StringIO(tidy, newline=""), delimiter=delimiter, strict=True)
    records, began = 0, 1
    try:
        for _ in reader:
            records, began = records + 1, reader.line_num + 1
    except csv.Error as exc:
        if "expected after" in str(exc) and reader.line_num > began:
            return records + 1
    return None


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter giving the most rows of one width (at least two columns); ties go by preference."""
    best, best_score = DELIMITERS[0], (0.0, 0)
    sample = [line for line in lines if line.strip()]
    for candidate in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(sample, delimiter=candidate)]
        except csv.Error:  # a hostile field (300 KB in quotes): the reading proper says where it is
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = (count / len(widths), width) if width > 1 else (0.0, 0)
        if score[0] > best_score[0]:  # strictly better consistency only, so that ties keep preference
            best, best_score = candidate, score
    return best
