"""A value typed below the line that ended a csv/xlsx table, not a whole row: refused at its cell (decision
0060, "Stop 57: quiet-65"; below a `blank` or `not_date` stop's end too, "Stop 58: quiet-66").

`rows_past_end.row_below_stop` (and `stray_row` for a `blank`/`not_date` stop) tells a whole row typed below a
table's end; a part of one (the hours `2` alone under the `Timer` column, a date and hours without the
CPR number) was read by no rule and lost in silence, though a person sees it on the sheet. Such a row
is refused at its first cell: every one of its filled cells lies in a column of the table, those in a
column the table requires read as that column's values (its transforms accept them), and at least one
lies in a column of numbers, dates or CPR numbers (one whose transforms refuse a word: a name column
reads anything), or every one is a name in a column of names (`_names_below`), required or not: a name
typed alone in an optional name column is a row begun too ("Stop 59: suggest-68").
A row with anything else in it (a label such as `Dato` beside its value, a note outside the table's
columns, a label the config reads by) is the form's own text, not a row of the table, and is left as
before; so is a row with a cell another rule of the config reads (`label:`, `below:`, ...), and a lone
number that is its column's sum above it (a total line without its words).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation

from hub.adapters.mapping.rows_past_end import cell_reads, row_below_stop, table_end
from hub.adapters.mapping.selector_text import normalise_label, parse_cell
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.tables import TableRows, is_page_number
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.readers.base import SourceValue, column_letters, describe_locator
from hub.quoting import quoted, quoted_da

__all__ = ["below_end", "value_below_table"]

_WORD = "Underskrevet"  # a word of a form's own text, which no column of numbers or dates reads


def below_end(
    index: SourceIndex,
    table: TableRows,
    columns: Mapping[str, int],
    required: Mapping[str, Sequence[TransformCall]],
) -> tuple[tuple[str, str], str, str] | None:
    """What is typed below the table's end and read by no rule: a whole row (`row_below_stop`), else a
    part of one (`value_below_table`); None when neither."""
    return row_below_stop(index, table, dict(columns), required) or value_below_table(
        index, table, columns, required
    )


def _read(value: SourceValue | None, calls: Sequence[TransformCall]) -> str | None:
    """The text a cell reads as through its column's transforms (None: it does not read)."""
    if value is None or not cell_reads(value, calls):
        return None
    text = (value.value or "").strip()
    for call in calls:
        transform = TRANSFORMS[call.name]
        if not (transform.combines or call.name == "default"):
            try:
                text = str(transform.func(text, call.args))
            except (TransformError, ValueError):
                return None
    return text


def _number(text: str | None) -> Decimal | None:
    try:
        return Decimal((text or "").replace(",", "."))
    except InvalidOperation:
        return None


def _is_sum(
    index: SourceIndex, table: TableRows, col: int, value: str, calls: Sequence[TransformCall]
) -> bool:
    """Whether a lone number is the sum of its column's values in the table (a total without its words)."""
    total, own = Decimal(0), _number(value)
    if own is None:
        return False
    for row in table.rows:
        cell = index.cell(index.default_sheet, row, col)
        if cell is None or not (cell.value or "").strip():
            continue
        number = _number(_read(cell, calls))
        if number is None:
            return False
        total += number
    return total == own


def _name_like(text: str) -> bool:
    """Whether a text has a name's shape: two to four words of letters, each capitalised ("Mette Hansen",
    "Falck Danmark"); a sentence, a label ("Udskrevet af"), a note or a date has not."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[0].isupper() and all(ch.isalpha() or ch in "-.'’" for ch in w) for w in words
    )


def _names_below(index: SourceIndex, table: TableRows, read: Mapping[int, str | None]) -> bool:
    """Whether a row below the table holds only names in its required columns (or, with none of those
    filled, in its optional ones), each in a column whose every value in the table is a name too
    (decision 0060, "Stop 58: quiet-66"): a name typed under the export's `Navn` column is a row begun
    and not finished, not the form's own text, though a name column reads anything. A note, a label or
    a sentence there is no name, and left as before."""
    return bool(read) and all(
        _name_like(text or "") and _column_of_names(index, table, c) for c, text in read.items()
    )


def _column_of_names(index: SourceIndex, table: TableRows, col: int) -> bool:
    """Whether every value of a column in the table is a name (and it holds one)."""
    above = [index.cell(index.default_sheet, row, col) for row in table.rows]
    texts = [(v.value or "").strip() for v in above if v is not None and (v.value or "").strip()]
    return bool(texts) and all(_name_like(t) for t in texts)


def _place(value: SourceValue) -> tuple[int, int] | None:
    """A cell's row and column: from the reader's meta, else from its key (`Ark1!E8`)."""
    row, col = value.meta.get("row"), value.meta.get("col")
    if isinstance(row, int) and isinstance(col, int):
        return row, col
    parsed = parse_cell(value.key)
    return (parsed[1], parsed[2]) if parsed else None


def _read_elsewhere(index: SourceIndex) -> set[tuple[int, int]]:
    """The cells the form's label selectors read (a signature's date under its label)."""
    found: set[tuple[int, int]] = set()
    for selector in index.label_selectors:
        value = index.resolve(selector)
        place = _place(value) if value is not None else None
        if place is not None:
            found.add(place)
    return found


def value_below_table(
    index: SourceIndex,
    table: TableRows,
    columns: Mapping[str, int],
    required: Mapping[str, Sequence[TransformCall]],
) -> tuple[tuple[str, str], str, str] | None:
    """A part of a row typed below the line that ended the table (see the module): where (English,
    Danish), then the reason in English and Danish; None when there is none. `columns`: normalised
    header -> column; `required`: header -> transforms of the columns a row must hold."""
    end = table_end(index, table, columns)  # a `blank` or `not_date` stop's end too (stop 58)
    if end is None or not required:
        return None
    last, ended, ended_da = end
    wanted = {columns[normalise_label(h)]: calls for h, calls in required.items()}
    table_cols = set(columns.values())
    # A column whose transforms refuse a word reads numbers, dates or CPR numbers: a value typed there
    # is a table's value; a name column reads any words, the form's own text too.
    typed = {col: not cell_reads(SourceValue("", _WORD, {}), calls) for col, calls in wanted.items()}
    elsewhere: set[tuple[int, int]] | None = None  # made only when a row looks like one
    for row in index.filled_rows():
        if row <= last:
            continue
        filled = [v for v in index.row_values(row) if (v.value or "").strip()]
        cols = [(_place(v) or (0, 0))[1] for v in filled]
        if not filled or any(c not in table_cols for c in cols) or is_page_number(filled[0].value or ""):
            continue  # a label or note beside the table's columns: the form's own text
        if any(index.cell_text(v.value or "") in index.labels for v in filled):
            continue  # a label the config reads by (`Underskrevet af`) and its value: the form's own line
        read = {c: _read(v, wanted[c]) for v, c in zip(filled, cols, strict=True) if c in wanted}
        if any(text is None for text in read.values()):
            continue
        # Where only optional columns are filled, those of names, their text as typed (a name column
        # reads anything); a note beside them in another column is part of the same row.
        names = read or {
            c: (v.value or "").strip()
            for v, c in zip(filled, cols, strict=True)
            if _column_of_names(index, table, c)
        }
        if not any(typed[c] for c in read) and not _names_below(index, table, names):
            continue  # nothing a column of numbers, dates or CPR numbers reads, and no name: words alone
        if len(filled) == 1 and read:
            col, text = next(iter(read.items()))
            if _is_sum(index, table, col, text or "", wanted[col]):
                continue  # the column's total, printed without words
        if elsewhere is None:
            elsewhere = _read_elsewhere(index)
        if any((row, c) in elsewhere for c in cols):
            continue
        first = filled[0]
        refs = [f"{column_letters(c)}{row}" for c in cols]
        shown = ", ".join(f"{ref} {quoted(v.value)}" for ref, v in zip(refs, filled, strict=True))
        shown_da = ", ".join(f"{ref} {quoted_da(v.value)}" for ref, v in zip(refs, filled, strict=True))
        return (
            (describe_locator(first, index.format, "en"), describe_locator(first, index.format, "da")),
            f"the table ends at {ended}, but below it {shown} is typed in the table's columns, which no"
            f" rule reads: move it into a row of the table above row {last} and fill in the rest of the"
            f" row, or clear it",
            f"tabellen slutter i {ended_da}, men under den er {shown_da} skrevet i tabellens kolonner, og"
            f" det læses ikke: flyt det op i en række i tabellen over række {last}, og udfyld resten af"
            f" rækken, eller tøm cellen",
        )
    return None
