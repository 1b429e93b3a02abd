"""The parts of a form's config as frozen data: how a field, a list and its keys, the items of a document
of many records, a table's end and a required value are read, and the rules that recognise the form.

Apart from `config_form` (the form itself, which indexes and recognises documents) because the mapping
reads these parts one at a time (`mapping.lists` a `ListRule`, `mapping.conditions` a `Condition`)
without needing a form, and they hold nothing but data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from hub.adapters.mapping.transform_types import TransformCall

__all__ = [
    "Condition",
    "FieldRule",
    "ItemRule",
    "ListFieldRule",
    "ListRule",
    "RecogniseRules",
    "StopRule",
    "SubtotalRule",
]


@dataclass(frozen=True)
class FieldRule:
    """How one canonical field is filled: exactly one of source, sources, value or compute."""

    path: str
    source: str | None = None
    sources: tuple[str, ...] = ()
    value: str | None = None
    compute: str | None = None
    transforms: tuple[TransformCall, ...] = ()
    optional: bool = False
    nullable: bool = False
    prefilled: bool = False  # printed on the blank form by its sender: does not make an item "filled in"


@dataclass(frozen=True)
class ListFieldRule:
    """One key of each item of a canonical list: from one source, or several its first transform
    combines (`sources`: a week's weekday columns added up by `sum`)."""

    key: str
    source: str = ""
    transforms: tuple[TransformCall, ...] = ()
    optional: bool = False
    prefilled: bool = False
    sources: tuple[str, ...] = ()

    @property
    def selectors(self) -> tuple[str, ...]:
        """Every selector (or table column) this key reads."""
        return self.sources or (self.source,)


@dataclass(frozen=True)
class StopRule:
    """Where a csv/xlsx table ends (any rule given): a trailer row, a blank or an undated key column."""

    label: str | None = None  # a row whose first filled cell reads this text (`Underskrevet af`)
    blank: str | None = None  # a row whose cell under this header is blank
    not_date: str | None = None  # a row whose cell under this header holds something that is not a date


@dataclass(frozen=True)
class SubtotalRule:
    """A line of sums inside a csv/xlsx table, of items or of a list, or an xml list's group element with
    its own sums (`subtotals`): read as a check, not as an entry."""

    label: str  # a row whose first filled cell reads this text (`I alt`), as a stop label is matched
    columns: tuple[str, ...] = ()  # the columns it sums (default: every other cell it fills)
    starts: bool = False  # `starts`: the cell starts with `label`, a word apart (`I alt uge 38`)
    element: str | None = None  # xml: the element holding a group of the list's rows (`f:uge`)
    sums: tuple[tuple[str, str], ...] = ()  # xml: (list key, its sum's selector inside the element)


@dataclass(frozen=True)
class Condition:
    """A value the form must hold to be read at all (a unit, a version, a form code)."""

    source: str
    equals: str | None = None  # compared as `map` compares: case, white space runs and NFC ignored
    one_of: tuple[str, ...] = ()
    matches: str | None = None  # a regular expression the whole value must match
    reason: str = ""  # what the condition guards, for the message ("hours per week")
    # A list's row only: the values that mark a row not to be counted (`godkendt` `false`): left out of
    # the list, kept in its provenance; any value neither held nor named here refuses (`row_conditions`).
    leave_out: tuple[str, ...] = ()


@dataclass(frozen=True)
class ItemRule:
    """Many records in one document: what one item is (exactly one of repeat, rows, key)."""

    repeat: int | None = None  # pdf: item selectors hold {i}, i = 1..repeat
    rows: str | None = None  # xml: one item per element; relative selectors read inside it
    key: str | None = None  # csv/xlsx: the header over the column that names each item
    group: bool = False  # csv/xlsx: rows with the same key value make one item
    across: bool = False  # csv/xlsx, with key: one item a column, `key` the label of its row
    stop: StopRule | None = None  # csv/xlsx: where the item table ends (default: its first blank row)
    subtotals: SubtotalRule | None = None  # csv/xlsx: lines of sums inside the table, checked and passed


@dataclass(frozen=True)
class ListRule:
    """A repeated group of a form (table rows, xml elements, numbered pdf fields) as a canonical list."""

    path: str
    fields: tuple[ListFieldRule, ...]
    table: Mapping[str, str] | None = None
    rows: str | None = None
    repeat: int | None = None
    aggregate: str | None = None
    optional: bool = False
    stop: StopRule | None = None  # csv/xlsx table: where it ends (default: its first blank row)
    subtotals: SubtotalRule | None = None  # csv/xlsx lines of sums, xml groups' sums: checked and passed
    across: bool = False  # csv/xlsx table turned a quarter: one entry a column, `table` naming rows
    require: tuple[Condition, ...] = ()  # what a row must hold to be counted (`[[forms.lists.require]]`)

    @cached_property
    def headers(self) -> list[str]:
        """Every column (selector) its fields and its rows' conditions read, once each: a table's headers
        (asked for each row of every document, so made once)."""
        read = [s for item in self.fields for s in item.selectors]
        return list(dict.fromkeys([*read, *(c.source for c in self.require)]))


@dataclass(frozen=True)
class RecogniseRules:
    """What a document must show to be this form; every rule given must hold."""

    fields: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    root: str | None = None
    title: str | None = None  # pdf: the printed title (the reader's `title`) contains this text
