"""A grouped item's rows that say different values of a field its record holds once (decision 0064,
"Stop 65: fuzz-96").

`[forms.items] group` makes one citizen's rows one item, and a `column:` field outside a list reads the
item's first row. Where a later row says otherwise (another approver, another day of approval, another
site) the record held the first row's value and the others were dropped without a word: Skanderborg's
month of visits with its last line cut (`...,Jens Thrane,202`, fuzz recipe 73/csv/truncate/14) or with a
visit approved by someone else was accepted as the first row said. Such a field is refused at the row
that differs, naming the first; a blank cell says nothing (a value written on the item's first row only,
its other rows left blank, reads as before). Values are compared as the field reads them, through its
own transforms (`2027-01-04` and `4/1 2027` are one day, `150392-1237` and `1503921237` one CPR
number), and the reasons quote no value (a CPR number in a wrong column stays out of them).
"""

from __future__ import annotations

from hub.adapters.language.config_parts import FieldRule
from hub.adapters.mapping.item_scope import COLUMN, Scope
from hub.adapters.mapping.no_value_text import TEXT_WORDS
from hub.adapters.mapping.provenance import where_of
from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.transforms import TRANSFORMS, TransformError
from hub.adapters.readers.base import SourceValue
from hub.schemas.edges import strip_edges

__all__ = ["rows_apart"]


def rows_apart(scope: Scope, rule: FieldRule) -> tuple[tuple[str, str], str, str] | None:
    """Where (English, Danish) and why (English, Danish) the rows of a grouped item give the rule's
    one `column:` source different values; None where they agree, the item is one row, or the rule
    reads no column."""
    selector = (rule.source or "").strip()
    if len(scope.rows) < 2 or not selector.startswith(COLUMN):
        return None
    col = scope.columns.get(normalise_label(selector[len(COLUMN) :]))
    if col is None:
        return None
    index, first = scope.index, None
    header = selector[len(COLUMN) :].strip()
    for row in scope.rows:
        cell = index.shown_cell(index.default_sheet, row, col, scope.header_row)
        read = _as_read(rule, cell)
        if read is None or cell is None:
            continue
        if row != scope.rows[0] and first is None:
            return _first_blank(cell, index.format, header, scope.rows[0], row)
        if read is _REFUSED:
            if row == scope.rows[0]:
                # The item's first row, which the record is read from, is refused by the field's own
                # reading with its own reason at its cell (`1e+09`: digits lost): more than "rows differ".
                return None
            read = _written(cell)
        if first is None:
            first = (row, read)
        elif read != first[1]:
            return (
                where_of(cell, index.format),
                f"the rows of this item say different values under '{header}' (row {first[0]} and row {row}),"
                " and its record holds one: the form does not say which is meant",
                f"rækkerne for dette punkt har forskellige værdier under '{header}' (række {first[0]} og"
                f" række {row}), og posten har én: blanketten siger ikke, hvilken der menes",
            )
    return None


def _first_blank(
    cell: SourceValue, fmt: str, header: str, first: int, row: int
) -> tuple[tuple[str, str], str, str]:
    """The item's first row, which the record is read from, leaves the field blank (or holds a program's
    word for none, `nil`) where a later row says a value: read, the record said none (not approved) while
    the rows said approved (fuzz-136, a Lua script's first visit of a month written `nil`)."""
    return (
        where_of(cell, fmt),
        f"the item's first row (row {first}) has no value under '{header}' and row {row} has one, and its"
        " record holds one value: the form does not say which is meant; write it on the item's first row",
        f"punktets første række (række {first}) har intet under '{header}', men række {row} har, og posten"
        " har én værdi: blanketten siger ikke, hvilken der menes; skriv den på punktets første række",
    )


_REFUSED = "\x00refused"  # a marker no cell's text is: the field's own transforms refuse the cell


def _as_read(rule: FieldRule, cell: SourceValue | None) -> str | None:
    """A cell's text as the field reads it (its own transforms), `_REFUSED` where one refuses it, None
    for a blank cell."""
    value = strip_edges(cell.value or "") if cell is not None else ""
    if not value or value in TEXT_WORDS:  # a program's word for none says nothing, as a blank cell
        return None
    try:
        for call in rule.transforms:
            if call.name != "default" and not TRANSFORMS[call.name].combines:
                value = strip_edges(TRANSFORMS[call.name].func(value, call.args) or "")
    except TransformError:
        return _REFUSED
    return " ".join(value.split()).casefold()


def _written(cell: SourceValue) -> str:
    """A later row's text as written, where the field's transforms refuse it: it differs from any value
    they read (a date cut off, `202`), so the item is refused at that row."""
    return "\x00" + strip_edges(cell.value or "")
