"""CSV mutators for `tools.fuzz_forms` (see `tools.fuzz_forms_text` for what a mutator is): the rows
parsed with the seed's own encoding and separator, changed as a municipality's export or a hand edit in
a spreadsheet might (a column or row gone, a separator or encoding swapped, a quote left open, a value
made odd), and written back."""

from __future__ import annotations

import csv
import io
import random

from hub.adapters.readers.csv_php import is_php_text, php_rows
from tools.fuzz_forms_text import ODD, Mutator, odd_for, truncate


def _decode(data: bytes) -> tuple[str, str]:
    """The seed's text and encoding (the seeds are UTF-8, with or without BOM, or cp1252)."""
    try:
        return data.decode("utf-8-sig"), "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252"), "cp1252"


def _delimiter(text: str) -> str:
    """The seed's separator: a tab where tabs outnumber both (Thisted's database export `.tsv`, which
    split at its commas was quoted into one column), else the more frequent of `;` and `,`."""
    if text.count("\t") > max(text.count(";"), text.count(",")):
        return "\t"
    return ";" if text.count(";") > text.count(",") else ","


def _rows(data: bytes) -> tuple[list[list[str]], str, str]:
    """The seed's rows as the hub reads them, its separator and encoding: a file PHP's `fputcsv` wrote
    with a backslash before a quote (Ringsted's) by PHP's rule, which RFC 4180's would read as a row whose
    cells run together (a mutant of that is another table, not the seed changed one way)."""
    text, encoding = _decode(data)
    delimiter = _delimiter(text)
    if is_php_text(text, delimiter):
        return list(php_rows(text, delimiter)), delimiter, encoding
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)), delimiter, encoding


def _write(rows: list[list[str]], delimiter: str, encoding: str, errors: str = "replace") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding, errors)


def _filled(rows: list[list[str]]) -> list[tuple[int, int]]:
    return [(r, c) for r, row in enumerate(rows) for c, cell in enumerate(row) if cell.strip()]


def csv_value(data: bytes, rng: random.Random) -> bytes | None:
    """One cell's value replaced by an odd one fit to what it held (a date by a date that does not exist)."""
    rows, delimiter, encoding = _rows(data)
    r, c = rng.choice(_filled(rows))
    rows[r][c] = odd_for(rows[r][c], rng)
    return _write(rows, delimiter, encoding)


def csv_drop_column(data: bytes, rng: random.Random) -> bytes | None:
    """One column taken out of every row."""
    rows, delimiter, encoding = _rows(data)
    width = max(len(row) for row in rows)
    if width < 2:
        return None
    column = rng.randrange(width)
    return _write([row[:column] + row[column + 1 :] for row in rows], delimiter, encoding)


def csv_rows(data: bytes, rng: random.Random) -> bytes | None:
    """A row dropped, doubled, or made longer or shorter than the others."""
    rows, delimiter, encoding = _rows(data)
    r = rng.randrange(len(rows))
    choice = rng.randrange(4)
    if choice == 0:
        del rows[r]
    elif choice == 1:
        rows.insert(r, list(rows[r]))
    elif choice == 2:
        rows[r] = rows[r] + [rng.choice(ODD[:9])] * rng.randrange(1, 4)
    else:
        rows[r] = rows[r][: rng.randrange(len(rows[r]) + 1)]
    return _write(rows, delimiter, encoding) if rows else None


def csv_delimiter(data: bytes, rng: random.Random) -> bytes | None:
    """The rows written with another separator (the one the form's config names is then wrong)."""
    rows, delimiter, encoding = _rows(data)
    other = rng.choice([d for d in (";", ",", "\t", "|") if d != delimiter])
    return _write(rows, other, encoding)


def csv_encoding(data: bytes, rng: random.Random) -> bytes | None:
    """The same text in another encoding than the form's: UTF-16 with or without BOM, a UTF-8 BOM, cp1252,
    UTF-8 where cp1252 is expected, Mac Roman, EBCDIC, UTF-32."""
    text, _ = _decode(data)
    encoding = rng.choice(
        ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-8", "cp1252", "mac_roman", "cp500", "utf-32"]
    )
    return text.encode(encoding, "replace")


def csv_quote(data: bytes, rng: random.Random) -> bytes | None:
    """A quote opened in one cell and never closed (the rest of the file is then that cell)."""
    text, encoding = _decode(data)
    cut = rng.randrange(len(text))
    return (text[:cut] + '"' + text[cut:]).encode(encoding.replace("-sig", ""), "replace")


def csv_lines(data: bytes, rng: random.Random) -> bytes | None:
    """Other line ends: old Mac CR only, bare LF, a NUL or a form feed between lines."""
    end = rng.choice([b"\r", b"\n", b"\x00\r\n", b"\x0c\r\n", b"\r\r\n"])
    return data.replace(b"\r\n", end)


CSV: dict[str, Mutator] = {
    "value": csv_value,
    "drop_column": csv_drop_column,
    "rows": csv_rows,
    "delimiter": csv_delimiter,
    "encoding": csv_encoding,
    "quote": csv_quote,
    "lines": csv_lines,
    "truncate": truncate,
}
