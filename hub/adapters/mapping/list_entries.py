"""One entry of a list as the resolver of its selectors, and where the entry is as the document shows it:
an XML list's element (`Element`), a PDF's numbered row (`Numbered`, `timer{n}`), a table's row or a
pivot's column (by its cells' places). `list_rows` finds the entries; `lists` reads each, naming a
refused one by its place (`entry_place`) and its fields by the row's own selectors (`selectors`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hub.adapters.language.config_parts import ListFieldRule, ListRule
from hub.adapters.mapping.reading import Resolver
from hub.adapters.mapping.xml_elsewhere import key_path
from hub.adapters.readers.base import column_letters


class Element:
    """One row of an XML list: its element's key, against which the row's selectors resolve."""

    def __init__(self, index: Any, key: str) -> None:
        self.index, self.key = index, key

    def __call__(self, selector: str) -> Any:
        return self.index.resolve(selector, row=self.key)


class Numbered:
    """One row of a PDF's numbered fields (`timer{n}`): resolves a selector with its `{n}` filled in, and
    says it so (`numbered`), so that a problem names the field of the row (`timer4`), not the config's
    template of every row."""

    def __init__(self, values: dict[str, Any], n: int) -> None:
        self.values, self.n = values, str(n)

    def numbered(self, selector: str) -> str:
        """The selector as this row's field is named (`timer{n}` of row 4: `timer4`)."""
        return selector.replace("{n}", self.n)

    def __call__(self, selector: str) -> Any:
        return self.values.get(self.numbered(selector))


def entry_place(rule: ListRule, resolve: Resolver) -> tuple[str, str] | None:
    """Where an entry is, as the document shows it, in English and Danish: the form's row of a PDF's
    numbered fields (`row 3 of the form`), a table's row, a pivot's column, an XML list's element; None
    when no cell of it says (lang-100: a refusal named the entry by its index among those read)."""
    if isinstance(resolve, Numbered):
        return f"row {resolve.n} of the form", f"række {resolve.n} i formularen"
    if isinstance(resolve, Element):
        return f"element {key_path(resolve.key)}", f"element {key_path(resolve.key)}"
    for selector in rule.headers:
        cell = resolve(selector)
        row, col = (cell.meta.get("row"), cell.meta.get("col")) if cell is not None else (None, None)
        if rule.across and isinstance(col, int):
            return f"column {column_letters(col)}", f"kolonne {column_letters(col)}"
        if not rule.across and isinstance(row, int):
            return f"row {row}", f"række {row}"
    return None


def selectors(rule: ListFieldRule, resolve: Resolver) -> Sequence[str]:
    """A field's selectors as the row reads them: a numbered row's with its number."""
    return [resolve.numbered(s) for s in rule.selectors] if isinstance(resolve, Numbered) else rule.selectors
