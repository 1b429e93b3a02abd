"""Where a list's rows are, by format: a table's rows under its header row (down to the first empty row
or its stop rule, `tables`), an XML element's children, or a PDF's numbered fields 1..N (`repeat`); each
row a resolver of its selectors (`lists` reads the rows into canonical items).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from hub.adapters.language.config_parts import ListRule
from hub.adapters.mapping.below_table import below_end
from hub.adapters.mapping.header_not_found import no_header_row, rows_searched
from hub.adapters.mapping.header_twice import header_printed_twice
from hub.adapters.mapping.item_scope import Scope
from hub.adapters.mapping.joined_exports import joined_exports
from hub.adapters.mapping.list_columns import entry_columns, heading_only
from hub.adapters.mapping.list_entries import Element, Numbered
from hub.adapters.mapping.merged_across import merged_across_headers
from hub.adapters.mapping.past_header import value_past_header
from hub.adapters.mapping.printed_rows import PrintedRows
from hub.adapters.mapping.reading import Reader, Resolver
from hub.adapters.mapping.row_conditions import marked_out
from hub.adapters.mapping.rows_past_end import stray_row
from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.subtotals import list_transforms, subtotal_rows
from hub.adapters.mapping.tables import table_rows
from hub.adapters.mapping.total_line import total_line
from hub.adapters.mapping.xml_elsewhere import label, rows_and_strays


def blank(value: Any) -> bool:
    """Whether a value read is nothing filled in: absent, blank, or an unticked box."""
    if value is None:
        return True
    text = (value.value or "").strip()
    # An unticked PDF box reads as its off state: nothing was filled in.
    return not text or (value.meta.get("type") in ("checkbox", "radio") and text == "Off")


def unfilled(rule: ListRule, values: dict[str, Any]) -> bool:
    """A row none of whose values was filled in: every one blank, or given by the form itself (in a
    `repeat` list, a field without `{n}` is the document's, the same in every row, so none of its own)."""
    return all(
        blank(values.get(s)) or item.prefilled or (rule.repeat is not None and "{n}" not in s)
        for item in rule.fields
        for s in item.selectors
    )


def _table_rows(
    scope: Scope, rule: ListRule, reader: Reader, signed: date | None
) -> Iterator[Resolver] | None:
    index = scope.index
    if scope.rows:  # the rows of one item of a table of items (its end is the item table's)
        columns = {h: scope.columns[normalise_label(h)] for h in rule.headers}
        rows: Sequence[int] = scope.rows
        header_row: int | None = scope.header_row
    else:
        headers = rule.headers
        found = index.find_header_row(headers)
        if found is None:
            reader.problem(rule.path, rows_searched(index), *no_header_row(index, headers, say_sheet=False))
            return None
        header_row, columns = found
        twice = header_printed_twice(index, header_row, columns)
        if twice is not None:
            reader.problem(rule.path, (twice[2], twice[3]), twice[0], twice[1])
            return None
        table = table_rows(index, header_row, {normalise_label(h): c for h, c in columns.items()}, rule.stop)
        if rule.subtotals is not None:  # its lines of sums are no rows: each checked, then passed over

            def apart(row: int) -> bool | None:  # a row left out by its mark: a line may sum it or not
                return bool(rule.require) and marked_out(rule, _cells(index, row, columns, header_row).get)

            table, wrong = subtotal_rows(index, table, columns, rule.subtotals, list_transforms(rule), apart)
            if wrong is not None:
                reader.problem(rule.path, (wrong[2], wrong[3]), wrong[0], wrong[1])
                return None
        rows = table.rows
        # A key summed from several columns (a week's days) may have blank cells: not one a row must hold.
        required = {
            f.source: f.transforms for f in rule.fields if not (f.optional or f.prefilled or f.sources)
        }
        total = total_line(
            index, table, {normalise_label(h): c for h, c in columns.items()}, required, "[[forms.lists]]"
        )
        if total is not None:  # said once at its row, not once for each of its cells
            reader.problem(rule.path, total[2], *total[1])
            return None
        across = merged_across_headers(index, header_row, rows, columns)
        if across is not None:
            reader.problem(rule.path, (across[2], across[3]), across[0], across[1])
            return None
        past = value_past_header(index, header_row, rows, columns)
        if past is not None:  # a value in a column without a header is read by no rule: not dropped
            reader.problem(rule.path, *past)
            return None
        joined = joined_exports(index, header_row, table, {normalise_label(h): c for h, c in columns.items()})
        if joined is not None:  # two exports in one file: its rows are not read twice
            reader.problem(rule.path, (joined[2], joined[3]), joined[0], joined[1])
            return None
        by_norm = {normalise_label(h): c for h, c in columns.items()}
        # Told after the checks above, which name the cause where it is theirs (a total line, a second
        # export's header below the end): one problem for one cause. The rows above are still read.
        stray = stray_row(index, table, by_norm, required)
        if stray is not None:
            reader.problem(rule.path, *stray)
        # Below a `blank`/`not_date` stop's end, `stray_row` has told the row that ended it or a whole row.
        below = None if stray is not None else below_end(index, table, by_norm, required)
        if below is not None:  # a day, or part of one, typed under the table's end: read by no rule
            reader.problem(rule.path, *below)
            return None

    def read() -> Iterator[Resolver]:
        printed = PrintedRows(rule, reader, blank, signed)
        for row in rows:
            cells = _cells(index, row, columns, header_row)
            if all(blank(cell) for cell in cells.values()):
                continue  # a wholly empty row (inside an item, or skipped by a stop rule's table)
            if scope.rows:
                printed.seen(cells, not unfilled(rule, cells))
                if unfilled(rule, cells):
                    continue
            yield cells.get
        printed.done()

    return read()


def _cells(
    index: SourceIndex, row: int, columns: Mapping[str, int], header_row: int | None
) -> dict[str, Any]:
    """A table row's cells by header, as its list reads them: a cell the reader left out is an empty value
    at its cell, so a problem names row and column."""
    sheet = index.default_sheet
    return {
        header: index.shown_cell(sheet, row, col, header_row) or index.blank(row, col)
        for header, col in columns.items()
    }


def _column_rows(scope: Scope, rule: ListRule, reader: Reader) -> Iterator[Resolver] | None:
    """A pivot's entries, one a column (`list_columns`): each a resolver of the table's labels."""
    found = entry_columns(scope.index, rule.headers)
    if isinstance(found, tuple):
        reader.problem(rule.path, found[0], found[1], found[2])
        return None
    # A week with nothing on the rows read is no visit (`heading_only`), unless the config sums kinds
    # with empty_is_zero: that read it as a 0.0 week before this rule, and still does.
    zero = any(c.name == "sum" and c.args.get("empty_is_zero") for f in rule.fields for c in f.transforms)
    heads = {s for f in rule.fields if f.key in ("week", "date") for s in f.selectors}
    return (cells.get for cells in found if zero or not heading_only(cells, heads))


def _xml_rows(scope: Scope, rule: ListRule, reader: Reader) -> Iterator[Resolver]:
    index = scope.index
    # The row's own selectors, its fields' and its conditions' (`headers`), step through what is its own.
    for key, refused in rows_and_strays(
        index, rule.rows or "", base=scope.element, row=True, read=rule.headers
    ):
        if refused is not None:  # a day in another namespace: said, not left out of the week unsaid
            reader.problem(rule.path, label(key, rule.rows or "", index.namespaces, scope.element), *refused)
            continue
        yield Element(index, key)


def _repeat_rows(scope: Scope, rule: ListRule, reader: Reader, signed: date | None) -> Iterator[Resolver]:
    printed = PrintedRows(rule, reader, blank, signed)
    for n in range(1, (rule.repeat or 0) + 1):
        row = Numbered({}, n)
        row.values = {s: scope.resolve(s) for s in map(row.numbered, rule.headers)}  # with its conditions
        values = {s: row(s) for item in rule.fields for s in item.selectors}
        filled = not unfilled(rule, values)
        printed.seen(values, filled)
        if filled:
            yield row  # a row left blank (or only printed) is not an item
    printed.done()


def rows(
    scope: Scope, rule: ListRule, reader: Reader, signed: date | None = None
) -> Iterator[Resolver] | None:
    """The list's rows in a scope, each a resolver of its selectors; None when a table's cannot be found
    (the problem noted with `reader`). `signed`: the day the form says it was signed, after which a
    printed week left blank is told (`printed_rows`)."""
    if rule.table is not None:
        return _column_rows(scope, rule, reader) if rule.across else _table_rows(scope, rule, reader, signed)
    if rule.rows is not None:
        return _xml_rows(scope, rule, reader)
    return _repeat_rows(scope, rule, reader, signed)
