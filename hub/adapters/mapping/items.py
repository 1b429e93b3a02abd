"""Many records in one document: its items found, each a scope its selectors resolve in (`item_scope`).

A form with `[forms.items]` holds one record per item: a numbered group of PDF fields (`repeat`, item
selectors hold `{i}`), an XML element (`rows`; selectors without a leading `/` read inside it) or a
spreadsheet row, or group of rows, under a header (`key`; `column:Header` reads the item's cell in that
column, and a list's `table` reads the item's rows; `item_tables`), or a spreadsheet column beside a
column of labels (`key` with `across`, `items_across`). Selectors outside the item (a signature below
the table, an absolute XPath, a field without `{i}`) are the document's and are shared by every item.
A form without `[forms.items]` is one item: the whole document.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from hub.adapters.language.config_form import FormConfig
from hub.adapters.mapping.header_not_found import rows_searched
from hub.adapters.mapping.item_scope import COLUMN, Scope, item_scoped, whole
from hub.adapters.mapping.item_tables import Unfound, table_items
from hub.adapters.mapping.items_across import item_columns
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.xml_elsewhere import key_path, label, list_row_outside_items, rows_and_strays
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
        items = rows_and_strays(index, rule.rows, read=_read_in_rows(form))
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
    return table_items(index, form, rule, headers_of(form))


def _read_in_rows(form: FormConfig) -> list[str]:
    """The selectors a form reads inside each XML record: its fields', its lists' rows and, below a
    list's rows, its fields' and its conditions' (`headers`: a visit's own `detaljer/item/timer` steps
    through the records' `<item>`)."""
    found = [s for rule in form.fields for s in (rule.source, *rule.sources) if s and item_scoped(s, "xml")]
    for rule in form.lists:
        if rule.rows is not None:
            found.append(rule.rows)
            own = (s for s in rule.headers if s and not s.startswith("/"))
            found += [f"{rule.rows}/{s}" for s in own]
    return found


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
