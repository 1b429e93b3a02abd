"""A CSV refused at a row: a quote left open or closed early, a cell longer than the csv module's limit;
and `at_row`, which places every CSV reader's reason at its row (a record's number), in both languages.

Apart from `csv_text` (which encoding the bytes are read in): these are the refusals of the text's cells
as the csv module reads them (`tabular`), and `at_row` is also the limits' (`tabular_limits`).
"""

from __future__ import annotations

import csv

from hub.errors import FieldProblem, UnreadableDocument
from hub.quantities import number_text


def csv_refusal(filename: str, row: int) -> UnreadableDocument:
    """The refusal of a CSV the csv module cannot read from `row` on: in practice a cell longer than
    its field limit, which is a quote left open (every line after it read as one cell)."""
    limit = csv.field_size_limit()
    en = f'a cell is longer than {number_text(limit, "en")} characters: is a quote (") left open?'
    da = (
        f"en celle er længere end {number_text(limit, 'da')} tegn: mangler der et afsluttende "
        'anførselstegn (")?'
    )
    return at_row(filename, row, en, da)


def open_quote_refusal(filename: str, row: int, cell: str, lines: bool = True) -> UnreadableDocument:
    """The refusal of a CSV whose quote, opened in `cell` of `row`, is never closed: every line after it
    was read as that one cell, so the rows below it (a timesheet's last weeks, its signature) were lost;
    or, where the cell holds no line (`lines` false), the file ends inside it, its text cut short."""
    if not lines:
        en = f'a quote (") opened in cell {cell} is never closed: the file ends inside it; is it cut short?'
        da = (
            f'et anførselstegn (") åbnet i celle {cell} lukkes aldrig: filen slutter inde i cellen; er den '
            "blevet afkortet?"
        )
        return at_row(filename, row, en, da)
    en = f'a quote (") opened in cell {cell} is never closed: every line after it would be read as that cell'
    da = (
        f'et anførselstegn (") åbnet i celle {cell} lukkes aldrig: alle linjer efter det ville blive '
        "læst som den ene celle"
    )
    return at_row(filename, row, en, da)


def closed_early_refusal(filename: str, row: int, cell: str) -> UnreadableDocument:
    """The refusal of a CSV whose quoted cell `cell` of `row` runs over lines to a quote that does not end
    it: the rows after it may have been read as part of that cell (a grant gone without a word)."""
    en = (
        f'cell {cell} starts with a quote (") and runs over several lines to a quote that does not end it: '
        'the lines after it may have been read into that cell; is a quote (") missing, or one inside the '
        'cell not written twice ("")?'
    )
    da = (
        f'celle {cell} begynder med et anførselstegn (") og løber over flere linjer til et anførselstegn, '
        "der ikke afslutter den: linjerne efter det kan være læst ind i cellen; mangler der et "
        'anførselstegn ("), eller er et anførselstegn i cellen ikke skrevet to gange ("")?'
    )
    return at_row(filename, row, en, da)


def at_row(filename: str, row: int, en: str, da: str) -> UnreadableDocument:
    """A CSV that cannot be read, its reason `en`/`da` placed at `row` (a record's number)."""
    return UnreadableDocument(
        [FieldProblem(en, da, file=filename, locator=f"row {row}", locator_da=f"række {row}")]
    )
