"""A spreadsheet's items (`[forms.items] key`): its rows under the header row, one item per row, or per
group of rows with the same key (`group`); or why none can be found, said at its cell (a header row not
found or printed twice, a filled row that ends the table, a total line, headers merged across, two
exports joined). `items` finds every other kind.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_parts import ItemRule
from hub.adapters.mapping.below_table import below_end
from hub.adapters.mapping.header_not_found import no_header_row, rows_searched
from hub.adapters.mapping.header_twice import header_printed_twice
from hub.adapters.mapping.item_keys import key_of
from hub.adapters.mapping.item_scope import COLUMN, Scope
from hub.adapters.mapping.joined_exports import joined_exports
from hub.adapters.mapping.merged_across import merged_across_headers
from hub.adapters.mapping.past_header import value_past_header
from hub.adapters.mapping.rows_past_end import stray_row
from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.subtotals import item_transforms, subtotal_rows
from hub.adapters.mapping.tables import table_rows
from hub.adapters.mapping.total_line import total_line
from hub.adapters.mapping.transform_types import TransformCall

# Why a document's items cannot be found: English, Danish, and where it was looked (English, Danish).
Unfound = tuple[str, str, str, str]


def table_items(
    index: SourceIndex, form: FormConfig, rule: ItemRule, headers: list[str]
) -> Iterator[Scope] | Unfound:
    """The items of a table under its header row (`headers`: every column the form reads), a row each or
    a group of rows by key; or why none can be found (no header row, a stray or total line, two exports)."""
    found = index.find_header_row(headers)
    if found is None:
        return (*no_header_row(index, headers, say_sheet=False), *rows_searched(index))
    header_row, columns = found
    twice = header_printed_twice(index, header_row, columns)
    if twice is not None:
        return twice
    by_norm = {normalise_label(h): col for h, col in columns.items()}
    key_col = by_norm[normalise_label(str(rule.key))]
    sheet = index.default_sheet
    groups: dict[str, list[int]] = {}
    # A CPR number as the number it spells, not as written.
    compared = key_of(form, str(rule.key), index.cell_text)
    table = table_rows(index, header_row, by_norm, rule.stop)  # the first blank row, or the stop rule
    if rule.subtotals is not None:  # its lines of sums are no rows: each checked, then passed over
        table, wrong = subtotal_rows(index, table, columns, rule.subtotals, item_transforms(form))
        if wrong is not None:
            return wrong
    stray = stray_row(index, table, by_norm, _required_columns(form))
    if stray is not None:
        # Said at its cell, as the API's `locator` and the caseworker's "where" column read it.
        (where_en, where_da), en, da = stray
        return en, da, where_en, where_da
    across = merged_across_headers(index, header_row, table.rows, columns)
    if across is not None:
        return across
    past = value_past_header(index, header_row, table.rows, columns)
    if past is not None:  # a value in a column without a header is read by no rule: not dropped
        (where_en, where_da), en, da = past
        return en, da, where_en, where_da
    joined = joined_exports(index, header_row, table, by_norm)
    if joined is not None:  # two exports in one file: its rows are not read twice
        return joined
    required = _required_columns(form)
    below = below_end(index, table, by_norm, required)
    if below is not None:  # a day, or part of one, typed under the table's end: read by no rule
        (where_en, where_da), en, da = below
        return en, da, where_en, where_da
    total = total_line(index, table, by_norm, _required_columns(form), "[forms.items]")
    for row in table.rows:
        if total is not None and row == total[0]:
            continue  # an item refused once, at its cell, below: not refused once for each of its cells
        key_cell = index.shown_cell(
            sheet, row, key_col, header_row
        )  # a key merged down over its rows keys each
        key = compared(key_cell.value or "") if key_cell else ""
        name = key if rule.group and key else f"\x00{row}"  # a row without a key is its own item
        groups.setdefault(name, []).append(row)
    items = _row_scopes(index, groups, by_norm, header_row)
    if total is None:
        return items
    line, why, at = total
    refused = Scope(
        index, len(groups) + 1, f"row {line}", f"række {line}", rows=(line,), refused=why, refused_at=at
    )
    return chain(items, [refused])


def _required_columns(form: FormConfig) -> dict[str, tuple[TransformCall, ...]]:
    """The item table's columns a filled row must hold, with their transforms (see `stray_row`)."""
    found: dict[str, tuple[TransformCall, ...]] = {}
    for rule in form.fields:
        if rule.source and rule.source.strip().startswith(COLUMN) and not (rule.optional or rule.nullable):
            found[rule.source.strip()[len(COLUMN) :]] = rule.transforms
    for list_rule in form.lists:
        for item in list_rule.fields:
            # A key summed from several columns (a week's days) may have blank cells.
            if list_rule.table is not None and not (item.optional or item.prefilled or item.sources):
                found[item.source] = item.transforms
    return found


def _row_scopes(
    index: SourceIndex, groups: dict[str, list[int]], columns: dict[str, int], header_row: int
) -> Iterator[Scope]:
    for position, rows in enumerate(groups.values(), start=1):
        first, last = rows[0], rows[-1]
        en = f"row {first}" if first == last else f"rows {first}–{last}"
        da = f"række {first}" if first == last else f"rækkerne {first}–{last}"
        yield Scope(index, position, en, da, rows=tuple(rows), columns=columns, header_row=header_row)
