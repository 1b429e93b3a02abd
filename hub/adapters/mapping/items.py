"""Many records in one document: its items found, each a scope its selectors resolve in (`item_scope`).

A form with `[forms.items]` holds one record per item: a numbered group of PDF fields (`repeat`, item
selectors hold `{i}`), an XML element (`rows`; selectors without a leading `/` read inside it) or a
spreadsheet row, or group of rows, under a header (`key`; `column:Header` reads the item's cell in that
column, and a list's `table` reads the item's rows), or a spreadsheet column beside a column of labels
(`key` with `across`, `items_across`). Selectors outside the item (a signature below the
table, an absolute XPath, a field without `{i}`) are the document's and are shared by every item.
A form without `[forms.items]` is one item: the whole document.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import chain

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_parts import ItemRule
from hub.adapters.mapping.header_not_found import no_header_row, rows_searched
from hub.adapters.mapping.header_twice import header_printed_twice
from hub.adapters.mapping.item_keys import key_of
from hub.adapters.mapping.item_scope import COLUMN, Scope, item_scoped, whole
from hub.adapters.mapping.items_across import item_columns
from hub.adapters.mapping.joined_exports import joined_exports
from hub.adapters.mapping.merged_across import merged_across_headers
from hub.adapters.mapping.past_header import value_past_header
from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.tables import stray_row, table_rows
from hub.adapters.mapping.total_line import total_line
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.mapping.xml_elsewhere import label, list_row_outside_items, rows_and_strays
from hub.adapters.readers.base import column_letters
from hub.pseudonyms import CPR_LIKE
from hub.quoting import readable

# An item whose form was printed with its citizen's name inside it (`prefilled`: the company's one form
# heads each intern's block and rows with it) is that person, and messages name it as the form shows it,
# not "group 2" alone (stop 48). A name the sender typed is content, which may be what is wrong: an item
# of such a form keeps its place alone ("row 9").
NAMED_BY = "citizen.name"


def headers_of(form: FormConfig) -> list[str]:
    """Every column header a tabular item form reads: the key, `column:` selectors, list tables."""
    items = form.items
    found = [items.key] if items is not None and items.key else []
    for rule in form.fields:
        found += [
            s.strip()[len(COLUMN) :]
            for s in (rule.source, *rule.sources)
            if s and s.strip().startswith(COLUMN)
        ]
    for list_rule in form.lists:
        found += list_rule.headers if list_rule.table is not None else []
    return list(dict.fromkeys(found))


# Why a document's items cannot be found: English, Danish, and where it was looked (English, Danish).
Unfound = tuple[str, str, str, str]


def scopes(index: SourceIndex, form: FormConfig) -> Iterator[Scope] | Unfound:
    """The items of a document, or why none can be found, in English and Danish (no header row, a
    filled row that ends the table)."""
    found = _scopes(index, form)
    name = _name_selector(form)
    if name is None or isinstance(found, tuple):
        return found
    return (_named(scope, name) for scope in found)


def _scopes(index: SourceIndex, form: FormConfig) -> Iterator[Scope] | Unfound:
    rule = form.items
    if rule is None:
        return iter([whole(index)])
    if rule.repeat is not None:
        return (Scope(index, i, f"group {i}", f"gruppe {i}", number=i) for i in range(1, rule.repeat + 1))
    if rule.rows is not None:
        # A record in another namespace is an item refused with its reason, not one left out unsaid.
        items = rows_and_strays(index, rule.rows)
        # A list's row outside every item belongs to no record: the document is refused, not read short.
        lists = [r.rows for r in form.lists if r.rows is not None]
        if lists and (stray := list_row_outside_items(index, lists, [k for k, _ in items], rule.rows)):
            return stray
        return (
            Scope(index, n, *_labelled(key, why, rule.rows, index), element=key, refused=why)
            for n, (key, why) in enumerate(items, start=1)
        )
    if rule.across:
        return _column_items(index, form)
    return _table_items(index, form, rule)


def _name_selector(form: FormConfig) -> str | None:
    """The selector inside each item that reads the citizen's name the form was printed with, when the
    config maps one (`prefilled`)."""
    for rule in form.fields:
        if rule.path == NAMED_BY and rule.prefilled and rule.source and item_scoped(rule.source, form.format):
            return rule.source
    return None


def _named(scope: Scope, selector: str) -> Scope:
    """An item that is one person, named as the form shows them: a numbered group is the participant by
    number ("deltager 2", as the company's PDF heads its blocks), any item is followed by the name its
    own field holds ("deltager 2 (Karen Holm)", "rækkerne 7–10 (Karen Holm)"). A name that is blank,
    unreadable or holds what looks like a CPR number is left out: a label is shown to the sender, and a
    company never sees a CPR number."""
    en, da = scope.label_en, scope.label_da
    if scope.number is not None:
        en, da = f"participant {scope.number}", f"deltager {scope.number}"
    found = scope.resolve(selector)
    name = readable(" ".join((found.value or "").split())) if found is not None else None
    if name and not CPR_LIKE.search(name):
        en, da = f"{en} ({name})", f"{da} ({name})"
    return replace(scope, label_en=en, label_da=da)


def _column_items(index: SourceIndex, form: FormConfig) -> Iterator[Scope] | Unfound:
    found = item_columns(index, headers_of(form))
    if isinstance(found, tuple):
        return (*found, *rows_searched(index))
    # Where the labels are printed in more than one block, a column names an item of each: its block's
    # rows say which.
    blocks = len({min(rows.values()) for _, rows in found}) > 1
    return (
        Scope(
            index,
            n,
            f"column {column_letters(col)}" + (f", rows {_span(rows)}" if blocks else ""),
            f"kolonne {column_letters(col)}" + (f", rækkerne {_span(rows)}" if blocks else ""),
            columns=rows,
            column=col,
        )
        for n, (col, rows) in enumerate(found, start=1)
    )


def _span(rows: dict[str, int]) -> str:
    return f"{min(rows.values())}–{max(rows.values())}"


def _labelled(key: str, refused: tuple[str, str] | None, rows: str, index: SourceIndex) -> tuple[str, str]:
    """An element's path for messages, in English and Danish (with its namespace where it is refused)."""
    return label(key, rows, index.namespaces) if refused is not None else (key_path(key), key_path(key))


def key_path(key: str) -> str:
    """An element key without namespace URIs, for messages: `/Eksport[1]/Borger[3]`."""
    parts = []
    for step in key.split("/")[1:]:
        parts.append(step.split("}", 1)[-1])
    return "/" + "/".join(parts)


def _table_items(index: SourceIndex, form: FormConfig, rule: ItemRule) -> Iterator[Scope] | Unfound:
    headers = headers_of(form)
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
    compared = key_of(form, str(rule.key))  # a CPR number as the number it spells, not as written
    table = table_rows(index, header_row, by_norm, rule.stop)  # the first blank row, or the stop rule
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
    total = total_line(index, table, by_norm, _required_columns(form))
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
