"""One item of a document: where its selectors resolve (a numbered PDF group, an XML element, a
spreadsheet row or group of rows under a header, a spreadsheet column beside its labels), and how
messages name it.

Apart from `items`, which finds a document's items, because the form's mapping (`form`, `form_items`,
`lists`) reads through a scope without finding any: one concept, used by four modules.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import SourceValue

COLUMN = "column:"


def item_scoped(selector: str, fmt: str) -> bool:
    """Whether a selector reads inside an item (rather than the whole document)."""
    text = selector.strip()
    if fmt == "pdf":
        return "{i}" in text
    if fmt == "xml":
        return not text.startswith("/")
    return text.startswith(COLUMN)


@dataclass(frozen=True)
class Scope:
    """Where one item's selectors resolve, and how it is named in messages."""

    index: SourceIndex
    position: int  # 1-based, in document order
    label_en: str = ""
    label_da: str = ""
    number: int | None = None  # pdf: the {i} of the item
    element: str | None = None  # xml: the key of the item's element
    rows: tuple[int, ...] = ()  # csv/xlsx: the item's rows
    columns: dict[str, int] = field(default_factory=dict)  # csv/xlsx: header text -> column
    header_row: int | None = None  # csv/xlsx: the item table's header row (a header merged over columns)
    column: int | None = None  # csv/xlsx, across: the item's column; `columns` is then label -> row
    # Why the item is not read (English, Danish): xml, an element of `rows` in another namespace; csv/xlsx,
    # a total line
    refused: tuple[str, str] | None = None
    # Where the refusal is (English, Danish) when a cell says it better than the item's label (a total line)
    refused_at: tuple[str, str] | None = None

    @property
    def whole_document(self) -> bool:
        """Whether this scope is the document itself (a form without items)."""
        return not (self.number or self.element or self.rows or self.column)

    def resolve(self, selector: str) -> SourceValue | None:
        """The value a selector names within this item (or in the document, for a document selector)."""
        text = selector.strip()
        if self.number is not None:
            return self.index.resolve(text.replace("{i}", str(self.number)))
        if self.element is not None and not text.startswith("/"):
            return self.index.resolve(text, row=self.element)
        if self.column is not None and text.startswith(COLUMN):
            row = self.columns.get(normalise_label(text[len(COLUMN) :]))
            if row is None:
                return None
            return self.index.cell(self.index.default_sheet, row, self.column) or self.index.blank(
                row, self.column
            )
        if self.rows and text.startswith(COLUMN):
            col = self.columns.get(normalise_label(text[len(COLUMN) :]))
            if col is None:
                return None
            shown = self.index.shown_cell(self.index.default_sheet, self.rows[0], col, self.header_row)
            return shown or self.index.blank(self.rows[0], col)
        return self.index.resolve(text)


def whole(index: SourceIndex) -> Scope:
    """The scope of a form without items: the document."""
    return Scope(index, 1)
