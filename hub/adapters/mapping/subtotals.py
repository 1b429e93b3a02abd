"""Subtotal lines inside a csv/xlsx table (`[forms.items] subtotals = { label = "I alt" }`, and the same
word on a list's `table`; decision 0060, "Stop 63: lang-80" and "Stop 64: lang-85").

A case system's report often prints a line of sums after each citizen's rows (`I alt;6,5`), not only at
the end, and a timesheet one after each week's days in one record's list. Such a line is no entry, and it
must not end the table: a `stop` there would leave the next rows below the end (refused as a row below
it), and read as a row it is refused as a total line (`total_line`). With the rule, each row whose first
filled cell reads the label is taken out of the table's rows before anything else looks at them, as a
page break's rows are, and read as a check: each figure it carries (in the columns the rule names, else
in every other cell of the table it fills) must equal the sum of that column over the rows since the
previous subtotal line, or the table's start, each read with the column's own transforms. A line with no
row since the previous one is the table's total, summed over every row above it. A figure that does not
add up refuses the document at its cell with both figures: a subtotal line is read too, so no filled row
is dropped.

Rows a list's form marks not to be counted (`[[forms.lists.require]]`'s `leave_out`) are among the rows
a line sums: the line may add up every row given or only those counted, as the program that wrote it
chose, and is right when it is either, as an xml list's group sum is (`xml_subtotals`; decision 0060,
"Stop 72: fixes-127"). One that is neither is refused, saying both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_parts import ListRule, SubtotalRule
from hub.adapters.mapping.item_scope import COLUMN
from hub.adapters.mapping.numberparse import parse_decimal
from hub.adapters.mapping.selector_text import normalise_label, reads_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.tables import TableRows, first_text, is_blank
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.readers.base import SourceValue, describe_locator
from hub.quoting import quoted, quoted_da

__all__ = ["figure", "item_transforms", "left_out_also", "list_transforms", "subtotal_rows"]

# Why the document is refused: English, Danish, and where (English, Danish), as `item_tables` returns it.
Refusal = tuple[str, str, str, str]


def subtotal_rows(
    index: SourceIndex,
    table: TableRows,
    columns: Mapping[str, int],
    rule: SubtotalRule,
    calls: Mapping[str, tuple[TransformCall, ...]],
    apart: Callable[[int], bool | None] = lambda row: False,
) -> tuple[TableRows, Refusal | None]:
    """The table without its subtotal lines, and why one of them does not add up (None: each does).
    `columns`: the table's headers as printed -> column; `calls`: each column's transforms, by normalised
    header (`item_transforms`, `list_transforms`); `apart`: whether a row is left out by its mark (None: its
    mark says neither, and the row is refused where it is read)."""
    label = normalise_label(rule.label)
    kept: list[int] = []
    since: list[int] = []  # the rows since the previous subtotal line
    for row in table.rows:
        if not reads_label(index.cell_text(first_text(index, row)), label, rule.starts):
            kept.append(row)
            since.append(row)
            continue
        summed = since or kept  # none since the previous line: the table's total
        for header in _checked(index, row, columns, rule):
            cell = index.cell(index.default_sheet, row, columns[header])
            problem = cell and _check(
                index, cell, (header, columns), (summed, apart), calls.get(normalise_label(header), ())
            )
            if problem:
                return replace(table, rows=tuple(kept)), problem
        since = []
    return replace(table, rows=tuple(kept)), None


def _checked(index: SourceIndex, row: int, columns: Mapping[str, int], rule: SubtotalRule) -> list[str]:
    """The headers of a subtotal line's figures: those the rule names, else every table column it fills
    but the label's own, each when filled (a blank figure says nothing to check)."""
    named = {normalise_label(c) for c in rule.columns}
    filled = [h for h, col in columns.items() if not is_blank(index.cell(index.default_sheet, row, col))]
    if named:
        return [h for h in filled if normalise_label(h) in named]
    label_col = next(int(v.meta.get("col", 0)) for v in index.row_values(row) if not is_blank(v))
    return [h for h in filled if columns[h] != label_col]


def item_transforms(form: FormConfig) -> dict[str, tuple[TransformCall, ...]]:
    """Each item table column's transforms (normalised header -> transforms), as its own rule reads it."""
    found: dict[str, tuple[TransformCall, ...]] = {}
    for field in form.fields:
        if field.source and field.source.strip().startswith(COLUMN):
            found.setdefault(normalise_label(field.source.strip()[len(COLUMN) :]), field.transforms)
    for rule in form.lists:
        for header, calls in list_transforms(rule).items():
            found.setdefault(header, calls)
    return found


def list_transforms(rule: ListRule) -> dict[str, tuple[TransformCall, ...]]:
    """Each column of a list's table with its field's transforms (normalised header -> transforms)."""
    found: dict[str, tuple[TransformCall, ...]] = {}
    for item in rule.fields if rule.table is not None else ():
        for selector in item.selectors:
            found.setdefault(normalise_label(selector), item.transforms)
    return found


def figure(value: SourceValue, calls: Sequence[TransformCall]) -> Decimal | None:
    """A cell's (or an element's) number as its column reads it (`3,00` through `hours` is 3.0), or None."""
    text = (value.value or "").strip()
    try:
        for call in calls:
            transform = TRANSFORMS[call.name]
            if not (transform.combines or call.name == "default"):
                text = str(transform.func(text, call.args))
        return Decimal(text)  # a transform's canonical number ("6.5")
    except (TransformError, ValueError, InvalidOperation):
        pass
    try:
        return parse_decimal(text)  # a column read without transforms: "6,5" as written
    except (TransformError, ValueError, InvalidOperation):
        return None


def _span(rows: Sequence[int], da: bool) -> str:
    if not rows:
        return "ingen rækker" if da else "no rows"
    if len(rows) == 1:
        return f"række {rows[0]}" if da else f"row {rows[0]}"
    return f"rækkerne {rows[0]}–{rows[-1]}" if da else f"rows {rows[0]}–{rows[-1]}"


def _check(
    index: SourceIndex,
    cell: SourceValue,
    column: tuple[str, Mapping[str, int]],
    over: tuple[Sequence[int], Callable[[int], bool | None]],
    calls: Sequence[TransformCall],
) -> Refusal | None:
    """Why a subtotal line's figure under `header` is the sum of its column neither over `rows` nor over
    those of them not left out by their mark (`apart`), or None."""
    (header, columns), (rows, apart) = column, over
    given = figure(cell, calls)
    text = (cell.value or "").strip()
    here = describe_locator(cell, index.format, "en"), describe_locator(cell, index.format, "da")
    # The locator names the row and cell already ("row 8, column 5 (E8): …"): said again, it read twice.
    line, line_da = "this subtotal line", "denne sumlinje"
    if given is None:
        return (
            f"{line} gives {header} {quoted(text)}, which is no number to check against the rows above it",
            f"{line_da} angiver {header} {quoted_da(text)}, som ikke er et tal at kontrollere rækkerne"
            " over den med",
            *here,
        )
    total, left, count = Decimal(0), Decimal(0), 0  # the counted rows' sum; those left out, how many
    for above in rows:
        value = index.cell(index.default_sheet, above, columns[header])
        if value is None or is_blank(value):
            continue
        amount = figure(value, calls)
        if amount is None:
            return None  # that row's own problem is said when it is read: no sum to compare
        out = apart(above)
        if out is None:  # its mark neither counts nor leaves it out: that refusal, said at the row, is the
            return None  # cause; a line summing it or not is right either way until the mark is put right
        if out:
            left, count = left + amount, count + 1
        else:
            total += amount
    if given in (total, total + left):
        return None
    also, also_da = left_out_also(total + left, count)
    summed = format(total.normalize(), "f")
    return (
        f"{line} gives {header} {quoted(text)}, but the rows it sums ({_span(rows, False)}) add up to"
        f" {summed}{also}: correct the line or the rows in the file",
        f"{line_da} angiver {header} {quoted_da(text)}, men de rækker, den summerer ({_span(rows, True)}),"
        f" giver {summed.replace('.', ',')} tilsammen{also_da}: ret linjen eller rækkerne i filen",
        *here,
    )


def left_out_also(whole: Decimal, count: int) -> tuple[str, str]:
    """The words (English, Danish) a sum's refusal adds for the rows left out by their mark: the figure
    they make with the counted ones; none when no row was left out."""
    if not count:
        return "", ""
    every = format(whole.normalize(), "f")
    return (
        f", or {every} with the {count} left out by their mark",
        f", eller {every.replace('.', ',')} med de {count}, der udelades efter deres mærke",
    )
